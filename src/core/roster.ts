// The roster: which units must report (code, name). Supplied by the user each
// time — rosters change between years (units merge), so none is built in.
// Pure: parses CSV text or a CellGrid's first sheet, as offices save them:
// title rows, blank rows, an STT column, headers such as "Mã ĐVHC" and "Tên
// đơn vị hành chính". A roster that cannot be understood is refused with the
// reason (RosterError), never read as garbage units.
import { MAX_ROSTER_COLUMNS, MAX_ROSTER_LINE, MAX_ROSTER_LINES, UNIT_CODE } from "./limits";
import { rosterMessages } from "./i18n/messages";
import { cellText, type CellGrid } from "./read/grid";
import type { Localized } from "./i18n/lang";
import { fold } from "./text";

export interface RosterEntry {
  name: string;
  code?: string;
  /** The roster's remark on the unit ("Ghi chú"), e.g. which communes merged into it in 2025. */
  remark?: string;
}

export class RosterError extends Error {
  constructor(readonly why: Localized) {
    super(why.en);
    this.name = "RosterError";
  }
}

// Headers compared without diacritics or case ("Mã ĐVHC" → "ma dvhc").
const CODE_HEADERS = new Set(["code", "ma", "ma don vi", "ma dvhc", "ma don vi hanh chinh", "ma xa", "ma so", "ma dv"]);
const NAME_HEADERS = new Set([
  "name",
  "unit",
  "unit name",
  "ten",
  "ten don vi",
  "don vi",
  "ten don vi hanh chinh",
  "don vi hanh chinh",
  "ten dvhc",
  "ten xa",
  "ten xa, phuong, thi tran",
  "ten dv",
]);
const REMARK_HEADERS = new Set(["ghi chu", "note", "notes", "ghi chu sap nhap", "don vi sap nhap", "sap nhap tu"]);
/** How far down a header row is looked for (title rows come first). */
const HEADER_SEARCH_ROWS = 20;

/** A header as compared: without diacritics or case, and without the ":" or "." it may end with. */
function headerKey(s: string): string {
  const key = fold(s);
  let end = key.length;
  while (end > 0 && (key[end - 1] === ":" || key[end - 1] === ".")) end--;
  return key.slice(0, end).trim();
}

function splitCsvLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim());
}

/** Whether a cell cannot be a unit's name. */
function badName(name: string): boolean {
  // Binary files decoded as text, and mojibake, bring control characters and U+FFFD.
  return !/\p{L}/u.test(name) || /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(name) || name.length > 200;
}

interface Columns {
  header: number;
  code: number;
  name: number;
  /** The remarks column ("Ghi chú"), when the header row has one; -1 otherwise. */
  remark: number;
}

function findHeader(rows: string[][]): Columns | undefined {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const keys = rows[i].map(headerKey);
    const name = keys.findIndex((k) => NAME_HEADERS.has(k));
    if (name >= 0)
      return {
        header: i,
        name,
        code: keys.findIndex((k) => CODE_HEADERS.has(k)),
        remark: keys.findIndex((k) => REMARK_HEADERS.has(k)),
      };
  }
  return undefined;
}

/** Without a header: one column of names, or code then name. Anything wider is ambiguous. */
function bareColumns(rows: string[][]): Columns {
  const widths = new Set(rows.map((r) => r.filter((c) => c !== "").length));
  if ([...widths].every((w) => w <= 1)) return { header: -1, code: -1, name: 0, remark: -1 };
  if ([...widths].every((w) => w === 2) && rows.every((r) => UNIT_CODE.test(r.filter((c) => c !== "")[0])))
    return { header: -1, code: 0, name: 1, remark: -1 };
  throw new RosterError(rosterMessages.noHeader());
}

