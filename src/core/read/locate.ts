// Finds each input cell of a template in a grid: by the defined names tonghop
// wrote, then by the addresses its metadata sheet recorded, then by the
// printed headers, each field on its own. Checks the headers above what names
// point at, so a relabelled header or a moved column is reported, not
// silently misread; a field found nowhere is an error naming its table, the
// label looked for and the nearest label printed.
import { a1, parseSheetRange, parseSheetRef } from "../form/a1";
import { fieldHeader } from "../form/headers";
import { labelKey } from "../form/labels";
import { fieldName } from "../form/names";
import { messages } from "../i18n/messages";
import type { Finding } from "../vocabulary";
import { fieldTitle, type Field, type TallyTable, type Template } from "../templates";
import type { CellGrid, GridSheet } from "./grid";
import { findByHeaders, isHeaderOf, type Nearest, type Position, type TableByHeaders } from "./find-headers";
import { textIndex, type TextIndex } from "./text-index";

export type { Position } from "./find-headers";

/** How much of a table was found, for saying what was looked for when a file is not recognised. */
export interface TableFound {
  table: TallyTable;
  found: number;
  total: number;
  /** The first field not found, and the nearest label printed for it. */
  firstMissing?: { field: Field; nearest?: Nearest; sheet: string };
}

export interface Located {
  positions: Map<string, Position>;
  findings: Finding[];
  /** The sheet the report's tables are on. */
  reportSheet?: string;
  tables: TableFound[];
}

/** Whether the header printed above (columns) or beside (rows) the input at `pos` is the field's. */
function headerAt(
  table: TallyTable,
  f: Field,
  pos: Position,
  idx: TextIndex,
): { ok: boolean; found: string; cell: string; expected: string } {
  if (table.orientation === "columns") {
    const oneLevel = table.groups.some((g) => g.label === undefined && g.fields.includes(f));
    const gap = oneLevel ? 2 : 1;
    // A column-number row ("(1) (2) (3)") may sit between the header and the input.
    for (const row of [pos.row - gap, pos.row - gap - 1]) {
      if (row >= 1 && isHeaderOf(idx, f, row, pos.col)) return { ok: true, found: "", cell: "", expected: "" };
    }
    const row = Math.max(1, pos.row - gap);
    return { ok: false, found: idx.textAt(row, pos.col), cell: a1(row, pos.col), expected: fieldHeader(f) };
  }
  if (idx.find(f.label).some(([r, c]) => r === pos.row && c < pos.col))
    return { ok: true, found: "", cell: "", expected: "" };
  // Indicator lists print the label in column B (merged across to the unit column).
  return { ok: false, found: idx.textAt(pos.row, 2), cell: a1(pos.row, 2), expected: f.label };
}

/** The table found by headers on the first candidate sheet where most of its fields are. */
function viaHeaders(
  table: TallyTable,
  grid: CellGrid,
  sheets: string[],
  t: Template,
): TableByHeaders & { sheet: string } {
  let best: (TableByHeaders & { sheet: string }) | undefined;
  for (const name of sheets) {
    const sheet = grid.sheet(name);
    if (!sheet) continue;
    const hit = { ...findByHeaders(table, textIndex(sheet, t.labelAliases)), sheet: name };
    if (!best || hit.found.size > best.found.size) best = hit;
    if (hit.missing.size === 0) break;
  }
  return best ?? { found: new Map(), missing: new Map(), sheet: sheets[0] ?? "" };
}

/** Locates every field; `metaRefs` are the meta sheet's "field:<id>" addresses. */
export function locateFields(t: Template, grid: CellGrid, metaRefs: Map<string, string>): Located {
  const positions = new Map<string, Position>();
  const findings: Finding[] = [];
  const tables: TableFound[] = [];

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
    let byHeaders: (TableByHeaders & { sheet: string }) | undefined;
    const headers = () => (byHeaders ??= viaHeaders(table, grid, candidates, t));
    const said: TableFound = { table, found: 0, total: fields.length };

    for (const f of fields) {
      const pos = declared.get(f.id);
      if (!pos) {
        const h = headers();
        const at = h.found.get(f.id);
        if (at) positions.set(f.id, at);
        else {
          const nearest = h.missing.get(f.id);
          said.firstMissing ??= { field: f, nearest, sheet: h.sheet };
          findings.push(fieldMissing(t, table, f, h.sheet, nearest));
        }
        continue;
      }
      const head = headerAt(table, f, pos, textIndex(grid.sheet(pos.sheet) as GridSheet, t.labelAliases));
      if (head.ok) {
        positions.set(f.id, pos);
        continue;
      }
      const h = headers().found.get(f.id);
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
    said.found = fields.filter((f) => positions.has(f.id)).length;
    tables.push(said);
  }
  const reportSheet = [...positions.values()][0]?.sheet;
  return { positions, findings, reportSheet, tables };
}

function fieldMissing(t: Template, table: TallyTable, f: Field, sheet: string, nearest?: Nearest): Finding {
  const near = nearest ? { text: nearest.text, cell: a1(nearest.row, nearest.col) } : undefined;
  return {
    code: "field_missing",
    severity: "error",
    field: f.id,
    table: table.id,
    sheet,
    cell: near?.cell ?? "",
    message: messages.fieldMissing(table.name, fieldTitle(t, f.id), near?.text, near?.cell),
  };
}

/** A reference ("'Báo cáo'!$B$12") resolved to a position on an existing sheet. */
export function refPosition(grid: CellGrid, ref: string | undefined): Position | undefined {
  const p = ref ? parseSheetRef(ref) : null;
  // Listed in the workbook is not enough: the sheet's part may be missing.
  return p && grid.sheetNames.includes(p.sheet) && grid.sheet(p.sheet) ? p : undefined;
}

/** A reference to a cell or to rows of one column (a summary's narrative), where the sheet exists. */
export function refRows(grid: CellGrid, ref: string | undefined): (Position & { lastRow: number }) | undefined {
  const p = ref ? parseSheetRange(ref) : null;
  return p && grid.sheetNames.includes(p.sheet) && grid.sheet(p.sheet) ? p : undefined;
}

/** Each sheet's texts by label key, made once, with the first cell holding each: a template's every section looks here. */
const headingCells = new WeakMap<GridSheet, Map<string, [number, number]>>();

/** Finds a narrative text area below its printed heading (when names and metadata are lost). */
export function narrativeByHeading(grid: CellGrid, sheetName: string, heading: string): Position | undefined {
  const sheet = grid.sheet(sheetName);
  if (!sheet) return undefined;
  let texts = headingCells.get(sheet);
  if (!texts) {
    texts = new Map();
    for (const [row, col, cell] of sheet.cells()) {
      const key = cell.value?.t === "s" ? labelKey(cell.value.v) : undefined;
      if (key !== undefined && !texts.has(key)) texts.set(key, [row, col]);
    }
    headingCells.set(sheet, texts);
  }
  const hit = texts.get(labelKey(heading));
  return hit ? { sheet: sheetName, row: hit[0] + 1, col: hit[1] } : undefined;
}
