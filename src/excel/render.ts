// Draws a sheet model into the open workbook through Office.js — the same
// model the .xlsx writer draws, adding nothing of its own. It only queues
// commands: callers decide when to context.sync(), so the number of round
// trips stays constant whatever the size of the model. Cells sharing a style
// in a row are formatted as one range, so proxies grow with rows, not cells.
import { a1, colLetter } from "../core/layout/a1";
import { sheetExtent, type CellStyle, type ModelCell, type ModelSheet, type SheetModel, type ValidationHint } from "../core/layout/model";
import { protectOptions, type Capabilities } from "./capabilities";

/** Excel column width in characters → points (Office.js sets widths in points). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Text is written with Excel's apostrophe prefix: never parsed as a number, a date or a formula. */
export function asText(s: string): string {
  return "'" + s;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(format: Excel.RangeFormat, s: CellStyle, model: SheetModel, caps: Capabilities): void {
  format.font.name = model.font.name;
  format.font.size = s.font?.size ?? model.font.size;
  format.font.bold = s.font?.bold ?? false;
  format.font.italic = s.font?.italic ?? false;
  format.font.underline = s.font?.underline ? "Single" : "None";
  if (s.horizontal) format.horizontalAlignment = H_ALIGN[s.horizontal];
  if (s.vertical) format.verticalAlignment = V_ALIGN[s.vertical];
  if (s.wrap) format.wrapText = true;
  if (s.fill) format.fill.color = "#" + s.fill;
  if (s.border) {
    for (const edge of EDGES) {
      const b = format.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
  if (caps.protection) format.protection.locked = s.locked ?? true;
}

function applyValidation(range: Excel.Range, v: ValidationHint): void {
  range.dataValidation.rule =
    v.type === "whole"
      ? { wholeNumber: { formula1: v.min, formula2: v.max, operator: "Between" } }
      : { list: { inCellDropDown: true, source: v.values.join(",") } };
  range.dataValidation.errorAlert = { message: v.error, showAlert: true, style: "Stop", title: v.errorTitle };
  range.dataValidation.prompt = { message: v.prompt, showPrompt: true, title: v.promptTitle };
}

/** Runs of consecutive cells in a row that share a key: one range each. */
function runs(cells: ModelCell[], key: (c: ModelCell) => string | undefined): { row: number; from: number; to: number; cell: ModelCell }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: { row: number; from: number; to: number; cell: ModelCell; key: string }[] = [];
  for (const c of sorted) {
    const k = key(c);
    if (k === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.row === c.row && last.to === c.col - 1 && last.key === k) last.to = c.col;
    else out.push({ row: c.row, from: c.col, to: c.col, cell: c, key: k });
  }
  return out;
}

function rangeOf(row: number, from: number, to: number): string {
  return from === to ? a1(row, from) : `${a1(row, from)}:${a1(row, to)}`;
}

/**
 * Queues one model sheet into worksheet `ws` (already added). `sheetName` is
 * its name in this workbook, for defined names and chart references.
 */
export function queueSheet(
  workbook: Excel.Workbook,
  ws: Excel.Worksheet,
  sheet: ModelSheet,
  model: SheetModel,
  caps: Capabilities,
): void {
  const { maxRow, maxCol } = sheetExtent(sheet);
  const values: (string | number | boolean)[][] = Array.from({ length: maxRow }, () => Array<string | number | boolean>(maxCol).fill(""));
  const formats: string[][] = Array.from({ length: maxRow }, () => Array<string>(maxCol).fill("General"));
  for (const c of sheet.cells) {
    if (c.style.numFmt) formats[c.row - 1][c.col - 1] = c.style.numFmt;
    if (c.formula !== undefined) continue;
    if (c.date !== undefined) values[c.row - 1][c.col - 1] = c.date;
    else if (typeof c.value === "string") values[c.row - 1][c.col - 1] = asText(c.value);
    else if (c.value !== undefined && c.value !== null) values[c.row - 1][c.col - 1] = c.value;
  }
  const all = ws.getRange(`A1:${a1(maxRow, maxCol)}`);
  all.numberFormat = formats;
  all.values = values;
  for (const c of sheet.cells) if (c.formula !== undefined) ws.getRange(a1(c.row, c.col)).formulas = [["=" + c.formula]];

  for (const r of runs(sheet.cells, (c) => JSON.stringify(c.style))) applyStyle(ws.getRange(rangeOf(r.row, r.from, r.to)).format, r.cell.style, model, caps);
  if (caps.validation) {
    for (const r of runs(sheet.cells, (c) => (c.validation ? JSON.stringify(c.validation) : undefined))) {
      applyValidation(ws.getRange(rangeOf(r.row, r.from, r.to)), r.cell.validation as ValidationHint);
    }
  }
  if (caps.protection) for (const m of sheet.merges) ws.getRange(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).merge(false);
  if (caps.sheetShape) {
    sheet.columns.forEach((w, i) => (ws.getRange(`${colLetter(i + 1)}:${colLetter(i + 1)}`).format.columnWidth = widthToPoints(w)));
    for (const [row, h] of Object.entries(sheet.rowHeights)) ws.getRange(`${row}:${row}`).format.rowHeight = h;
  }
  if (caps.names) for (const c of sheet.cells) if (c.name) workbook.names.add(c.name, ws.getRange(a1(c.row, c.col)));

  if (caps.sheetShape && sheet.state === "hidden") ws.visibility = "Hidden";
  if (caps.validation) ws.showGridlines = sheet.showGridLines;
  if (caps.freeze && sheet.frozenRows) ws.freezePanes.freezeRows(sheet.frozenRows);
  if (caps.pageLayout && sheet.print) {
    const p = sheet.print;
    const layout = ws.pageLayout;
    layout.orientation = p.orientation === "portrait" ? "Portrait" : "Landscape";
    layout.paperSize = "A4";
    layout.centerHorizontally = true;
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
    layout.headerMargin = p.margins.header * 72;
    layout.footerMargin = p.margins.footer * 72;
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  for (const chart of sheet.charts ?? []) {
    const lastCol = Math.max(...chart.series.map((s) => s.col));
    const data = ws.getRange(`${a1(chart.categories.fromRow - 1, chart.categories.col)}:${a1(chart.categories.toRow, lastCol)}`);
    const c = ws.charts.add("ColumnClustered", data, "Columns");
    c.title.text = chart.title;
    c.legend.position = "Bottom";
    const a = chart.anchor;
    c.setPosition(a1(a.row, a.col), a1(a.row + a.heightRows - 1, a.col + a.widthCols - 1));
  }
  // Last: protection locks formatting, so everything else is queued before it.
  if (caps.protection && sheet.protect) {
    ws.protection.protect(protectOptions(caps));
  }
}

/** Queues every sheet of a model under the given names (model name → workbook name). */
export function queueModel(context: Excel.RequestContext, model: SheetModel, names: Map<string, string>, caps: Capabilities): void {
  const workbook = context.workbook;
  for (const sheet of model.sheets) {
    const name = names.get(sheet.name) ?? sheet.name;
    const ws = workbook.worksheets.add(name);
    queueSheet(workbook, ws, sheet, model, caps);
  }
}
