// The hidden sheet that says what a workbook is: template, unit, period, and
// where each input lives. Plain key/value text rows survive LibreOffice and
// openpyxl round trips (tested) and are ordinary cells to Excel; custom XML
// parts and document properties may not survive.
import { formatVnDate } from "../dates";
import { DOCUMENT_DETAIL_KEYS, type ReportMeta } from "../meta";
import type { Template } from "../templates";
import { sheetRef } from "../form/a1";
import { FIELD_KEY, META_KEYS, META_MARK, META_SCHEMA, META_SHEET, NARRATIVE_KEY } from "../form/sheets";
import type { CellStyle, ModelCell, ModelSheet } from "./model";

interface Pos {
  sheet: string;
  row: number;
  col: number;
  /** A narrative laid out a row per unit (a summary) ends here. */
  lastRow?: number;
}

export function metaSheet(
  template: Template,
  meta: ReportMeta,
  fields: Record<string, Pos>,
  narratives: Record<string, Pos>,
  reportDate: Pos,
  kind: "report" | "summary" = "report",
): ModelSheet {
  const rows: [string, string][] = [
    [META_MARK, "Trang thông tin của tonghop. Không sửa hoặc xóa trang này."],
    [META_KEYS.schema, String(META_SCHEMA)],
    [META_KEYS.kind, kind],
    [META_KEYS.templateId, template.id],
    [META_KEYS.templateVersion, String(template.version)],
    [META_KEYS.unitName, meta.unitName],
    [META_KEYS.unitCode, meta.unitCode ?? ""],
    [META_KEYS.level, meta.level],
    [META_KEYS.period, meta.period],
    [META_KEYS.reportDate, meta.reportDate ? formatVnDate(meta.reportDate) : ""],
    [META_KEYS.issuer, meta.issuer ?? ""],
    [META_KEYS.place, meta.place ?? ""],
    ...DOCUMENT_DETAIL_KEYS.map((k): [string, string] => [META_KEYS[k], meta[k] ?? ""]),
    [META_KEYS.reportDateCell, sheetRef(reportDate.sheet, reportDate.row, reportDate.col)],
    ...Object.entries(fields).map(([id, p]): [string, string] => [FIELD_KEY + id, sheetRef(p.sheet, p.row, p.col)]),
    ...Object.entries(narratives).map(([id, p]): [string, string] => [
      NARRATIVE_KEY + id,
      sheetRef(p.sheet, p.row, p.col, p.lastRow),
    ]),
  ];
  return keyValueSheet(META_SHEET, rows, [24, 60]);
}

const TEXT: CellStyle = { numFmt: "@" };

/** One key/value row of such a sheet (a blank value leaves its cell empty). */
function keyValueCells(row: number, key: string, value: string): ModelCell[] {
  const out: ModelCell[] = [{ row, col: 1, value: key, style: TEXT }];
  if (value !== "") out.push({ row, col: 2, value, style: TEXT });
  return out;
}

/** A hidden sheet of key/value text rows, protected: what a workbook is. */
export function keyValueSheet(name: string, rows: [string, string][], columns: number[]): ModelSheet {
  const cells = rows.flatMap(([k, v], i) => keyValueCells(i + 1, k, v));
  return { name, state: "hidden", columns, rowHeights: {}, cells, merges: [], protect: true, showGridLines: true };
}

/** The sheet with one more key/value row under its last. */
export function withKeyValue(sheet: ModelSheet, key: string, value: string): ModelSheet {
  const row = Math.max(0, ...sheet.cells.map((c) => c.row)) + 1;
  return { ...sheet, cells: [...sheet.cells, ...keyValueCells(row, key, value)] };
}
