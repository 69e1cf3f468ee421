// CellGrid: everything tonghop reads, whatever the source (an .xlsx file, the
// active workbook through Office.js). Only values, formulas and names: no
// styles. Sheets are fetched on demand so a file reader can skip the sheets a
// template does not use.

export type GridValue =
  | { t: "n"; v: number }
  | { t: "s"; v: string }
  | { t: "b"; v: boolean }
  /** An error value shown in the cell, e.g. "#VALUE!". */
  | { t: "e"; v: string };

export interface GridCell {
  /** The value shown (for a formula, its cached result); null when a formula has none. */
  value: GridValue | null;
  /** Formula text without "=", when the cell holds one. */
  formula?: string;
}

export interface GridSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  cell(row: number, col: number): GridCell | undefined;
  /** Every non-empty cell, in row order (for header search). */
  cells(): Iterable<[row: number, col: number, cell: GridCell]>;
}

export interface CellGrid {
  sheetNames: string[];
  sheet(name: string): GridSheet | undefined;
  /** Defined names → reference text ("'Báo cáo'!$B$12"). */
  names: Map<string, string>;
}

/** Cells are keyed row × KEY_ROW + column: one more than Excel's columns, so column XFD (16,384) stays in its row. */
const KEY_ROW = 16_385;

/** A sheet held in memory: for Office.js reads and tests. */
export class MemorySheet implements GridSheet {
  private readonly map = new Map<number, GridCell>();
  constructor(
    readonly name: string,
    readonly state: GridSheet["state"] = "visible",
  ) {}
  set(row: number, col: number, cell: GridCell): void {
    this.map.set(row * KEY_ROW + col, cell);
  }
  cell(row: number, col: number): GridCell | undefined {
    return this.map.get(row * KEY_ROW + col);
  }
  *cells(): Iterable<[number, number, GridCell]> {
    const keys = [...this.map.keys()].sort((a, b) => a - b);
    for (const k of keys) yield [Math.floor(k / KEY_ROW), k % KEY_ROW, this.map.get(k) as GridCell];
  }
}

/** Plain text of a cell as a user would read it (numbers as typed digits). */
export function cellText(cell: GridCell | undefined): string {
  const v = cell?.value;
  if (!v) return "";
  if (v.t === "s" || v.t === "e") return v.v;
  if (v.t === "b") return v.v ? "TRUE" : "FALSE";
  return String(v.v);
}
