// Lays out a unit's report as an official administrative document (Decree
// 30/2020/NĐ-CP): issuer and national motto, number and date, title, the
// template's sections each with a text area, its tally tables, recipients and
// signature. Pure: (template, meta, optional values) → sheet model.
import { serialFromIso } from "../dates";
import { MAX_TYPED_COUNT, MAX_TYPED_MONEY } from "../limits";
import { defaultIssuer, parsePeriod, periodTitle, stripUnitPrefix, type ReportMeta } from "../meta";
import type { Field, Section, TallyTable, Template } from "../templates";
import { colLetter } from "./a1";
import { fieldHeader, fieldUnit, ROW_TABLE_HEADERS } from "./headers";
import { SheetBuilder, wrappedHeight } from "./builder";
import { metaSheet, REPORT_SHEET } from "./meta-sheet";
import { templateSheet } from "./template-sheet";
import { isBuiltIn } from "../templates/catalogue";
import type { CellStyle, ModelCell, ModelSheet, SheetModel, ValidationHint } from "./model";
import { INPUT_FILL } from "./model";
import { fieldName, narrativeName, REPORT_DATE_NAME, DOC_NUMBER_NAME } from "./names";

export const FONT = { name: "Times New Roman", size: 13 };
const COL_WIDTH = 15;
const MIN_COLS = 6;

export const NUMBER_FORMAT = "#,##0";
export const RATE_FORMAT = "0.0%";

/** Values to put into the inputs (a filled sample, or a consolidated summary). Not a cell's fill colour. */
export interface ReportContents {
  values?: Record<string, number | string | null>;
  narratives?: Record<string, string>;
}

export interface CellPos {
  sheet: string;
  row: number;
  col: number;
}

export interface ReportLayout {
  model: SheetModel;
  fields: Record<string, CellPos>;
  narratives: Record<string, CellPos>;
  reportDate: CellPos;
}

const border: CellStyle = { border: true, vertical: "middle" };
const headerStyle: CellStyle = {
  ...border,
  font: { bold: true, size: 12 },
  horizontal: "center",
  vertical: "middle",
  wrap: true,
};

function inputStyle(numFmt?: string): CellStyle {
  return { border: true, locked: false, fill: INPUT_FILL, horizontal: "right", vertical: "middle", numFmt };
}

export function fieldValidation(field: Field): ValidationHint {
  const money = field.kind === "money";
  return {
    type: "whole",
    min: 0,
    max: money ? MAX_TYPED_MONEY : MAX_TYPED_COUNT,
    errorTitle: "Số liệu không hợp lệ",
    error: money
      ? "Nhập số tiền bằng đồng, là số nguyên không âm (ví dụ 1500000). Không nhập chữ, không ghi đơn vị."
      : "Nhập số nguyên không âm (ví dụ 25). Không nhập chữ, không ghi đơn vị.",
    promptTitle: field.label.slice(0, 32),
    prompt: money ? "Số tiền bằng đồng (số nguyên ≥ 0)" : "Số nguyên ≥ 0",
  };
}

export function gridWidth(template: Template): number {
  const widest = Math.max(
    0,
    ...template.tables
      .filter((t) => t.orientation === "columns")
      .map((t) => t.groups.reduce((n, g) => n + g.fields.length, 0)),
  );
  return Math.max(MIN_COLS, widest);
}

/**
 * @param reportSheet the report sheet's name: "Báo cáo", or another when the
 *   workbook it goes into already has a sheet of that name.
 */
