// Reading on several threads (used on machines with 4+ cores) gives exactly
// what reading on one thread gives. Runs the compiled CLI (lib/), as threads do.
/* eslint-disable @typescript-eslint/no-require-imports -- the threads run the compiled CLI in lib/, so the test loads it too */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Template } from "../../src/core/templates";
import { templateHash } from "../../src/core/templates/catalogue";
import { FORUM_OUTLINE } from "../helpers/outlines";
import { tempDir } from "../helpers/reports";
import { run } from "../helpers/cli";

const { readUnitFiles, readerThreads } =
  require("../../lib/cli/parallel-read") as typeof import("../../src/cli/parallel-read");
const { collectPaths } = require("../../lib/cli/inputs") as typeof import("../../src/cli/inputs");

test("one thread per core beyond the main one, at most 4", () => {
  expect([1, 2, 3, 4, 8, 64].map((c) => readerThreads(c))).toEqual([1, 1, 2, 3, 4, 4]);
});

test("three reader threads read 80 files exactly as one thread does", async () => {
  const dir = tempDir("tonghop-par-");
  expect((await run("demo", "--out", dir)).code).toBe(0);
  const units = collectPaths([join(dir, "units")]).files;
  const paths = Array.from({ length: 8 }, () => units).flat();
  let ticks = 0;
  const threaded = await readUnitFiles(paths, () => ticks++, 3);
  const single = await readUnitFiles(paths, () => undefined, 1);
  expect(ticks).toBe(paths.length);
  expect(threaded.files.map((u) => u.file)).toEqual(paths);
  expect(JSON.stringify(threaded)).toEqual(JSON.stringify(single));
}, 60_000);

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
    const threaded = await readUnitFiles(paths, () => undefined, 3, templates);
    const single = await readUnitFiles(paths, () => undefined, 1, templates);
    expect(JSON.stringify(threaded)).toEqual(JSON.stringify(single));
    const read = threaded.files.map((u) => (u.read.ok ? u.read.report.template : undefined));
    expect(read.map((t) => t && [t.id, templateHash(t)])).toEqual(paths.map(() => [given.id, templateHash(given)]));
  }
}, 60_000);
