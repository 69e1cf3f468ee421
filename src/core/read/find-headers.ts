// Finds a tally table's inputs by its printed headers, as people print them:
// each field on its own, so a label typed differently costs that field, never
// the whole table. Where a field cannot be found, says which printed label
// came closest. Used when a report lost its names and metadata (a copied
// sheet, a form typed by hand) and to check the headers above named cells.
import { fieldHeader, ROW_TABLE_HEADERS, ROW_TABLE_VALUE_HEADERS } from "../form/headers";
import { labelKey } from "../form/labels";
import { COLUMN_TABLE } from "../form/table-shape";
import type { Field, TallyTable } from "../templates";
import { editDistance } from "../units";
import type { GridSheet } from "./grid";
import { isColumnNumberRow } from "./column-number-row";
import type { Hit, TextIndex } from "./text-index";

export interface Position {
  sheet: string;
  row: number;
  col: number;
}

/** The printed label nearest to a field's, and where: said when the field is not found. */
export interface Nearest {
  text: string;
  row: number;
  col: number;
}

export interface TableByHeaders {
  found: Map<string, Position>;
  /** Fields not found, with the nearest printed label where one is near enough to name. */
  missing: Map<string, Nearest | undefined>;
}

/** A field's header as printed, or its bare label ("Kinh phí (đồng)" or "Kinh phí"). */
function headerHits(idx: TextIndex, f: Field): Hit[] {
  const printed = idx.find(fieldHeader(f));
  return printed.length ? printed : idx.find(f.label);
}

/** Whether the text printed at a cell is this field's header. */
export function isHeaderOf(idx: TextIndex, f: Field, row: number, col: number): boolean {
  return headerHits(idx, f).some(([r, c]) => r === row && c === col);
}

/** The row of inputs under a header row: the next, or the one after a column-number row ("(1) (2) (3)"). */
function inputRowBelow(sheet: GridSheet, headerRow: number, cols: number[]): number {
  return isColumnNumberRow(sheet, headerRow + 1, cols) ? headerRow + 2 : headerRow + 1;
}

function byColumns(table: TallyTable, idx: TextIndex): TableByHeaders {
  const found = new Map<string, Position>();
  const missing = new Map<string, Nearest | undefined>();
  const sheet = idx.sheet.name;
  for (const g of table.groups) {
    if (g.label === undefined) {
      // One-level columns: the header spans both header rows, the input is below them.
      for (const f of g.fields) {
        const hit = headerHits(idx, f)[0];
        if (!hit) {
          missing.set(f.id, nearest(idx, fieldHeader(f)));
          continue;
        }
        const row = inputRowBelow(idx.sheet, hit[0] + COLUMN_TABLE.fieldRow, [hit[1]]);
        found.set(f.id, { sheet, row, col: hit[1] });
      }
      continue;
    }
    // The group label, then each field's header on the row below, near the label's columns.
    let best: { cols: (number | undefined)[]; row: number } | undefined;
    for (const [r, c] of idx.find(g.label)) {
      const subRow = r + COLUMN_TABLE.fieldRow;
      // A merged group label stands in its first column; its fields' headers under it, in any order.
      const used = new Set<number>();
      const cols = g.fields.map((f) => {
        for (let col = c; col <= c + g.fields.length; col++) {
          if (!used.has(col) && isHeaderOf(idx, f, subRow, col)) {
            used.add(col);
            return col;
          }
        }
        return undefined;
      });
      const n = cols.filter((x) => x !== undefined).length;
      if (!best || n > best.cols.filter((x) => x !== undefined).length) best = { cols, row: subRow };
    }
    g.fields.forEach((f, k) => {
      const col = best?.cols[k];
      if (best && col !== undefined) {
        const cols = best.cols.filter((x): x is number => x !== undefined);
        found.set(f.id, { sheet, row: inputRowBelow(idx.sheet, best.row, cols), col });
      } else missing.set(f.id, best ? nearestInRow(idx, fieldHeader(f), best.row) : nearest(idx, g.label ?? ""));
    });
  }
  return { found, missing };
}

/** The column of figures in a table laid out in rows: under "Số liệu" (or its like), else where figures stand. */
function valueColumn(idx: TextIndex, labelHits: Hit[]): { col: number; below: number } | undefined {
  for (const words of [ROW_TABLE_HEADERS.value, ...ROW_TABLE_VALUE_HEADERS]) {
    const hit = idx.find(words)[0];
    if (hit) return { col: hit[1], below: hit[0] };
  }
  // No header for the figures: the column right of the labels that holds numbers on most of their rows.
  const votes = new Map<number, number>();
  for (const [r, c] of labelHits) {
    for (let col = c + 1; col <= c + 8; col++) {
      const v = idx.sheet.cell(r, col)?.value;
      if (v?.t === "n" || (v?.t === "s" && /^\s*[\d.,\s]+\s*$/.test(v.v))) {
        votes.set(col, (votes.get(col) ?? 0) + 1);
        break;
      }
    }
  }
  const top = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return top ? { col: top[0], below: 0 } : undefined;
}

function byRows(table: TallyTable, idx: TextIndex): TableByHeaders {
  const found = new Map<string, Position>();
  const missing = new Map<string, Nearest | undefined>();
  const fields = table.groups.flatMap((g) => g.fields);
  const hits = new Map(fields.map((f) => [f.id, idx.find(f.label)]));
  const value = valueColumn(idx, [...hits.values()].flat());
  let after = value?.below ?? 0;
  for (const f of fields) {
    const list = (hits.get(f.id) ?? []).filter(([r, c]) => r > (value?.below ?? 0) && c !== value?.col);
    // Labels are in order: the first after the previous field's row, else the first below the header.
    const hit = list.find(([r]) => r > after) ?? list[0];
    if (!hit || !value) {
      missing.set(f.id, nearest(idx, f.label, value?.below ?? 0));
      continue;
    }
    found.set(f.id, { sheet: idx.sheet.name, row: hit[0], col: value.col });
    after = hit[0];
  }
  return { found, missing };
}

/** Positions of a table's fields found by its printed headers, and the nearest label of each field not found. */
export function findByHeaders(table: TallyTable, idx: TextIndex): TableByHeaders {
  return table.orientation === "columns" ? byColumns(table, idx) : byRows(table, idx);
}

/** Labels longer than this are compared by their start only: the cost of a comparison stays bounded. */
const COMPARED = 80;

function closest(target: string, candidates: Iterable<{ key: string; text: string; hit: Hit }>): Nearest | undefined {
  const key = labelKey(target).slice(0, COMPARED);
  const max = Math.max(2, Math.floor(key.length / 3));
  let best: { d: number; n: Nearest } | undefined;
  for (const c of candidates) {
    const d = editDistance(key, c.key.slice(0, COMPARED), max);
    if (d <= max && (!best || d < best.d)) best = { d, n: { text: c.text, row: c.hit[0], col: c.hit[1] } };
  }
  return best?.n;
}

/** The printed label nearest to `label` anywhere below `fromRow` (at most a few thousand labels are compared). */
function nearest(idx: TextIndex, label: string, fromRow = 0): Nearest | undefined {
  return closest(label, idx.labels.filter((l) => l.hit[0] > fromRow).slice(0, 4_000));
}

function nearestInRow(idx: TextIndex, label: string, row: number): Nearest | undefined {
  return closest(
    label,
    idx.labels.filter((l) => l.hit[0] === row),
  );
}
