// A summary's tables by unit ("Tổng hợp theo đơn vị") read back: each unit's row, its figures as readings
// at their cells, so last period's summary gives each unit's own history. Found by the sheet's words (STT,
// Đơn vị, each field's header, Tổng cộng), never by fixed rows, so a summary saved again by LibreOffice or
// Excel, or with a note row above its tables, reads the same. Text in a figure's cell is a value the
// summary did not count (tonghop writes an error cell's content, or "(không tìm thấy)", as text): it is read
// as not counted. A roster unit listed with nothing counted ("Chưa nộp") has no row of figures.
import { a1 } from "../form/a1";
import { fieldHeader } from "../form/headers";
import { labelKey } from "../form/labels";
import { BY_UNIT_SHEET, BY_UNIT_WORDS } from "../form/sheets";
import { statusWord } from "../i18n/status";
import type { Field, Template } from "../templates";
import type { Reading } from "../vocabulary";
import { cellText, type GridCell, type CellGrid } from "./grid";
import { parseCellValue } from "./value";

/** One unit's row of a summary's tables by unit. */
export interface SummaryUnitRow {
  name: string;
  /** The unit's own file as the summary names it ("Tệp nguồn"). */
  origin?: string;
  /** Each field found, at its cell of the by-unit sheet. */
  readings: Record<string, Reading>;
}

type Rows = Map<number, Map<number, GridCell>>;

const key = (s: string) => labelKey(s);
/**
 * A roster unit with nothing counted is listed under the counted ones, its state where a file's name goes
 * ("Chưa nộp", "Đã nộp, cần xử lý: …"): it has no figures of that period.
 */
const NOT_COUNTED = [statusWord("missing", "vi"), statusWord("unresolved", "vi")];
const WORD = {
  number: key(BY_UNIT_WORDS.number),
  unit: key(BY_UNIT_WORDS.unit),
  file: key(BY_UNIT_WORDS.file),
  total: key(BY_UNIT_WORDS.total),
};

/** Each table's columns: the field read in each, and the column of the units' files. */
function columnsOf(rows: Rows, head: number, fields: Field[]): { fields: Map<number, Field>; file?: number } {
  const text = (r: number, c: number) => cellText(rows.get(r)?.get(c));
  const out = new Map<number, Field>();
  let file: number | undefined;
  let next = 0;
  const last = Math.max(...[head, head + 1].map((r) => Math.max(0, ...(rows.get(r)?.keys() ?? []))));
  for (let c = 3; c <= last; c++) {
    // A field under a group's label prints its header on the second row; a one-level column over both.
    const k = key(text(head + 1, c) || text(head, c));
    if (k === WORD.file) file = c;
    const at = fields.findIndex((f, i) => i >= next && key(fieldHeader(f)) === k);
    if (at < 0) continue;
    out.set(c, fields[at]);
    next = at + 1;
  }
  return { fields: out, ...(file ? { file } : {}) };
}

/**
 * The units' rows of a summary made by tonghop, each field at its cell; undefined when the workbook has no
 * tables by unit (a report, not a summary). `template`: the summary's own (it may be another version).
 */
export function readSummaryUnits(grid: CellGrid, template: Template): SummaryUnitRow[] | undefined {
  if (!grid.sheetNames.includes(BY_UNIT_SHEET)) return undefined;
  const sheet = grid.sheet(BY_UNIT_SHEET);
  if (!sheet) return undefined;
  const rows: Rows = new Map();
  for (const [r, c, cell] of sheet.cells()) {
    const row = rows.get(r) ?? new Map<number, GridCell>();
    row.set(c, cell);
    rows.set(r, row);
  }
  const text = (r: number, c: number) => cellText(rows.get(r)?.get(c));
  const heads = [...rows.keys()]
    .filter((r) => key(text(r, 1)) === WORD.number && key(text(r, 2)) === WORD.unit)
    .sort((a, b) => a - b);
  if (heads.length === 0) return undefined;
  const units = new Map<string, SummaryUnitRow>();
  const order: SummaryUnitRow[] = [];
  const lastRow = Math.max(...rows.keys());
  template.tables.forEach((table, k) => {
    const head = heads[k];
    if (head === undefined) return;
    const cols = columnsOf(
      rows,
      head,
      table.groups.flatMap((g) => g.fields),
    );
    for (let r = head + 2; r <= lastRow; r++) {
      if (key(text(r, 1)) === WORD.total || key(text(r, 2)) === WORD.total) break;
      const name = text(r, 2).normalize("NFC").trim();
      if (!name) break;
      const file = cols.file ? text(r, cols.file).trim() : "";
      if (NOT_COUNTED.some((w) => file.startsWith(w))) continue;
      let unit = units.get(name);
      if (!unit) {
        unit = { name, ...(file ? { origin: file } : {}), readings: {} };
        units.set(name, unit);
        order.push(unit);
      }
      for (const [c, f] of cols.fields) {
        const cell = rows.get(r)?.get(c);
        const parsed = parseCellValue(cell, f.kind, f.unit ?? f.label);
        // Text where a figure stands is what the summary left out of its totals.
        const uncounted = cell?.value?.t === "s" && !parsed.blank;
        unit.readings[f.id] = {
          field: f.id,
          sheet: BY_UNIT_SHEET,
          cell: a1(r, c),
          ...parsed,
          ...(uncounted ? { value: null } : {}),
        };
      }
    }
  });
  return order;
}
