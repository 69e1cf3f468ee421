// Draws a sheet model into the open workbook through Office.js — the same
// model the .xlsx writer draws, adding nothing of its own. Values go in row
// chunks and formats by blocks (one command per rectangle of cells sharing a
// style), and a SyncBudget syncs before a request would pass 4 MB, so round trips
// grow with the bytes written while each request stays within Excel's limit.
import { a1, colLetter } from "../core/form/a1";
import { MAX_OFFICE_JS_VALIDATION_BOUND } from "../core/limits";
import {
  sheetExtent,
  type CellStyle,
  type ModelCell,
  type ModelSheet,
  type SheetModel,
  type ValidationHint,
  type WorkbookPlan,
} from "../core/layout/model";
import { blocks, spans, type Block } from "./blocks";
import { jsonBytes, type SyncBudget } from "./budget";
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

/** Sets a style on a block of a new sheet; Excel's defaults (not bold, locked…) are left as they are. Returns the commands queued. */
function applyStyle(range: Excel.Range, s: CellStyle, font: SheetModel["font"], caps: Capabilities): number {
  const format = range.format;
  let n = 2;
  format.font.name = font.name;
  format.font.size = s.font?.size ?? font.size;
  if (s.font?.bold) n += set(() => (format.font.bold = true));
  if (s.font?.italic) n += set(() => (format.font.italic = true));
  if (s.font?.underline) n += set(() => (format.font.underline = "Single"));
  if (s.horizontal) n += set(() => (format.horizontalAlignment = H_ALIGN[s.horizontal as keyof typeof H_ALIGN]));
  if (s.vertical) n += set(() => (format.verticalAlignment = V_ALIGN[s.vertical as keyof typeof V_ALIGN]));
  if (s.wrap) n += set(() => (format.wrapText = true));
  if (s.fill) n += set(() => (format.fill.color = "#" + s.fill));
  if (s.border || s.topRule) {
    for (const edge of s.border ? EDGES : (["EdgeTop"] as const)) {
      const b = format.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
      n += 3;
    }
  }
  if (caps.protection && s.locked === false) n += set(() => (format.protection.locked = false));
  return n;
}

function set(f: () => unknown): number {
  f();
  return 1;
}

/**
 * A whole-number rule Excel accepts from an add-in: bounds above MAX_OFFICE_JS_VALIDATION_BOUND make the
 * request fail (office-js#3088), so such an upper bound is left out ("≥ min"); tonghop's value rules check it.
 */
export function wholeNumberRule(min: number, max: number): Excel.DataValidationRule {
  if (max <= MAX_OFFICE_JS_VALIDATION_BOUND)
    return { wholeNumber: { formula1: min, formula2: max, operator: "Between" } };
  return { wholeNumber: { formula1: min, operator: "GreaterThanOrEqualTo" } };
}

function applyValidation(range: Excel.Range, v: ValidationHint): void {
  range.dataValidation.rule =
    v.type === "whole" ? wholeNumberRule(v.min, v.max) : { list: { inCellDropDown: true, source: v.values.join(",") } };
  range.dataValidation.errorAlert = { message: v.error, showAlert: true, style: "Stop", title: v.errorTitle };
  range.dataValidation.prompt = { message: v.prompt, showPrompt: true, title: v.promptTitle };
}

/** An A4 page in points, portrait (the long side in landscape). */
const A4 = { width: 595.28, height: 841.89 };
/** A row's height in points where the model sets none: above Excel's default for 12-point text (15.75), so never too few. */
const ROW_POINTS = 20;

/**
 * "One page wide, as many tall as needed" in documented values. Excel's own setting for it (fitToHeight 0 in
 * a file) has no documented Office.js form: verticalFitToPages is "the number of pages to fit vertically", 0
 * is not a documented value (office-js#1860 shows fitting as a delicate area). So the pages tall are counted:
 * as many as the sheet takes unscaled, two more for rows the user adds. Fitting to width never enlarges, so at
 * least that many pages always fit the sheet and the height never shrinks it: only the width decides.
 */
export function fitToWidthZoom(sheet: ModelSheet): Excel.PageLayoutZoomOptions {
  const p = sheet.print;
  const { maxRow } = sheetExtent(sheet);
  let height = 0;
  for (let r = 1; r <= maxRow; r++) height += sheet.rowHeights[r] ?? ROW_POINTS;
  const pageHeight =
    (p?.orientation === "landscape" ? A4.width : A4.height) - 72 * ((p?.margins.top ?? 0) + (p?.margins.bottom ?? 0));
  return { horizontalFitToPages: 1, verticalFitToPages: Math.ceil(height / Math.max(72, pageHeight)) + 2 };
}

