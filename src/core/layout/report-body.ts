// The body of a unit's report: its sections (heading and text area) and its
// tally tables (columns or rows: STT | Chỉ tiêu | Đơn vị tính | Số liệu), with
// the fonts, widths and formats the whole report shares.
import { MAX_TYPED_COUNT, MAX_TYPED_MONEY } from "../limits";
import type { Field, Section, TallyTable } from "../templates";
import { colLetter } from "../form/a1";
import { wrappedHeight, type SheetBuilder } from "./builder";
import { fieldHeader, fieldUnit, ROW_TABLE_HEADERS } from "../form/headers";
import { COLUMN_TABLE, ROW_TABLE } from "../form/table-shape";
import type { CellStyle, ModelCell, ValidationHint } from "./model";
import { fieldName, narrativeName } from "../form/names";
import type { UnitText } from "../consolidate/types";
import { ownValue } from "../records";

export const FONT = { name: "Times New Roman", size: 13 };
export const COL_WIDTH = 15;

export const NUMBER_FORMAT = "#,##0";
export const RATE_FORMAT = "0.0%";

/** Values to put into the inputs (a filled sample, or a consolidated summary). Not a cell's fill colour. */
export interface ReportContents {
  values?: Record<string, number | string | null>;
  narratives?: Record<string, string>;
  /** A summary's narratives: every unit's text, a row each (a long one over several), so every text prints. */
  unitNarratives?: Record<string, UnitText[]>;
}

export interface CellPos {
  sheet: string;
  row: number;
  col: number;
  /** A narrative of several rows ends here. */
  lastRow?: number;
}

const border: CellStyle = { border: true, vertical: "middle" };
const headerStyle: CellStyle = {
  ...border,
  font: { bold: true, size: 12 },
  horizontal: "center",
  vertical: "middle",
  wrap: true,
};

function inputStyle(fill: string | undefined, numFmt?: string): CellStyle {
  return { border: true, locked: false, ...(fill ? { fill } : {}), horizontal: "right", vertical: "middle", numFmt };
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
  /** The input cells' fill: pale yellow where the unit types; none in a summary (its values are computed). */
  fill?: string;
}

export function layoutSection(body: Body, section: Section, row: number): number {
  const { b, W, contents, narratives, at, fill } = body;
  b.block(row, 1, row, W, section.heading, { font: { bold: true }, wrap: true, vertical: "top" });
  b.height(row, wrappedHeight(section.heading, W * COL_WIDTH, FONT.size));
  row += 1;
  if (!section.narrative) return row;
  const units = ownValue(contents.unitNarratives, section.id);
  if (units) return unitRows(body, section, row, units);
  const text = ownValue(contents.narratives, section.id) ?? "";
  b.block(
    row,
    1,
    row,
    W,
    text,
    { wrap: true, vertical: "top", horizontal: "justify", locked: false, ...(fill ? { fill } : {}) },
    { name: narrativeName(section.id) },
  );
  b.height(row, Math.min(409, Math.max(90, wrappedHeight(text, W * COL_WIDTH, FONT.size))));
  narratives[section.id] = at(row, 1);
  return row + 1;
}

/** Highest row the summary's text rows take (Excel allows 409 pt), leaving room for renderers measuring wider. */
const TEXT_ROW_MAX = 409;
/** wrappedHeight already counts fewer letters a line than Excel and LibreOffice fit (about 80 for 105). */
const TEXT_ROW_SAFETY = 1;

/**
 * A summary's narrative: each unit's text ("Xã A: …") in rows of its own, a long one over several rows at
 * paragraph (else sentence, else word) boundaries, each row tall enough to print all it holds. One defined name
 * covers all the rows: a reader one level up joins them back.
 */
function unitRows({ b, W, narratives, at, fill }: Body, section: Section, row: number, units: UnitText[]): number {
  const width = W * COL_WIDTH;
  const fits = (t: string) => wrappedHeight(t, width, FONT.size) * TEXT_ROW_SAFETY <= TEXT_ROW_MAX;
  const rows = units.flatMap((u) => textRows(`${u.unit}: ${u.text}`, fits));
  if (rows.length === 0) rows.push("");
  const first = row;
  const style: CellStyle = {
    wrap: true,
    vertical: "top",
    horizontal: "justify",
    locked: false,
    ...(fill ? { fill } : {}),
  };
  for (const text of rows) {
    const extra = row === first ? { name: narrativeName(section.id), nameRows: rows.length } : {};
    // One cell merged across the row (no border to draw on the others): a summary of thousands of units
    // holds one cell a row, not one a column.
    b.put(row, 1, text, style, extra);
    b.merges.push({ top: row, left: 1, bottom: row, right: W });
    b.height(row, Math.min(TEXT_ROW_MAX, Math.max(20, wrappedHeight(text, width, FONT.size) * TEXT_ROW_SAFETY)));
    row += 1;
  }
  narratives[section.id] = { ...at(first, 1), lastRow: row - 1 };
  return row;
}

