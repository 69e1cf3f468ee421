// Builds report workbooks the way users get them, for tests.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { layoutReport, type ReportContents } from "../../src/core/layout/report";
import type { ReportMeta } from "../../src/core/meta";
import { findTemplate, type Template } from "../../src/core/templates";
import { renderXlsx } from "../../src/xlsx/write";
import { a1 } from "../../src/core/form/a1";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import type { OpenpyxlEdit } from "./openpyxl";

export function template(id: "thang-hanh-dong" | "cong-tac-tre-em"): Template {
  const t = findTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

export function metaFor(t: Template, over: Partial<ReportMeta> = {}): ReportMeta {
  return {
    templateId: t.id,
    templateVersion: t.version,
    unitName: "Xã Ẳng Cang",
    level: "xa",
    period: t.periodKind === "year" ? "2024" : "2024-6T",
    reportDate: "2024-06-28",
    ...over,
  };
}

export function tempDir(prefix = "tonghop-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function writeReport(
  dir: string,
  file: string,
  t: Template,
  meta: ReportMeta,
  fill: ReportContents = {},
): Promise<string> {
  const path = join(dir, file);
  writeFileSync(path, await renderXlsx(layoutReport(t, meta, fill).model));
  return path;
}

/**
 * A report as a unit sends it: written blank by tonghop for `unitName` (dated 01/07/2024 unless `meta` says),
 * then its cells typed by openpyxl (text where a clerk typed text) into `out`. Returns the openpyxl edit to
 * run (openpyxlEdit runs many in one process).
 */
export async function typedReport(
  dir: string,
  out: string,
  t: Template,
  unitName: string,
  values: Record<string, number | string>,
  meta: Partial<ReportMeta> = {},
  fill: ReportContents = {},
): Promise<OpenpyxlEdit> {
  const m = metaFor(t, { unitName, reportDate: "2024-07-01", ...meta });
  const blank = await writeReport(dir, `blank-${out.replace(/\W/g, "_")}.xlsx`, t, m, fill);
  const fields = layoutReport(t, m).fields;
  const cells = Object.entries(values).map(([k, v]) => ({
    sheet: REPORT_SHEET,
    cell: a1(fields[k].row, fields[k].col),
    kind: typeof v === "number" ? ("number" as const) : ("text" as const),
    value: v,
  }));
  return { src: blank, out, cells };
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every non-empty text of a sheet, as the user sees it. */
export function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === "string") out.push(v);
      else if (v && typeof v === "object" && "richText" in v) out.push(v.richText.map((r) => r.text).join(""));
    }),
  );
  return out;
}

/** The meta sheet's key/value rows. */
export function metaRows(ws: ExcelJS.Worksheet): Record<string, string> {
  const rows: Record<string, string> = {};
  ws.eachRow((row) => {
    const k = row.getCell(1).value;
    const v = row.getCell(2).value;
    if (typeof k === "string") rows[k] = v === null || v === undefined ? "" : String(v);
  });
  return rows;
}

/** The raw parts of a file, as text. */
function rawParts(path: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** The raw XML of a sheet part, for checks an independent reader parses too loosely. */
export function rawSheetXml(path: string, index: number): string {
  const part = rawParts(path)[`xl/worksheets/sheet${index}.xml`];
  if (part === undefined) throw new Error(`no sheet${index} in ${path}`);
  return part;
}

/**
 * Whether a cell is locked, read from the raw XML (ExcelJS misreads
 * LibreOffice's locked="false"): the cell's style index → cellXfs → protection.
 */
export function rawCellLocked(path: string, sheetIndex: number, address: string): boolean {
  const parts = rawParts(path);
  const cell = new RegExp(`<c r="${address}"[^>]*?\\bs="(\\d+)"`).exec(parts[`xl/worksheets/sheet${sheetIndex}.xml`]);
  const styleIndex = cell ? Number(cell[1]) : 0;
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(parts["xl/styles.xml"])?.[1] ?? "";
  const xfs = cellXfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  const locked = /<protection\b[^>]*\blocked="([^"]*)"/.exec(xfs[styleIndex] ?? "")?.[1];
  return !(locked === "0" || locked === "false");
}