const address = (b: Block) =>
  b.top === b.bottom && b.left === b.right ? a1(b.top, b.left) : `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;

/** Rows of values (formulas as "=…", text behind an apostrophe) are sent in chunks of at most this many bytes. */
const VALUES_CHUNK = 512 * 1024;

function cellInput(c: ModelCell): string | number | boolean {
  if (c.formula !== undefined) return "=" + c.formula;
  if (c.date !== undefined) return c.date;
  if (typeof c.value === "string") return asText(c.value);
  return c.value ?? "";
}

/** Writes the values and formulas of a sheet in row chunks sized by their bytes. */
async function writeValues(ws: Excel.Worksheet, sheet: ModelSheet, budget: SyncBudget): Promise<void> {
  const { maxRow, maxCol } = sheetExtent(sheet);
  const rows: (string | number | boolean)[][] = Array.from({ length: maxRow }, () =>
    Array<string | number | boolean>(maxCol).fill(""),
  );
  for (const c of sheet.cells) rows[c.row - 1][c.col - 1] = cellInput(c);
  let from = 0;
  let bytes = 0;
  for (let r = 0; r < maxRow; r++) {
    bytes += jsonBytes(rows[r]);
    if (bytes < VALUES_CHUNK && r < maxRow - 1) continue;
    ws.getRange(`A${from + 1}:${a1(r + 1, maxCol)}`).values = rows.slice(from, r + 1);
    await budget.add(1, bytes);
    from = r + 1;
    bytes = 0;
  }
}

/**
 * Writes one model sheet into worksheet `ws` (already added): values, then
 * formats by blocks, sizes, names, layout, charts, and protection last. Syncs
 * through `budget` whenever the queued commands near the request limit.
 */
export async function writeSheet(
  workbook: Excel.Workbook,
  ws: Excel.Worksheet,
  sheet: ModelSheet,
  font: SheetModel["font"],
  caps: Capabilities,
  budget: SyncBudget,
): Promise<void> {
  await writeValues(ws, sheet, budget);
  for (const b of blocks(sheet.cells, (c) => JSON.stringify(c.style))) {
    const range = ws.getRange(address(b));
    const fmt = b.cell.style.numFmt;
    const rows = b.bottom - b.top + 1;
    const cols = b.right - b.left + 1;
    const formats = fmt ? Array.from({ length: rows }, () => Array<string>(cols).fill(fmt)) : undefined;
    if (formats) range.numberFormat = formats;
    await budget.add(applyStyle(range, b.cell.style, font, caps) + 1, formats ? jsonBytes(formats) : 0);
  }
  if (caps.validation) {
    for (const b of blocks(sheet.cells, (c) => (c.validation ? JSON.stringify(c.validation) : undefined))) {
      const v = b.cell.validation as ValidationHint;
      applyValidation(ws.getRange(address(b)), v);
      await budget.add(4, jsonBytes(v));
    }
  }
  if (caps.protection)
    for (const m of sheet.merges) ws.getRange(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).merge(false);
  if (caps.sheetShape) {
    for (const [from, to, w] of spans(sheet.columns.map((w, i) => [i + 1, w] as [number, number]))) {
      ws.getRange(`${colLetter(from)}:${colLetter(to)}`).format.columnWidth = widthToPoints(w);
    }
    for (const [from, to, h] of spans(
      Object.entries(sheet.rowHeights).map(([r, h]) => [Number(r), h] as [number, number]),
    )) {
      ws.getRange(`${from}:${to}`).format.rowHeight = h;
    }
  }
  if (caps.names)
    for (const c of sheet.cells)
      if (c.name)
        workbook.names.add(
          c.name,
          ws.getRange(
            (c.nameRows ?? 1) > 1
              ? `${a1(c.row, c.col)}:${a1(c.row + (c.nameRows ?? 1) - 1, c.col)}`
              : a1(c.row, c.col),
          ),
        );
  await budget.add(
    sheet.merges.length +
      sheet.columns.length +
      Object.keys(sheet.rowHeights).length +
      sheet.cells.filter((c) => c.name).length,
  );

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
    if (p.fitToWidth) layout.zoom = fitToWidthZoom(sheet);
    if (p.blackAndWhite) layout.blackAndWhite = true;
    for (const r of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(a1(r, 1));
  }
  for (const chart of sheet.charts ?? []) {
    const lastCol = Math.max(...chart.series.map((s) => s.col));
    const data = ws.getRange(
      `${a1(chart.categories.fromRow - 1, chart.categories.col)}:${a1(chart.categories.toRow, lastCol)}`,
    );
    const c = ws.charts.add("ColumnClustered", data, "Columns");
    c.title.text = chart.title;
    c.legend.position = "Bottom";
    const a = chart.anchor;
    c.setPosition(a1(a.row, a.col), a1(a.row + a.heightRows - 1, a.col + a.widthCols - 1));
  }
  // Last: protection locks formatting, so everything else is queued before it.
  if (caps.protection && sheet.protect) ws.protection.protect(protectOptions(caps));
  await budget.add(20);
}

/**
 * Writes every sheet of a plan under the given names (model name → workbook
 * name). All sheets are added first, so a write that fails halfway leaves
 * tonghop's marked sheets for the next try to replace; then each is made,
 * written and let go, one at a time.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  model: WorkbookPlan,
  names: Map<string, string>,
  caps: Capabilities,
  budget: SyncBudget,
): Promise<void> {
  const workbook = context.workbook;
  const added = model.sheets.map((sheet) => workbook.worksheets.add(names.get(sheet.name) ?? sheet.name));
  await budget.add(added.length);
  for (const [i, planned] of model.sheets.entries())
    await writeSheet(workbook, added[i], planned.make(), model.font, caps, budget);
}