/** A text cut into pieces that each `fit`: at line breaks, else after sentences, else between words. */
export function textRows(text: string, fits: (t: string) => boolean): string[] {
  const out: string[] = [];
  let current = "";
  const add = (piece: string, joiner: string) => {
    const next = current ? current + joiner + piece : piece;
    if (fits(next)) current = next;
    else {
      if (current) out.push(current);
      current = piece;
    }
  };
  for (const line of text.split("\n")) {
    const pieces = fits(line)
      ? [line]
      : line.split(/(?<=[.!?;])\s+/u).flatMap((sentence) => (fits(sentence) ? [sentence] : sentence.split(/\s+/u)));
    pieces.forEach((piece, i) => add(piece, i === 0 ? "\n" : " "));
  }
  if (current) out.push(current);
  return out;
}

export function layoutTable({ b, W, contents, fields, at, fill }: Body, table: TallyTable, row: number): number {
  if (table.caption) {
    b.block(row, 1, row, W, table.caption, { horizontal: "center", font: { bold: true }, wrap: true });
    row += 1;
  }
  const valueOf = (f: Field): number | string | undefined => {
    const v = ownValue(contents.values, f.id);
    return v === null ? undefined : v;
  };
  const putInput = (r: number, c: number, f: Field): ModelCell =>
    b.put(r, c, valueOf(f), inputStyle(fill, NUMBER_FORMAT), { name: fieldName(f.id), validation: fieldValidation(f) });

  if (table.orientation === "columns") {
    const n = table.groups.reduce((k, g) => k + g.fields.length, 0);
    const left = 1 + Math.floor((W - n) / 2);
    const { fieldRow, inputRow } = COLUMN_TABLE;
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
        if (g.label === undefined) b.block(row, col, row + fieldRow, col, fieldHeader(f), headerStyle);
        else b.put(row + fieldRow, col, fieldHeader(f), headerStyle);
        const need = wrappedHeight(fieldHeader(f), COL_WIDTH, 12);
        if (g.label === undefined) oneLevelHeight = Math.max(oneLevelHeight, need);
        else subHeight = Math.max(subHeight, need);
        putInput(row + inputRow, col, f);
        fields[f.id] = at(row + inputRow, col);
        col++;
      }
    }
    b.height(row, groupHeight);
    b.height(row + fieldRow, Math.max(subHeight, oneLevelHeight - groupHeight));
    b.height(row + inputRow, 24);
    return row + COLUMN_TABLE.height;
  }

  // Rows: STT | Chỉ tiêu | Đơn vị tính | Số liệu.
  const labelRight = W - 2;
  const { numberCol, labelCol } = ROW_TABLE;
  b.put(row, numberCol, ROW_TABLE_HEADERS.number, headerStyle);
  b.block(row, labelCol, row, labelRight, ROW_TABLE_HEADERS.label, headerStyle);
  b.put(row, W - 1, ROW_TABLE_HEADERS.unit, headerStyle);
  b.put(row, W, ROW_TABLE_HEADERS.value, headerStyle);
  b.height(row, 22);
  row += 1;
  const labelWidth = (labelRight - labelCol + 1) * COL_WIDTH;
  table.groups.forEach((g, gi) => {
    const no = String(gi + 1);
    b.put(row, numberCol, no, { ...border, horizontal: "center", font: { bold: true } });
    b.block(row, labelCol, row, W, g.label, { ...border, font: { bold: true } });
    row += 1;
    g.fields.forEach((f, fi) => {
      b.put(row, numberCol, `${no}.${fi + 1}`, { ...border, horizontal: "center" });
      b.block(row, labelCol, row, labelRight, f.label, { ...border, wrap: true, vertical: "middle" });
      b.put(row, W - 1, fieldUnit(f), { ...border, horizontal: "center", vertical: "middle" });
      putInput(row, W, f);
      fields[f.id] = at(row, W);
      b.height(row, Math.max(20, wrappedHeight(f.label, labelWidth, FONT.size)));
      row += 1;
      for (const rate of table.rates.filter((r) => r.afterField === f.id)) {
        b.put(row, numberCol, "", border);
        b.block(row, labelCol, row, labelRight, rate.label, { ...border, wrap: true, font: { italic: true } });
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
