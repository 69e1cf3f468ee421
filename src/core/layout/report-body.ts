// The body of a unit's report: its sections (heading and text area) and its
// tally tables (columns or rows: STT | Chỉ tiêu | Đơn vị tính | Số liệu), with
// the fonts, widths and formats the whole report shares.
import { MAX_TYPED_COUNT, MAX_TYPED_MONEY } from "../limits";
import type { Field, Section, TallyTable } from "../templates";
import { colLetter } from "./a1";
import { wrappedHeight, type SheetBuilder } from "./builder";
import { fieldHeader, fieldUnit, ROW_TABLE_HEADERS } from "./headers";
import { INPUT_FILL, type CellStyle, type ModelCell, type ValidationHint } from "./model";
import { fieldName, narrativeName } from "./names";
import { ownValue } from "../records";

export const FONT = { name: "Times New Roman", size: 13 };
export const COL_WIDTH = 15;

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

/** What the sections and tables of a report's body share: the sheet being built, its width in columns, what to put
 * into the inputs, and where each input went. */
export interface Body {
  b: SheetBuilder;
  W: number;
  contents: ReportContents;
  fields: Record<string, CellPos>;
  narratives: Record<string, CellPos>;
  at: (row: number, col: number) => CellPos;
}

export function layoutSection({ b, W, contents, narratives, at }: Body, section: Section, row: number): number {
  b.block(row, 1, row, W, section.heading, { font: { bold: true }, wrap: true, vertical: "top" });
  b.height(row, wrappedHeight(section.heading, W * COL_WIDTH, FONT.size));
  row += 1;
  if (!section.narrative) return row;
  const text = ownValue(contents.narratives, section.id) ?? "";
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

export function layoutTable({ b, W, contents, fields, at }: Body, table: TallyTable, row: number): number {
  if (table.caption) {
    b.block(row, 1, row, W, table.caption, { horizontal: "center", font: { bold: true }, wrap: true });
    row += 1;
  }
  const valueOf = (f: Field): number | string | undefined => {
    const v = ownValue(contents.values, f.id);
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
