// Reading on several threads (by default on machines with 3+ cores, or with
// --threads) gives exactly what reading on one thread gives, and a thread that
// dies costs only the file it was reading, which says why. Runs the compiled
// CLI (lib/), as threads do.
/* eslint-disable @typescript-eslint/no-require-imports -- the threads run the compiled CLI in lib/, so the test loads it too */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Template } from "../../src/core/templates";
import { templateHash } from "../../src/core/templates/catalogue";
import { FORUM_OUTLINE } from "../helpers/outlines";
import { tempDir } from "../helpers/reports";
import { run } from "../helpers/cli";

const { readUnitFiles, readerThreads } =
  require("../../lib/cli/parallel-read") as typeof import("../../src/cli/parallel-read");
const { collectPaths } = require("../../lib/cli/inputs") as typeof import("../../src/cli/inputs");

test("one thread per core beyond the main one, at most 8; none on 2 cores", () => {
  expect([1, 2, 3, 4, 8, 9, 16, 64].map((c) => readerThreads(c))).toEqual([1, 1, 2, 3, 7, 8, 8, 8]);
});

test("three reader threads read 80 files exactly as one thread does", async () => {
  const dir = tempDir("tonghop-par-");
  expect((await run("demo", "--out", dir)).code).toBe(0);
  const units = collectPaths([join(dir, "units")]).files;
  const paths = Array.from({ length: 8 }, () => units).flat();
  let ticks = 0;
  const threaded = await readUnitFiles(paths, () => ticks++, { threads: 3 });
  const single = await readUnitFiles(paths, () => undefined, { threads: 1 });
  expect(ticks).toBe(paths.length);
  expect(threaded.files.map((u) => u.file)).toEqual(paths);
  expect(JSON.stringify(threaded)).toEqual(JSON.stringify(single));
});

test("reports carrying a user's template keep it when read on threads, and a template given is used there too", async () => {
  const dir = tempDir("tonghop-par-carried-");
  writeFileSync(join(dir, "de-cuong.txt"), FORUM_OUTLINE);
  const mau = join(dir, "mau.json");
  await run("template", "from-outline", join(dir, "de-cuong.txt"), "--out", mau);
  const report = join(dir, "xa.xlsx");
  const args = ["--unit-name", "Xã Ẳng Cang", "--period", "2025-6T"];
  expect((await run("new", "--template", mau, "--out", report, ...args)).code).toBe(0);
  const paths = Array.from({ length: 70 }, () => report);
  const given = JSON.parse(readFileSync(mau, "utf8")) as Template;
  for (const templates of [[], [given]]) {
    const threaded = await readUnitFiles(paths, () => undefined, { threads: 3, given: templates });
    const single = await readUnitFiles(paths, () => undefined, { threads: 1, given: templates });
    expect(JSON.stringify(threaded)).toEqual(JSON.stringify(single));
    const read = threaded.files.map((u) => (u.read.ok ? u.read.report.template : undefined));
    expect(read.map((t) => t && [t.id, templateHash(t)])).toEqual(paths.map(() => [given.id, templateHash(given)]));
  }
});

test("a reader thread that runs out of memory costs only the file it was reading, which says why and what to do", async () => {
  const dir = tempDir("tonghop-par-oom-");
  expect((await run("demo", "--out", dir)).code).toBe(0);
  const units = collectPaths([join(dir, "units")]).files;
  // A sheet of 100,000 text cells, written by openpyxl: reading it needs about 50 MB of heap.
  const big = join(dir, "bang-lon.xlsx");
  const py =
    "import sys, openpyxl\nwb = openpyxl.Workbook()\nfor r in range(10000): wb.active.append([f'ô {r}-{c} ' * 3 for c in range(10)])\nwb.save(sys.argv[1])";
  execFileSync("/usr/bin/python3", ["-c", py, big]);
  const paths = [...units.slice(0, 4), big, ...units.slice(4)];
  let ticks = 0;
  const limits = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 16 };
  const threaded = await readUnitFiles(paths, () => ticks++, { threads: 2, limits });
  expect(ticks).toBe(paths.length);
  expect(threaded.files.map((u) => u.file)).toEqual(paths);
  const lost = threaded.files[4];
  expect(lost.read.ok ? "read" : lost.read.failure.code).toBe("reader_failed");
  if (!lost.read.ok) {
    expect(lost.read.failure.message.vi).toContain("32 MB");
    expect(lost.read.failure.message.vi).toContain("--threads 1");
    expect(lost.read.failure.message.en).toContain("--threads 1");
  }
  // Every other file is read as one thread reads it, and the big one too with the main thread's memory.
  const single = await readUnitFiles(paths, () => undefined, { threads: 1 });
  expect(JSON.stringify(threaded.files.filter((_, i) => i !== 4))).toEqual(
    JSON.stringify(single.files.filter((_, i) => i !== 4)),
  );
  expect(single.files[4].read.ok ? "read" : single.files[4].read.failure.code).toBe("not_a_report");
});

test("--threads takes a whole number from 1 to 64; anything else is refused with what to write, before reading", async () => {
  const dir = tempDir("tonghop-par-args-");
  const out = join(dir, "tong-hop.xlsx");
  for (const bad of ["0", "abc", "2.5", "65", ""]) {
    const c = await run("consolidate", dir, "--out", out, `--threads=${bad}`);
    expect([c.code, c.err.trim()]).toEqual([
      2,
      `--threads "${bad}" không hợp lệ: hãy ghi một số nguyên từ 1 đến 64, ví dụ --threads 4.`,
    ]);
    const v = await run("validate", out, "--threads", bad || " ", "--lang", "en");
    expect([v.code, v.err]).toEqual([2, expect.stringContaining("give a whole number from 1 to 64, e.g. --threads 4")]);
  }
  expect(existsSync(out)).toBe(false);
});

test("--threads above the machine's cores is allowed but said once: no faster, more memory", async () => {
  const cores = require("node:os").availableParallelism() as number;
  const dir = tempDir("tonghop-par-many-");
  const out = join(dir, "tong-hop.xlsx");
  const many = await run("consolidate", dir, "--out", out, "--threads", String(cores + 1), "--lang", "en");
  expect(many.err).toContain(`--threads ${cores + 1} is more than this machine's cores (${cores})`);
  const fits = await run("validate", out, "--threads", String(cores));
  expect(fits.err).not.toContain("nhiều hơn số lõi");
});
