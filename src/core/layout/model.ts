// The sheet model: a renderer-neutral description of everything tonghop
// writes. Layout functions build it; the .xlsx writer and the Office.js
// renderer draw exactly this and add nothing of their own, so a test can hold
// the two renderings against each other.

export type CellValue = string | number | boolean | null;

export interface Font {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; the model's default size when absent. */
  size?: number;
}

export interface CellStyle {
  font?: Font;
  horizontal?: "left" | "center" | "right" | "justify";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** A thin line on the top edge only (the short rules under the issuer and the title). */
  topRule?: boolean;
  /** Excel number format code ("#,##0", "0.0%", "dd/mm/yyyy"). */
  numFmt?: string;
  /** Under sheet protection, false lets the user type here. Default true. */
  locked?: boolean;
  /** Background colour, hex RRGGBB. */
  fill?: string;
}

/** What may be typed into an input cell: Excel data validation. */
export type ValidationHint = (
  | { type: "whole"; min: number; max: number }
  /** One of a few words, offered in a drop-down (a definition workbook's fixed-value columns). */
  | { type: "list"; values: string[] }
) & {
  /** Shown when the user types something else. */
  errorTitle: string;
  error: string;
  /** Shown when the cell is selected. */
  promptTitle: string;
  prompt: string;
};

export interface ModelCell {
  row: number; // 1-based
  col: number; // 1-based
  value?: CellValue;
  /** Formula without the leading "=", e.g. "SUM(B5:B9)"; `value` is then its cached result. */
  formula?: string;
  /** Excel date serial written with a date format. */
  date?: number;
  style: CellStyle;
  /** Workbook-scoped defined name pointing at this cell (and the cells below it, with `nameRows`). */
  name?: string;
  /** The name covers this many rows from this cell down (a summary's narrative, a row per unit). */
  nameRows?: number;
  validation?: ValidationHint;
}

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Scale to one page wide, as many pages tall as needed. */
  fitToWidth: boolean;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Rows repeated at the top of every printed page, e.g. [4, 5]. */
  repeatRows?: [number, number];
  /** Printed in black and white: fills (the input cells' pale yellow) do not print. */
  blackAndWhite?: boolean;
  /** Manual page breaks: a new page starts at each of these rows. */
  rowBreaks?: number[];
}

export interface BarChart {
  title: string;
  /** Category labels: a column range on this sheet. */
  categories: { fromRow: number; toRow: number; col: number };
  series: { name: string; fromRow: number; toRow: number; col: number }[];
  /** Where the chart is drawn (top-left cell, zero-based extents in cells). */
  anchor: { row: number; col: number; widthCols: number; heightRows: number };
}

export interface ModelSheet {
  name: string;
  state: "visible" | "hidden";
  /** Column widths in characters, index 0 = column A. */
  columns: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  cells: ModelCell[];
  merges: Merge[];
  /** Sheet protection without a password: guards labels, never locks a user out. */
  protect: boolean;
  showGridLines: boolean;
  print?: PrintSetup;
  /** Freeze panes below this many rows (0 = none). */
  frozenRows?: number;
  charts?: BarChart[];
}

export interface SheetModel {
  font: { name: string; size: number };
  sheets: ModelSheet[];
}

export const INPUT_FILL = "FFF9E5";

/**
 * What a protected sheet still lets the user do, for every writer (Excel's API in excel/capabilities.ts, the
 * XML in xlsx/sheet-xml.ts): resize columns and rows to read or print; never reformat cells (labels stay
 * put). No password: protection guards labels, it never locks a user out.
 */
export const SHEET_PROTECTION = { formatColumns: true, formatRows: true, formatCells: false } as const;

/** The last row and column a sheet uses (a loop: sheets can hold more cells than a spread allows). */
export function sheetExtent(sheet: ModelSheet): { maxRow: number; maxCol: number } {
  let maxRow = 1;
  let maxCol = Math.max(1, sheet.columns.length);
  for (const c of sheet.cells) {
    if (c.row > maxRow) maxRow = c.row;
    if (c.col > maxCol) maxCol = c.col;
  }
  for (const r of Object.keys(sheet.rowHeights)) maxRow = Math.max(maxRow, Number(r));
  return { maxRow, maxCol };
}

/**
 * A sheet as a renderer draws it: its name, visibility and charts known at once (the package and the open
 * workbook list them first), its content made only when its turn comes and dropped after. A summary of
 * thousands of units so never holds its large sheets all at once.
 */
export interface SheetPlan {
  name: string;
  state: ModelSheet["state"];
  /** How many charts the made sheet holds (the .xlsx package declares their parts before any sheet). */
  charts: number;
  make: () => ModelSheet;
  /** The same sheet made row by row, for a writer that draws it so (a long sheet without charts). */
  rows?: () => SheetRows;
}

/**
 * A long sheet made row by row: everything but its cells at once, then its cells in bands of whole rows, top
 * to bottom, each let go once drawn. Merges and row heights may grow while the bands are made.
 */
export interface SheetRows {
  /** The sheet with no cells. */
  sheet: ModelSheet;
  /** The last row and column any band uses (a package declares them before the rows). */
  extent: { maxRow: number; maxCol: number };
  bands: Iterable<ModelCell[]>;
}

/** A sheet made row by row, as a plan: `make` gathers the bands into the whole sheet. */
export function sheetByRows(name: string, state: ModelSheet["state"], rows: () => SheetRows): SheetPlan {
  const make = () => {
    const r = rows();
    const cells: ModelCell[] = [];
    for (const band of r.bands) for (const c of band) cells.push(c);
    return { ...r.sheet, cells };
  };
  return { name, state, charts: 0, make, rows };
}

/** A workbook drawn sheet by sheet: what both renderers (xlsx/write.ts, excel/render.ts) draw. */
export interface WorkbookPlan {
  font: SheetModel["font"];
  sheets: SheetPlan[];
}

/** A sheet already made, as a plan. */
export function readySheet(sheet: ModelSheet): SheetPlan {
  return { name: sheet.name, state: sheet.state, charts: sheet.charts?.length ?? 0, make: () => sheet };
}

export function planOf(model: SheetModel): WorkbookPlan {
  return { font: model.font, sheets: model.sheets.map(readySheet) };
}

/** A whole model or a plan, as a plan: what the renderers take. */
export function asPlan(model: SheetModel | WorkbookPlan): WorkbookPlan {
  return model.sheets.every((s) => "make" in s) ? (model as WorkbookPlan) : planOf(model as SheetModel);
}

/** Every sheet of a plan made at once: for readers of a whole model (tests, small workbooks). */
export function modelOf(plan: WorkbookPlan): SheetModel {
  return { font: plan.font, sheets: plan.sheets.map((s) => s.make()) };
}
