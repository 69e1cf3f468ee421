// Cells grouped into rectangles that share a key (a style, a validation rule), so
// one Office.js command formats a whole table body or a column of numbers instead
// of one command per row. Pure.
import type { ModelCell } from "../core/layout/model";

export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** A cell of the block: all share its key. */
  cell: ModelCell;
}

/**
 * Runs of consecutive cells of a row with the same key, stacked into rectangles
 * when the row below has a run with the same columns and key.
 */
export function blocks(cells: ModelCell[], key: (c: ModelCell) => string | undefined): Block[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: (Block & { key: string })[] = [];
  for (const c of sorted) {
    const k = key(c);
    if (k === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1 && last.key === k) last.right = c.col;
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col, cell: c, key: k });
  }
  const open = new Map<string, Block & { key: string }>();
  const out: (Block & { key: string })[] = [];
  for (const r of runs) {
    const id = `${r.left}:${r.right}:${r.key}`;
    const above = open.get(id);
    if (above && above.bottom === r.top - 1) above.bottom = r.top;
    else {
      open.set(id, r);
      out.push(r);
    }
  }
  return out.map(({ top, left, bottom, right, cell }) => ({ top, left, bottom, right, cell }));
}

/** Consecutive indexes (1-based) with equal values, as [from, to, value]. */
export function spans<T>(values: [number, T][]): [number, number, T][] {
  const out: [number, number, T][] = [];
  for (const [i, v] of [...values].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  }
  return out;
}
