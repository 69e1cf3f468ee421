// Finds each input cell of a template in a grid: by the defined names tonghop
// wrote, then by the addresses its metadata sheet recorded, then by the
// printed headers. Checks the headers above what names point at, so a
// relabelled header or a moved column is reported, not silently misread.
import { a1, colNumber, parseSheetRef } from "../layout/a1";
import { fieldName } from "../layout/names";
import { fieldHeader, ROW_TABLE_HEADERS } from "../layout/headers";
import { messages } from "../i18n/messages";
import type { Finding } from "../report";
import { fieldTitle, type Field, type TallyTable, type Template } from "../templates";
import { cellText, type CellGrid, type GridSheet } from "./grid";

export interface Position {
  sheet: string;
  row: number;
  col: number;
}

export function normText(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}

/** Every text cell of a sheet by its normalised text: built once per sheet. */
class TextIndex {
  private readonly map = new Map<string, [number, number][]>();
  constructor(readonly sheet: GridSheet) {
    for (const [row, col, cell] of sheet.cells()) {
      if (cell.value?.t !== "s") continue;
      const key = normText(cell.value.v);
      const list = this.map.get(key);
      if (list) list.push([row, col]);
      else this.map.set(key, [[row, col]]);
    }
  }
  find(text: string): [number, number][] {
    return this.map.get(normText(text)) ?? [];
  }
  textAt(row: number, col: number): string {
    return cellText(this.sheet.cell(row, col));
  }
}

/** Positions of a table's fields found by its printed headers, or null. */
function byHeaders(table: TallyTable, idx: TextIndex): Map<string, Position> | null {
  const found = new Map<string, Position>();
  const sheet = idx.sheet.name;
  if (table.orientation === "columns") {
    for (const g of table.groups) {
      if (g.label === undefined) {
        // One-level columns: the header spans both header rows, the input is below them.
        for (const f of g.fields) {
          const hit = idx.find(fieldHeader(f))[0] ?? idx.find(f.label)[0];
          if (!hit) return null;
          const numbered = isColumnNumberRow(idx.sheet, hit[0] + 2, [hit[1]]);
          found.set(f.id, { sheet, row: hit[0] + (numbered ? 3 : 2), col: hit[1] });
        }
        continue;
      }
      let ok = false;
      for (const [r, c] of idx.find(g.label)) {
        const span = g.fields.length;
        const cols = Array.from({ length: span }, (_, k) => c + k);
        const hits = g.fields.map((f) => cols.find((col) => matchesHeader(idx.textAt(r + 1, col), f)));
        if (hits.every((h) => h !== undefined)) {
          const valueRow = isColumnNumberRow(idx.sheet, r + 2, hits as number[]) ? r + 3 : r + 2;
          g.fields.forEach((f, k) => found.set(f.id, { sheet, row: valueRow, col: hits[k] as number }));
          ok = true;
          break;
        }
      }
      if (!ok) return null;
    }
    return found;
  }
  const valueHeader = idx.find(ROW_TABLE_HEADERS.value)[0];
  if (!valueHeader) return null;
  const [headerRow, valueCol] = valueHeader;
  for (const g of table.groups) {
    for (const f of g.fields) {
      const hit = idx.find(f.label).find(([r]) => r > headerRow);
      if (!hit) return null;
      found.set(f.id, { sheet, row: hit[0], col: valueCol });
    }
  }
  return found;
}

const expectedHeaders = new WeakMap<Field, [string, string, string]>();

/** Whether printed text is this field's header (exact text first: the usual case, and cheap). */
function matchesHeader(text: string, f: Field): boolean {
  let e = expectedHeaders.get(f);
  if (!e) {
    e = [fieldHeader(f), normText(fieldHeader(f)), normText(f.label)];
    expectedHeaders.set(f, e);
  }
  if (text === e[0]) return true;
  const t = normText(text);
  return t === e[1] || t === e[2];
}

/** A column-number cell under a table header: "(1)", "1", "A", "(a)". */
const COLUMN_NUMBER = /^\(?\s*(\d{1,3}|[A-Za-z])\s*\)?$/;

function columnNumber(text: string): { n: number; definite: boolean } | undefined {
  const m = COLUMN_NUMBER.exec(text.trim());
  if (!m) return undefined;
  const letter = /[A-Za-z]/.test(m[1]);
  const n = letter ? colNumber(m[1].toUpperCase()) : Number(m[1]);
  // "(1)" and "A" cannot be a figure; a bare 1 can.
  return { n, definite: letter || text.includes("(") };
}

/**
 * Whether a row under a table's headers numbers its columns ("(1) (2) (3)",
 * "A B C", "1 2 3") rather than holding the figures. Bare numbers count only
 * when they run on by one and the row below holds something: a unit whose
 * real figures are 1, 2, 3 keeps them.
 */
export function isColumnNumberRow(sheet: GridSheet, row: number, cols: number[]): boolean {
  const marks = cols.map((c) => columnNumber(cellText(sheet.cell(row, c))));
  if (marks.length === 0 || marks.some((m) => !m)) return false;
  const nums = marks as { n: number; definite: boolean }[];
  if (!nums.every((m, i) => i === 0 || m.n === nums[i - 1].n + 1)) return false;
  if (nums.some((m) => m.definite)) return true;
  return nums.length > 1 && cols.some((c) => sheet.cell(row + 1, c)?.value != null);
}

