// How a report sheet prints (Decree 30): A4 portrait in the decree's margins, one page wide, in black and white
// (the pale-yellow input cells do not print), and a page break placed so the signature never stands on a page
// of its own. Pure: estimates pages from the sheet's row heights and column widths.
import { inches, PAGE, textWidthMm } from "../form/decree30";
import type { CellStyle, ModelSheet, PrintSetup } from "./model";

const m = PAGE.margins;
export const REPORT_PRINT: PrintSetup = {
  paper: "A4",
  orientation: "portrait",
  fitToWidth: true,
  margins: {
    left: inches(m.leftMm),
    right: inches(m.rightMm),
    top: inches(m.topMm),
    bottom: inches(m.bottomMm),
    header: inches(m.headerMm),
    footer: inches(m.footerMm),
  },
  blackAndWhite: true,
};

/** The short rules under the issuer and the title: a thin line on the top edge of a thin row's middle cells. */
export const RULE: CellStyle = { topRule: true };

/** Row height where a sheet sets none (xlsx/sheet-xml.ts writes it as the sheet's default). */
export const DEFAULT_ROW_HEIGHT = 18;
const PT_PER_MM = 72 / 25.4;
/** Pages hold somewhat less than the estimate: renderers measure columns and fonts their own way. */
const SAFETY = 0.9;

/** Excel's column width (characters) in points. */
const columnPoints = (chars: number) => (chars * 7 + 5) * 0.75;

/**
 * Where a sheet's rows fall on printed pages as Excel lays them out (A4 in the margins, scaled to one page
 * wide): how many points of rows a page holds, and how far down its page each row up to `last` starts.
 */
export function rowsOnPages(sheet: ModelSheet, last: number): { capacity: number; tops: number[] } {
  const print = sheet.print ?? REPORT_PRINT;
  const width = sheet.columns.reduce((n, c) => n + columnPoints(c), 0);
  const printable = textWidthMm(print.orientation) * PT_PER_MM;
  const scale = print.fitToWidth ? Math.min(1, printable / width) : 1;
  const heightMm = (print.orientation === "portrait" ? PAGE.heightMm : PAGE.widthMm) - m.topMm - m.bottomMm;
  const capacity = (heightMm * PT_PER_MM) / scale;
  const tops = [0];
  let used = 0;
  for (let r = 1; r <= last; r++) {
    const h = rowHeight(sheet, r);
    if (used + h > capacity) used = 0;
    tops[r] = used;
    used += h;
  }
  return { capacity, tops };
}

export const rowHeight = (sheet: ModelSheet, row: number): number => sheet.rowHeights[row] ?? DEFAULT_ROW_HEIGHT;

/**
 * A page break before `keepFrom` when the rows from it to `last` (the last text or table, then the signature)
 * would not print on the page `keepFrom` falls on: the signature then goes onto a page with text above it, never
 * alone. A margin allows for a renderer measuring a little differently.
 */
export function keepWithText(sheet: ModelSheet, keepFrom: number, last: number): Pick<PrintSetup, "rowBreaks"> {
  const { capacity, tops } = rowsOnPages(sheet, last);
  if (tops[keepFrom] === 0) return {}; // It starts a page already.
  let block = 0;
  for (let r = keepFrom; r <= last; r++) block += rowHeight(sheet, r);
  return tops[keepFrom] + block > capacity * SAFETY ? { rowBreaks: [keepFrom] } : {};
}
