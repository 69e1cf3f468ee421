// A file's status is called the same everywhere: the summary's status sheet (read back by ExcelJS), the CLI's
// lines in Vietnamese and English, and (test/taskpane/status-words.test.tsx) the pane. The words expected come
// from the one catalogue (core/i18n/status.ts) by each file's code in --json, so no list is copied here.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { STATUS_SHEET } from "../../src/core/layout/summary";
import { fileStatusKey, STATUS_WORDS, statusWord, type StatusKey } from "../../src/core/i18n/status";
import type { FileStatus } from "../../src/core/consolidate";
import { monthOfActionValues } from "../../src/demo/samples";
import { run } from "../helpers/cli";
import { loadWorkbook, metaFor, template, tempDir, writeReport } from "../helpers/reports";

const t = template("thang-hanh-dong");
const dir = tempDir("tonghop-status-words-");
const inbox = join(dir, "inbox");
const out = join(dir, "tong-hop.xlsx");
type FileJson = { file: string; status: FileStatus; notKept: boolean };
let files: FileJson[] = [];
const said: Record<"vi" | "en", string> = { vi: "", en: "" };

const consolidate = (...more: string[]) =>
  run(
    "consolidate",
    inbox,
    "--roster",
    join(dir, "roster.csv"),
    "--as-unit",
    "Huyện Mường Ảng",
    "--level",
    "huyen",
    "--keep",
    "bung-lao-2.xlsx",
    ...more,
  );

beforeAll(async () => {
  mkdirSync(inbox);
  const w = (file: string, unitName: string, seed: number, reportDate = "2024-07-01") =>
    writeReport(inbox, file, t, metaFor(t, { unitName, reportDate, period: "2024" }), {
      values: monthOfActionValues(seed),
    });
  await w("ang-cang.xlsx", "Xã Ẳng Cang", 1);
  copyFileSync(join(inbox, "ang-cang.xlsx"), join(inbox, "ang-cang - Copy.xlsx"));
  await w("ang-nua-cu.xlsx", "Xã Ẳng Nưa", 2, "2024-06-25");
  await w("ang-nua.xlsx", "Xã Ẳng Nưa", 3);
  await w("xuan-lao-1.xlsx", "Xã Xuân Lao", 4);
  await w("xuan-lao-2.xlsx", "Xã Xuân Lao", 5);
  await w("bung-lao-1.xlsx", "Xã Búng Lao", 6);
  await w("bung-lao-2.xlsx", "Xã Búng Lao", 7);
  // Not on the roster: held.
  await w("quang-trung.xlsx", "Xã Quảng Trung", 8);
  writeFileSync(join(inbox, "ghi-chu.txt"), "Ghi chú của cán bộ");
  writeFileSync(join(dir, "roster.csv"), "name\nXã Ẳng Cang\nXã Ẳng Nưa\nXã Xuân Lao\nXã Búng Lao\nXã Nặm Lịch\n");
  files = (JSON.parse((await consolidate("--json")).out) as { files: FileJson[] }).files;
  said.vi = (await consolidate("--out", out)).out;
  said.en = (await consolidate("--out", join(dir, "en.xlsx"), "--lang", "en")).out;
});

const name = (f: FileJson) => f.file.split(/[\\/]/).pop() ?? f.file;

test("the inbox holds every status a file can have", () => {
  const keys = new Set<StatusKey>(files.map(fileStatusKey));
  for (const k of ["included", "superseded", "duplicate", "conflict", "held", "rejected", "notKept"] as const)
    expect(keys).toContain(k);
});

test.each(["vi", "en"] as const)("the CLI (%s) calls each file's status by the catalogue's full words", (lang) => {
  const lines = said[lang].split("\n");
  for (const f of files) {
    const line = lines.find((l) => l.trimStart().startsWith(name(f)));
    expect(line).toContain(statusWord(fileStatusKey(f), lang));
  }
  expect(said[lang]).toContain(`${statusWord("unresolved", lang)}:`);
  expect(said[lang]).toContain(`${statusWord("missing", lang)}:`);
});

test("the summary's status sheet prints the same Vietnamese words, and the units' states", async () => {
  const ws = (await loadWorkbook(out)).getWorksheet(STATUS_SHEET);
  if (!ws) throw new Error("no status sheet");
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  for (const f of files) {
    const row = rows.find((r) => r[3] === name(f));
    expect(row?.[4]).toBe(STATUS_WORDS[fileStatusKey(f)].full.vi);
  }
  const unitsIn = (key: StatusKey) => rows.filter((r) => r[4] === statusWord(key, "vi")).map((r) => r[1]);
  expect(unitsIn("unresolved")).toEqual(["Xã Xuân Lao", "Xã Quảng Trung"]);
  expect(unitsIn("missing")).toEqual(["Xã Nặm Lịch"]);
});
