// A reader thread stuck on one file (a parse step no clock can cut) is stopped
// after the hard limit: that file is refused as too slow in words, every other
// file is still read, each answer in its input's place. The thread here is a
// stand-in that spins forever on one file, so the stop is what ends the run.
import { join } from "node:path";
import { failures } from "../../src/core/i18n/messages";
import { readUnitFiles } from "../../src/cli/parallel-read";

const script = join(__dirname, "..", "fixtures", "stuck-reader.js");

test.each([1, 2, 3])(
  "%s thread(s): the stuck file is refused as too slow, the others are read",
  async (threads) => {
    const paths = ["a.xlsx", "b.xlsx", "treo.xlsx", "c.xlsx", "d.xlsx", "treo-2.xlsx", "e.xlsx"];
    let answered = 0;
    const { files } = await readUnitFiles(paths, () => answered++, {
      threads: Math.max(2, threads),
      hardLimit: 2000,
      workerScript: script,
    });
    expect(answered).toBe(paths.length);
    expect(files.map((f) => [f.file, f.read.ok ? "ok" : f.read.failure.code])).toEqual(
      paths.map((p) => [p, p.includes("treo") ? "too_slow" : "read_here"]),
    );
    const slow = files.find((f) => f.file === "treo.xlsx")!.read;
    expect(slow.ok ? "" : slow.failure.message.vi).toBe(failures.tooSlow(2).vi);
  },
  30_000,
);
