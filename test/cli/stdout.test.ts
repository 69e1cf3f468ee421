// Long output (consolidate --json) through a real pipe: a slow reader gets every
// byte while the writer waits for it instead of queueing the whole output in
// memory; a reader that stops early (`head`) gets the beginning and the writer
// stops quietly.
import { spawn } from "node:child_process";
import { jsonPieces } from "../../src/cli/json-pieces";
import { writePieces } from "../../src/cli/stdout";

/** A --json-like text of about 4 MB: 20,000 files, each its own piece. */
function* files(counted: { n: number }) {
  for (let i = 0; i < 20_000; i++) {
    counted.n++;
    yield {
      file: `don-vi-${i}.xlsx`,
      unit: `Xã Thử Nghiệm ${i}`,
      status: "included",
      errors: [],
      sha256: "ab".repeat(32),
    };
  }
}
const whole = JSON.stringify({ files: [...files({ n: 0 })] }, null, 2);

function reader(command: string) {
  const child = spawn("/bin/sh", ["-c", command], { stdio: ["pipe", "pipe", "inherit"] });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  const output = new Promise<string>((resolve) =>
    child.on("close", () => resolve(Buffer.concat(chunks).toString("utf8"))),
  );
  return { stdin: child.stdin, output };
}

test("a slow reader gets the whole output, and what waits in memory stays a small part of it", async () => {
  // The reader takes nothing for half a second: the pipe fills and the writer must wait.
  const { stdin, output } = reader("sleep 0.5; cat");
  let queued = 0;
  const counted = { n: 0 };
  const watched = (function* () {
    for (const piece of jsonPieces({ files: files(counted) })) {
      queued = Math.max(queued, stdin.writableLength);
      yield piece;
    }
  })();
  await writePieces(stdin, watched);
  stdin.end();
  expect(await output).toBe(whole);
  expect(counted.n).toBe(20_000);
  expect(queued).toBeLessThan(whole.length / 10);
});

test("a reader that stops early (head) gets the beginning; writing stops without an error", async () => {
  const { stdin, output } = reader("head -c 1000");
  const counted = { n: 0 };
  await expect(writePieces(stdin, jsonPieces({ files: files(counted) }))).resolves.toBeUndefined();
  expect(await output).toBe(Buffer.from(whole).subarray(0, 1000).toString("utf8"));
  // It stopped making the output once the reader had gone.
  expect(counted.n).toBeLessThan(20_000);
});