export function layoutReport(
  template: Template,
  meta: ReportMeta,
  contents: ReportContents = {},
  kind: "report" | "summary" = "report",
  reportSheet: string = REPORT_SHEET,
): ReportLayout {
  const period = parsePeriod(template, meta.period);
  if (!period) throw new Error(`period "${meta.period}" does not fit template ${template.id}`);
  const W = gridWidth(template);
  const half = Math.floor(W / 2);
  const b = new SheetBuilder();
  const fields: Record<string, CellPos> = {};
  const narratives: Record<string, CellPos> = {};
  const at = (row: number, col: number): CellPos => ({ sheet: reportSheet, row, col });
  const leftWidth = half * COL_WIDTH;

  // Issuer and national motto.
  const issuer = meta.issuer ?? defaultIssuer(meta.unitName);
  b.block(1, 1, 1, half, "", { horizontal: "center", font: { size: 12 } });
  b.block(1, half + 1, 1, W, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {
    horizontal: "center",
    font: { bold: true, size: 12 },
  });
  b.block(2, 1, 2, half, issuer, { horizontal: "center", vertical: "top", wrap: true, font: { bold: true, size: 12 } });
  b.block(2, half + 1, 2, W, "Độc lập - Tự do - Hạnh phúc", {
    horizontal: "center",
    vertical: "top",
    font: { bold: true, underline: true },
  });
  b.height(2, Math.max(20, wrappedHeight(issuer, leftWidth, 12)));

  // Number and date: both are the user's to fill in when the report is signed.
  b.block(4, 1, 4, half, "Số:        /BC-", { horizontal: "center", locked: false }, { name: DOC_NUMBER_NAME });
  const place = (meta.place ?? stripUnitPrefix(meta.unitName)).replace(/"/g, "");
  const dateStyle: CellStyle = {
    horizontal: "center",
    font: { italic: true },
    locked: false,
    numFmt: `"${place}, ngày "dd" tháng "mm" năm "yyyy`,
  };
  const dateCell = b.block(
    4,
    half + 1,
    4,
    W,
    meta.reportDate ? undefined : `${place}, ngày … tháng … năm ${period.year}`,
    dateStyle,
    {
      name: REPORT_DATE_NAME,
    },
  );
  if (meta.reportDate) dateCell.date = serialFromIso(meta.reportDate);
  const reportDate = at(4, half + 1);

  // Title.
  const title = template.title.replace("{period}", periodTitle(period));
  b.block(6, 1, 6, W, title, { horizontal: "center", vertical: "middle", wrap: true, font: { bold: true, size: 14 } });
  b.height(6, wrappedHeight(title, W * COL_WIDTH, 14));

  const body: Body = { b, W, contents, fields, narratives, at };
  let row = 8;
  for (const section of template.sections) {
    row = layoutSection(body, section, row);
    for (const table of template.tables.filter((t) => t.afterSection === section.id))
      row = layoutTable(body, table, row);
  }

  // Recipients and signature.
  row += 1;
  b.block(row, 1, row, half, "Nơi nhận:", { font: { bold: true, italic: true, size: 12 }, vertical: "top" });
  b.block(row, half + 1, row, W, "THỦ TRƯỞNG ĐƠN VỊ", { horizontal: "center", font: { bold: true }, locked: false });
  b.block(row + 1, 1, row + 4, half, "- Như trên;\n- Lưu: VT.", {
    vertical: "top",
    wrap: true,
    locked: false,
    font: { size: 11 },
  });
  b.block(row + 1, half + 1, row + 1, W, "(Ký, ghi rõ họ tên, đóng dấu)", {
    horizontal: "center",
    font: { italic: true, size: 12 },
  });
  b.block(row + 5, half + 1, row + 5, W, "", { horizontal: "center", font: { bold: true }, locked: false });

  const report: ModelSheet = b.sheet(reportSheet, {
    state: "visible",
    columns: Array.from({ length: W }, () => COL_WIDTH),
    protect: true,
    showGridLines: false,
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      // Decree 30: left 30–35 mm, right 15–20 mm, top and bottom 20–25 mm.
      margins: { left: 1.18, right: 0.69, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    },
  });

  return {
    model: {
      font: FONT,
      // A template not built in travels inside the report (and the summary), so any tonghop can read it.
      sheets: [
        report,
        metaSheet(template, meta, fields, narratives, reportDate, kind),
        ...(isBuiltIn(template) ? [] : [templateSheet(template)]),
      ],
    },
    fields,
    narratives,
    reportDate,
  };
}

/** What the sections and tables of a report's body share: the sheet being built, its width in columns, what to put
 * into the inputs, and where each input went. */
interface Body {
  b: SheetBuilder;
  W: number;
  contents: ReportContents;
  fields: Record<string, CellPos>;
  narratives: Record<string, CellPos>;
  at: (row: number, col: number) => CellPos;
}

function layoutSection({ b, W, contents, narratives, at }: Body, section: Section, row: number): number {
  b.block(row, 1, row, W, section.heading, { font: { bold: true }, wrap: true, vertical: "top" });
  b.height(row, wrappedHeight(section.heading, W * COL_WIDTH, FONT.size));
  row += 1;
  if (!section.narrative) return row;
  const text = contents.narratives?.[section.id] ?? "";
  b.block(
    row,
    1,
    row,
    W,
    text,
    { wrap: true, vertical: "top", horizontal: "justify", locked: false, fill: INPUT_FILL },
    { name: narrativeName(section.id) },
  );
  b.height(row, Math.min(409, Math.max(90, wrappedHeight(text, W * COL_WIDTH, FONT.size))));
  narratives[section.id] = at(row, 1);
  return row + 1;
}

function layoutTable({ b, W, contents, fields, at }: Body, table: TallyTable, row: number): number {
  if (table.caption) {
    b.block(row, 1, row, W, table.caption, { horizontal: "center", font: { bold: true }, wrap: true });
    row += 1;
  }
  const valueOf = (f: Field): number | string | undefined => {
    const v = contents.values?.[f.id];
    return v === null ? undefined : v;
  };
  const putInput = (r: number, c: number, f: Field): ModelCell =>
    b.put(r, c, valueOf(f), inputStyle(NUMBER_FORMAT), { name: fieldName(f.id), validation: fieldValidation(f) });

  if (table.orientation === "columns") {
    const n = table.groups.reduce((k, g) => k + g.fields.length, 0);
    const left = 1 + Math.floor((W - n) / 2);
    let col = left;
    let groupHeight = 20;
    let subHeight = 20;
    let oneLevelHeight = 0;
    for (const g of table.groups) {
      const span = g.fields.length;
      if (g.label !== undefined) {
        b.block(row, col, row, col + span - 1, g.label, headerStyle);
        groupHeight = Math.max(groupHeight, wrappedHeight(g.label, span * COL_WIDTH, 12));
      }
      for (const f of g.fields) {
        // A one-level column: its header spans both header rows.
        if (g.label === undefined) b.block(row, col, row + 1, col, fieldHeader(f), headerStyle);
        else b.put(row + 1, col, fieldHeader(f), headerStyle);
        const need = wrappedHeight(fieldHeader(f), COL_WIDTH, 12);
        if (g.label === undefined) oneLevelHeight = Math.max(oneLevelHeight, need);
        else subHeight = Math.max(subHeight, need);
        putInput(row + 2, col, f);
        fields[f.id] = at(row + 2, col);
        col++;
      }
    }
    b.height(row, groupHeight);
    b.height(row + 1, Math.max(subHeight, oneLevelHeight - groupHeight));
    b.height(row + 2, 24);
    return row + 4;
  }

  // Rows: STT | Chỉ tiêu | Đơn vị tính | Số liệu.
  const labelRight = W - 2;
  b.put(row, 1, ROW_TABLE_HEADERS.number, headerStyle);
  b.block(row, 2, row, labelRight, ROW_TABLE_HEADERS.label, headerStyle);
  b.put(row, W - 1, ROW_TABLE_HEADERS.unit, headerStyle);
  b.put(row, W, ROW_TABLE_HEADERS.value, headerStyle);
  b.height(row, 22);
  row += 1;
  const labelWidth = (labelRight - 1) * COL_WIDTH;
  table.groups.forEach((g, gi) => {
    const no = String(gi + 1);
    b.put(row, 1, no, { ...border, horizontal: "center", font: { bold: true } });
    b.block(row, 2, row, W, g.label, { ...border, font: { bold: true } });
    row += 1;
    g.fields.forEach((f, fi) => {
      b.put(row, 1, `${no}.${fi + 1}`, { ...border, horizontal: "center" });
      b.block(row, 2, row, labelRight, f.label, { ...border, wrap: true, vertical: "middle" });
      b.put(row, W - 1, fieldUnit(f), { ...border, horizontal: "center", vertical: "middle" });
      putInput(row, W, f);
      fields[f.id] = at(row, W);
      b.height(row, Math.max(20, wrappedHeight(f.label, labelWidth, FONT.size)));
      row += 1;
      for (const rate of table.rates.filter((r) => r.afterField === f.id)) {
        b.put(row, 1, "", border);
        b.block(row, 2, row, labelRight, rate.label, { ...border, wrap: true, font: { italic: true } });
        b.put(row, W - 1, "%", { ...border, horizontal: "center" });
        const num = fields[rate.numerator];
        const den = fields[rate.denominator];
        const ref = (p: CellPos | undefined) => (p ? `${colLetter(p.col)}${p.row}` : "0");
        b.put(
          row,
          W,
          undefined,
          { ...border, horizontal: "right", numFmt: RATE_FORMAT, font: { italic: true } },
          {
            formula: `IF(N(${ref(den)})=0,"",N(${ref(num)})/N(${ref(den)}))`,
          },
        );
        b.height(row, Math.max(20, wrappedHeight(rate.label, labelWidth, FONT.size)));
        row += 1;
      }
    });
  });
  return row + 1;
}
