// The hidden sheet that says what a workbook is: template, unit, period, and
// where each input lives. Plain key/value text rows survive LibreOffice and
// openpyxl round trips (tested) and are ordinary cells to Excel; custom XML
// parts and document properties may not survive.
import { formatVnDate } from "../dates";
import { DOCUMENT_DETAIL_KEYS, type ReportMeta } from "../meta";
import type { Template } from "../templates";
import { sheetRef } from "./a1";
import type { CellStyle, ModelCell, ModelSheet } from "./model";

export const REPORT_SHEET = "Báo cáo";
export const META_SHEET = "_tonghop";
/** First cell of the meta sheet: marks a workbook as a tonghop report. */
export const META_MARK = "tonghop";
export const META_SCHEMA = 1;

export const META_KEYS = {
  schema: "schema",
  kind: "kind",
  templateId: "template_id",
  templateVersion: "template_version",
  unitName: "unit_name",
  unitCode: "unit_code",
  level: "level",
  period: "period",
  reportDate: "report_date",
  issuer: "issuer",
  place: "place",
  parentBody: "parent_body",
  abbreviation: "abbreviation",
  recipient: "recipient",
  signer: "signer",
  signAs: "sign_as",
  reportDateCell: "cell:report_date",
} as const;

/** Keys of per-input rows: "field:launch_sites", "narrative:I.1". */
export const FIELD_KEY = "field:";
export const NARRATIVE_KEY = "narrative:";

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
  const text: CellStyle = { numFmt: "@" };
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
  const cells: ModelCell[] = rows.flatMap(([k, v], i) => {
    const out: ModelCell[] = [{ row: i + 1, col: 1, value: k, style: text }];
    if (v !== "") out.push({ row: i + 1, col: 2, value: v, style: text });
    return out;
  });
  return {
    name: META_SHEET,
    state: "hidden",
    columns: [24, 60],
    rowHeights: {},
    cells,
    merges: [],
    protect: true,
    showGridLines: true,
  };
}