/** Rows of cells → roster; throws RosterError when the rows are not a roster. */
export function rosterFromRows(input: string[][]): RosterEntry[] {
  if (input.length > MAX_ROSTER_LINES)
    throw new RosterError(rosterMessages.tooManyLines(input.length, MAX_ROSTER_LINES));
  input.forEach((r, i) => {
    if (r.length > MAX_ROSTER_COLUMNS)
      throw new RosterError(rosterMessages.tooManyColumns(i + 1, r.length, MAX_ROSTER_COLUMNS));
  });
  // Blank rows dropped; each row keeps its line number for messages.
  const all = input.map((r, i) => ({
    line: i + 1,
    cells: r.map((c) => c.normalize("NFC").replace(/\s+/g, " ").trim()),
  }));
  const rows = all.filter((r) => r.cells.some((c) => c !== ""));
  if (rows.length === 0) throw new RosterError(rosterMessages.empty());
  const found = findHeader(rows.map((r) => r.cells));
  let body = rows;
  let cols: Columns;
  if (found) {
    cols = found;
    body = rows.slice(found.header + 1);
  } else {
    // A title ("DANH SÁCH ĐƠN VỊ …") above a bare list is not a unit.
    if (fold(rows[0].cells.join(" ")).startsWith("danh sach")) body = rows.slice(1);
    body = body.map((r) => ({ line: r.line, cells: r.cells.filter((c) => c !== "") }));
    cols = bareColumns(body.map((r) => r.cells));
  }
  const seen = new Set<string>();
  const out: RosterEntry[] = [];
  for (const { line, cells } of body) {
    const name = cells[cols.name] ?? "";
    const code = cols.code >= 0 ? (cells[cols.code] ?? "") : "";
    if (!name) continue;
    if (badName(name)) throw new RosterError(rosterMessages.badName(line, name.slice(0, 40)));
    if (code && !UNIT_CODE.test(code)) throw new RosterError(rosterMessages.badCode(line, code.slice(0, 40)));
    const key = code || name;
    if (seen.has(key)) continue;
    seen.add(key);
    const remark = cols.remark >= 0 ? (cells[cols.remark] ?? "").slice(0, 500) : "";
    out.push({ name, ...(code ? { code } : {}), ...(remark ? { remark } : {}) });
  }
  if (out.length === 0) throw new RosterError(rosterMessages.empty());
  return out;
}

/** The separator most used in the first lines (a title line may have none). */
function separator(lines: string[]): string {
  const head = lines
    .filter((l) => l.trim() !== "")
    .slice(0, 10)
    .join("\n");
  const count = (ch: string) => head.split(ch).length - 1;
  return [",", ";", "\t"].sort((a, b) => count(b) - count(a))[0];
}

export function parseRosterCsv(text: string): RosterEntry[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n|\r/);
  // Bounded before anything looks inside a line: a roster line is a code, a name and a few notes.
  if (lines.length > MAX_ROSTER_LINES)
    throw new RosterError(rosterMessages.tooManyLines(lines.length, MAX_ROSTER_LINES));
  lines.forEach((l, i) => {
    if (l.length > MAX_ROSTER_LINE) throw new RosterError(rosterMessages.lineTooLong(i + 1, l.length, MAX_ROSTER_LINE));
  });
  const sep = separator(lines);
  return rosterFromRows(lines.map((l) => splitCsvLine(l, sep)));
}

/** The first visible sheet of a workbook as a roster. */
export function rosterFromGrid(grid: CellGrid): RosterEntry[] {
  const name = grid.sheetNames.find((n) => grid.sheet(n)?.state === "visible") ?? grid.sheetNames[0];
  const sheet = name ? grid.sheet(name) : undefined;
  if (!sheet) throw new RosterError(rosterMessages.empty());
  const rows: string[][] = [];
  for (const [row, col, cell] of sheet.cells()) {
    // Checked before the row is padded to the cell: a name in column XFD must not make 16,384 cells.
    if (row > MAX_ROSTER_LINES) throw new RosterError(rosterMessages.tooManyLines(row, MAX_ROSTER_LINES));
    if (col > MAX_ROSTER_COLUMNS) throw new RosterError(rosterMessages.tooManyColumns(row, col, MAX_ROSTER_COLUMNS));
    while (rows.length < row) rows.push([]);
    const r = rows[row - 1];
    while (r.length < col) r.push("");
    r[col - 1] = cellText(cell);
  }
  return rosterFromRows(rows);
}