/** The printed header that should label the input at `pos`, and what is there. */
function headerAt(
  table: TallyTable,
  f: Field,
  pos: Position,
  sheet: GridSheet,
): { ok: boolean; found: string; cell: string; expected: string } {
  if (table.orientation === "columns") {
    const oneLevel = table.groups.some((g) => g.label === undefined && g.fields.includes(f));
    const gap = oneLevel ? 2 : 1;
    // A column-number row ("(1) (2) (3)") may sit between the header and the input.
    const numbered =
      columnNumber(cellText(sheet.cell(pos.row - 1, pos.col))) !== undefined &&
      matchesHeader(cellText(sheet.cell(pos.row - 1 - gap, pos.col)), f);
    const row = pos.row - gap - (numbered ? 1 : 0);
    const found = cellText(sheet.cell(row, pos.col));
    return { ok: matchesHeader(found, f), found, cell: a1(row, pos.col), expected: fieldHeader(f) };
  }
  for (let col = pos.col - 1; col >= 1; col--) {
    const text = cellText(sheet.cell(pos.row, col));
    if (normText(text) === normText(f.label))
      return { ok: true, found: text, cell: a1(pos.row, col), expected: f.label };
  }
  // Indicator lists print the label in column B (merged across to the unit column).
  return { ok: false, found: cellText(sheet.cell(pos.row, 2)), cell: a1(pos.row, 2), expected: f.label };
}

export interface Located {
  positions: Map<string, Position>;
  findings: Finding[];
  /** The sheet the report's tables are on. */
  reportSheet?: string;
}

/** Locates every field; `metaRefs` are the meta sheet's "field:<id>" addresses. */
export function locateFields(t: Template, grid: CellGrid, metaRefs: Map<string, string>): Located {
  const positions = new Map<string, Position>();
  const findings: Finding[] = [];
  const indexes = new Map<string, TextIndex>();
  const indexOf = (name: string): TextIndex | undefined => {
    if (!indexes.has(name)) {
      const s = grid.sheet(name);
      if (s) indexes.set(name, new TextIndex(s));
    }
    return indexes.get(name);
  };

  for (const table of t.tables) {
    const fields = table.groups.flatMap((g) => g.fields);
    const declared = new Map<string, Position>();
    for (const f of fields) {
      const pos = refPosition(grid, grid.names.get(fieldName(f.id))) ?? refPosition(grid, metaRefs.get(f.id));
      if (pos) declared.set(f.id, pos);
    }
    // Sheets to search by headers: where declared cells are, else every visible sheet.
    const candidates = [...new Set([...declared.values()].map((p) => p.sheet))];
    if (candidates.length === 0) candidates.push(...grid.sheetNames.filter((n) => grid.sheet(n)?.state === "visible"));
    let headerPositions: Map<string, Position> | null | undefined;
    const viaHeaders = (): Map<string, Position> | null => {
      if (headerPositions === undefined) {
        headerPositions = null;
        for (const name of candidates) {
          const idx = indexOf(name);
          const hit = idx ? byHeaders(table, idx) : null;
          if (hit) {
            headerPositions = hit;
            break;
          }
        }
      }
      return headerPositions;
    };

    for (const f of fields) {
      const pos = declared.get(f.id);
      if (!pos) {
        const h = viaHeaders()?.get(f.id);
        if (h) positions.set(f.id, h);
        else
          findings.push({
            code: "field_missing",
            severity: "error",
            field: f.id,
            table: table.id,
            sheet: candidates[0] ?? "",
            cell: "",
            message: messages.fieldMissing(fieldTitle(t, f.id)),
          });
        continue;
      }
      const sheet = grid.sheet(pos.sheet) as GridSheet;
      const head = headerAt(table, f, pos, sheet);
      if (head.ok) {
        positions.set(f.id, pos);
        continue;
      }
      const h = viaHeaders()?.get(f.id);
      if (h && (h.row !== pos.row || h.col !== pos.col || h.sheet !== pos.sheet)) {
        positions.set(f.id, h);
        findings.push({
          code: "columns_moved",
          severity: "error",
          field: f.id,
          table: table.id,
          sheet: h.sheet,
          cell: a1(h.row, h.col),
          message: messages.columnsMoved(fieldTitle(t, f.id), a1(pos.row, pos.col), a1(h.row, h.col)),
        });
      } else {
        positions.set(f.id, pos);
        findings.push({
          code: "header_changed",
          severity: "warning",
          field: f.id,
          table: table.id,
          sheet: pos.sheet,
          cell: head.cell,
          message: messages.headerChanged(head.cell, head.found, head.expected),
        });
      }
    }
  }
  const reportSheet = [...positions.values()][0]?.sheet;
  return { positions, findings, reportSheet };
}

/** A reference ("'Báo cáo'!$B$12") resolved to a position on an existing sheet. */
export function refPosition(grid: CellGrid, ref: string | undefined): Position | undefined {
  const p = ref ? parseSheetRef(ref) : null;
  // Listed in the workbook is not enough: the sheet's part may be missing.
  return p && grid.sheetNames.includes(p.sheet) && grid.sheet(p.sheet) ? p : undefined;
}

/** Each sheet's texts, normalised once, with the first cell holding each: a template's every section looks here. */
const headingCells = new WeakMap<GridSheet, Map<string, [number, number]>>();

/** Finds a narrative text area below its printed heading (when names and metadata are lost). */
export function narrativeByHeading(grid: CellGrid, sheetName: string, heading: string): Position | undefined {
  const sheet = grid.sheet(sheetName);
  if (!sheet) return undefined;
  let texts = headingCells.get(sheet);
  if (!texts) {
    texts = new Map();
    for (const [row, col, cell] of sheet.cells()) {
      const key = cell.value?.t === "s" ? normText(cell.value.v) : undefined;
      if (key !== undefined && !texts.has(key)) texts.set(key, [row, col]);
    }
    headingCells.set(sheet, texts);
  }
  const hit = texts.get(normText(heading));
  return hit ? { sheet: sheetName, row: hit[0] + 1, col: hit[1] } : undefined;
}
