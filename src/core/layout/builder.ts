// A small helper to place cells and merged blocks while building a sheet model.
import type { CellStyle, CellValue, Merge, ModelCell, ModelSheet } from "./model";

export class SheetBuilder {
  private made: ModelCell[] = [];
  readonly merges: Merge[] = [];
  readonly rowHeights: Record<number, number> = {};

  /** One cell. */
  put(
    row: number,
    col: number,
    value: CellValue | undefined,
    style: CellStyle,
    extra: Partial<ModelCell> = {},
  ): ModelCell {
    const cell: ModelCell = { row, col, style, ...extra };
    if (value !== undefined && value !== null && value !== "") cell.value = value;
    this.made.push(cell);
    return cell;
  }

  /**
   * A merged block: the top-left cell holds the content; every other cell of
   * the block carries the same style, so borders print on all sides.
   */
  block(
    top: number,
    left: number,
    bottom: number,
    right: number,
    value: CellValue | undefined,
    style: CellStyle,
    extra: Partial<ModelCell> = {},
  ): ModelCell {
    const master = this.put(top, left, value, style, extra);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) if (r !== top || c !== left) this.put(r, c, undefined, style);
    }
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return master;
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, Math.round(points));
  }

  /** Cells placed so far. */
  get cells(): readonly ModelCell[] {
    return this.made;
  }

  /** Cells placed since the last call, handed over (a band of rows when a sheet is made row by row). */
  take(): ModelCell[] {
    const band = this.made;
    this.made = [];
    return band;
  }

  sheet(name: string, rest: Omit<ModelSheet, "name" | "cells" | "merges" | "rowHeights">): ModelSheet {
    return { name, cells: this.made, merges: this.merges, rowHeights: this.rowHeights, ...rest };
  }
}

/**
 * Points needed to show `text` wrapped in a block `widthChars` wide. Bold capitals (the decree's header and
 * titles) take about a third more width per letter than running text: measured on Liberation Serif, the
 * metric twin of Times New Roman, as LibreOffice prints them.
 */
export function wrappedHeight(text: string, widthChars: number, fontSize: number, boldCaps = false): number {
  const perLine = Math.max(1, Math.floor((widthChars * 11 * (boldCaps ? 0.75 : 1.05)) / fontSize));
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return lines * fontSize * 1.35 + 4;
}
