// A summary of 3,000 units, written sheet by sheet and compressed as the CLI
// does (Node's zlib, each sheet part in several pieces), opens in Python's
// zipfile (every part's CRC checked) and in openpyxl with each unit's numbers
// where they belong — and the same as the browser's writer (fflate) gives.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { CLI_WRITE } from "../../src/cli/deflate";
import { consolidate } from "../../src/core/consolidate";
import { sheetExtent } from "../../src/core/layout/model";
import { BY_UNIT_SHEET, layoutSummary, summaryPlan } from "../../src/core/layout/summary";
import { monthOfActionValues } from "../../src/demo/samples";
import { renderXlsx } from "../../src/xlsx/write";
import { openpyxlCells } from "../helpers/openpyxl-cells";
import { template, tempDir } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";

const t = template("thang-hanh-dong");
const UNITS = 3000;
const name = (i: number) => `Xã Thử Nghiệm ${String(i).padStart(5, "0")}`;
// One unit typed "12 vụ" (an error cell: the totals are incomplete, a note is added); the roster names
// three units that sent nothing.
const summary = consolidate(
  Array.from({ length: UNITS }, (_, i) =>
    unitFile(
      `don-vi-${i}.xlsx`,
      unitReport(
        t,
        { unitName: name(i), reportDate: "2024-07-01" },
        i === 7 ? { ...monthOfActionValues(i), launch_children: "12 vụ" } : monthOfActionValues(i),
      ),
    ),
  ),
  {
    consolidatingUnit: { name: "Huyện Thử", level: "huyen" },
    roster: Array.from({ length: UNITS + 3 }, (_, i) => ({ name: name(i) })),
  },
).summary;
if (!summary?.incomplete || summary.missing.length !== 3) throw new Error("not the summary this test needs");
const dir = tempDir("tonghop-large-summary-");
// The summary as each writer makes it, made once and looked at by several tests.
let cliBytes: Promise<Uint8Array> | undefined;
let browserBytes: Promise<Uint8Array> | undefined;
const cliSummary = () => (cliBytes ??= renderXlsx(summaryPlan(summary), CLI_WRITE));
const browserSummary = () => (browserBytes ??= renderXlsx(summaryPlan(summary)));

/** Python's zipfile reads every part and checks its CRC-32: the first bad part's name, or "None". */
function badPart(file: string): string {
  return execFileSync(
    "/usr/bin/python3",
    ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())", file],
    { encoding: "utf8" },
  ).trim();
}

test("the CLI's summary of 3,000 units opens in zipfile and openpyxl with each unit's numbers", async () => {
  const bytes = await cliSummary();
  const file = join(dir, "tong-hop.xlsx");
  writeFileSync(file, bytes);
  // The by-unit sheet is well over one compressed piece (256 K characters): the pieces' joins are exercised.
  const parts = unzipSync(bytes);
  expect(Object.values(parts).some((p) => p.length > 1_000_000)).toBe(true);
  expect(badPart(file)).toBe("None");

  const cells = new Map(openpyxlCells(file, BY_UNIT_SHEET, "streaming").cells.map((c) => [c.cell, c.value]));
  // The first table's row of each unit (column B holds its name).
  const rowOf = new Map<unknown, string>();
  for (const [ref, v] of cells) if (ref.startsWith("B") && !rowOf.has(v)) rowOf.set(v, ref.slice(1));
  const fields = t.tables[0].groups.flatMap((g) => g.fields);
  for (const i of [0, 1234, UNITS - 1]) {
    const row = rowOf.get(name(i)) as string;
    expect(row).toBeDefined();
    const values = monthOfActionValues(i);
    fields.forEach((f, k) => expect(cells.get(`${String.fromCharCode(67 + k)}${row}`)).toBe(values[f.id]));
  }
});

test("the CLI's writer (zlib) and the browser's (fflate) give the same parts, each with its right CRC-32", async () => {
  const cli = unzipSync(await cliSummary());
  const file = join(dir, "browser.xlsx");
  writeFileSync(file, await browserSummary());
  expect(badPart(file)).toBe("None");
  const browser = unzipSync(await browserSummary());
  expect(Object.keys(cli)).toEqual(Object.keys(browser));
  for (const [path, data] of Object.entries(cli)) expect(Buffer.from(data).equals(browser[path])).toBe(true);
});

test("made row by row, the long sheets are the very parts the whole model gives", async () => {
  const plan = summaryPlan(summary);
  for (const sheet of plan.sheets.filter((p) => p.rows)) {
    // What the package declares before the rows is where they end.
    expect((sheet.rows as NonNullable<typeof sheet.rows>)().extent).toEqual(sheetExtent(sheet.make()));
  }
  const byRows = unzipSync(await cliSummary());
  const whole = unzipSync(await renderXlsx(layoutSummary(summary), CLI_WRITE));
  expect(Object.keys(byRows)).toEqual(Object.keys(whole));
  for (const [path, data] of Object.entries(byRows)) expect(Buffer.from(data).equals(whole[path])).toBe(true);
});

test("in an older webview without TextEncoder.encodeInto (Safari before 14.1), the same parts", async () => {
  const whole = unzipSync(await browserSummary());
  const encodeInto = Object.getOwnPropertyDescriptor(TextEncoder.prototype, "encodeInto") as PropertyDescriptor;
  Reflect.deleteProperty(TextEncoder.prototype, "encodeInto");
  try {
    expect("encodeInto" in new TextEncoder()).toBe(false);
    const old = unzipSync(await renderXlsx(summaryPlan(summary)));
    expect(Object.keys(old)).toEqual(Object.keys(whole));
    for (const [path, data] of Object.entries(old)) expect(Buffer.from(data).equals(whole[path])).toBe(true);
  } finally {
    Object.defineProperty(TextEncoder.prototype, "encodeInto", encodeInto);
  }
});
