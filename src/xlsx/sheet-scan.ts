// Scans a worksheet's XML (and the shared strings) for values and formulas:
// no styles, no object model, one pass that finds each tag with indexOf from
// where the last one ended, so the work is linear in the part's length however
// it is built. Damage (a tag or cell that never closes, malformed attributes,
// a cell twice or outside Excel's grid, a shared string that is not there,
// content it cannot read) is refused, never read as blank or as another value;
// a number cell holding what is not a finite decimal is kept as text, so the
// value rules flag it at its cell. Bounded by the cells-per-sheet and
// text limits and the clock.
import { a1, EXCEL_COLUMNS, EXCEL_ROWS } from "../core/form/a1";
import { MAX_CELL_TEXT, MAX_CELLS_PER_SHEET } from "../core/limits";
import { MemorySheet, type GridCell, type GridSheet, type GridValue } from "../core/read/grid";
import { ReadError } from "./read-error";
import type { SheetEntry } from "./workbook-part";
import { decodeXml, elements, findElement, isNameChar, isNameStart, isSpace, nameEndsAt, textRuns } from "./xml";

/** Tags scanned between two looks at the clock. */
const CLOCK_EVERY = 0x3fff;

export function parseSharedStrings(xml: string, inTime: () => void): string[] {
  const out: string[] = [];
  for (const si of elements(xml, "si", "xl/sharedStrings.xml")) {
    const text = si.inner === undefined ? "" : textRuns(si.inner);
    if (text === undefined) throw new ReadError("corrupt", "xl/sharedStrings.xml: a <t> never closes");
    out.push(clip(text));
    if ((out.length & CLOCK_EVERY) === 0) inTime();
  }
  return out;
}

function clip(s: string): string {
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s;
}

/** A number as a spreadsheet stores it: a decimal, never "NaN", "Infinity" or "0x1F" (one reading of each text). */
const DECIMAL = /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
/** Longest number text looked at: "-1.2345678901234567e-308" is 24 characters. */
const MAX_NUMBER_XML = 100;
/** A shared string's index: a whole number ≥ 0. */
const INDEX = /^\s*\d{1,9}\s*$/;

function damaged(sheet: string, what: string): ReadError {
  return new ReadError("corrupt", `${sheet}: ${what}`);
}

/**
 * What readTag found in the tag it read: one object for every tag, so reading a cell allocates only its values.
 * `r` is where the r attribute's value starts and ends in the text (-1: none), read only when needed.
 */
const tag = { r: -1, rEnd: -1, t: undefined as string | undefined, selfClosing: false };

/** A cell address read in place ("B12", inside Excel's grid) into `ref`; false when it is not one. */
const ref = { row: 0, col: 0 };
function readRef(data: string, start: number, end: number): boolean {
  let i = start;
  let col = 0;
  for (; i < end && i - start < 3; i++) {
    const c = data.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 64);
  }
  if (i === start || i === end || data.charCodeAt(i) === 0x30 || end - i > 7) return false;
  let row = 0;
  for (; i < end; i++) {
    const c = data.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
    row = row * 10 + (c - 0x30);
  }
  if (col > EXCEL_COLUMNS || row > EXCEL_ROWS) return false;
  ref.row = row;
  ref.col = col;
  return true;
}

/**
 * Reads a start tag's attributes from `i` (just after its name) into `tag` (r and t; the others need only be
 * well-formed); returns where the tag ends (its ">"), or -1 when it is malformed or never closes. Looks at each
 * character once: the next "<" is found once, and no attribute value may reach it.
 */
function readTag(data: string, i: number): number {
  tag.r = tag.rEnd = -1;
  tag.t = undefined;
  tag.selfClosing = false;
  const nextLt = data.indexOf("<", i);
  const n = nextLt < 0 ? data.length : nextLt;
  for (;;) {
    const before = i;
    while (i < n && isSpace(data.charCodeAt(i))) i++;
    if (i >= n) return -1;
    const c = data.charCodeAt(i);
    if (c === 0x3e) return i;
    if (c === 0x2f) {
      tag.selfClosing = true;
      return data.charCodeAt(i + 1) === 0x3e ? i + 1 : -1;
    }
    if (i === before || !isNameStart(c)) return -1;
    const nameStart = i;
    while (i < n && isNameChar(data.charCodeAt(i))) i++;
    const nameLength = i - nameStart;
    while (i < n && isSpace(data.charCodeAt(i))) i++;
    if (data.charCodeAt(i) !== 0x3d) return -1;
    i++;
    while (i < n && isSpace(data.charCodeAt(i))) i++;
    const q = data[i];
    if (q !== '"' && q !== "'") return -1;
    const end = data.indexOf(q, i + 1);
    if (end < 0 || end >= n) return -1;
    if (nameLength === 1) {
      const name = data.charCodeAt(nameStart);
      if (name === 0x72) [tag.r, tag.rEnd] = [i + 1, end];
      else if (name === 0x74) tag.t = decodeXml(data.slice(i + 1, end));
    }
    i = end + 1;
  }
}

/** What is inside <sheetData>: "" when the sheet has none or it is empty; damage when it never closes. */
function sheetData(name: string, xml: string): string {
  const data = findElement(xml, "sheetData");
  if (data === undefined) throw damaged(name, "its cells never end");
  return data?.inner ?? "";
}

export function parseSheet(entry: SheetEntry, xml: string, shared: () => string[], inTime: () => void): GridSheet {
  const data = sheetData(entry.name, xml);
  const sheet = new MemorySheet(entry.name, entry.state);
  let row = 0;
  let col = 0;
  let count = 0;
  let tags = 0;
  for (let pos = 0; ; ) {
    const lt = data.indexOf("<", pos);
    if (lt < 0) break;
    if ((++tags & CLOCK_EVERY) === 0) inTime();
    const second = data.charCodeAt(lt + 1);
    // A start tag's name must end where a name may end ("<row<row…" is no tag at all: damage).
    if (isNameStart(second)) {
      let j = lt + 2;
      while (isNameChar(data.charCodeAt(j))) j++;
      if (!nameEndsAt(data, j)) throw damaged(entry.name, "a malformed tag");
    }
    if (second === 0x72 && data.startsWith("<row", lt) && nameEndsAt(data, lt + 4)) {
      // Only a row's start tag is read here: its cells are found by the same loop.
      const gt = readTag(data, lt + 4);
      if (gt < 0) throw damaged(entry.name, "malformed row");
      const r = tag.r < 0 ? undefined : decodeXml(data.slice(tag.r, tag.rEnd));
      row = r === undefined ? row + 1 : /^\d{1,7}$/.test(r) ? Number(r) : 0;
      if (row < 1 || row > EXCEL_ROWS)
        throw damaged(entry.name, `row ${(r ?? String(row)).slice(0, 20)} is outside Excel's grid`);
      col = 0;
      pos = gt + 1;
      continue;
    }
    if (!(second === 0x63 && nameEndsAt(data, lt + 2))) {
      pos = lt + 1;
      continue;
    }
    const gt = readTag(data, lt + 2);
    if (gt < 0) throw damaged(entry.name, "malformed cell");
    const { t, selfClosing } = tag;
    const r = tag.r < 0 ? undefined : tag.r;
    if (r !== undefined) {
      if (!readRef(data, r, tag.rEnd)) {
        // An address written with entities ("&#65;1") is rare but well-formed: read once decoded.
        const text = decodeXml(data.slice(r, tag.rEnd));
        if (!readRef(text, 0, text.length))
          throw damaged(entry.name, `cell ${text.slice(0, 20)} is outside Excel's grid`);
      }
      col = ref.col;
      row = ref.row;
    } else if (++col > EXCEL_COLUMNS || row < 1) throw damaged(entry.name, "a cell outside Excel's grid");
    if (selfClosing) {
      pos = gt + 1;
      continue;
    }
    const close = data.indexOf("</c>", gt + 1);
    if (close < 0) throw damaged(entry.name, "a cell never closes");
    pos = close + 4;
    // An empty (styled) cell: only its position matters.
    if (close === gt + 1) continue;
    // Just a value, the usual case: read without cutting the body out.
    const cell =
      data.startsWith("<v>", gt + 1) && data.indexOf("<", gt + 4) === close - 4 && data.startsWith("</v>", close - 4)
        ? valueCell(t ?? "n", data.slice(gt + 4, close - 4), shared)
        : parseCell(t ?? "n", data.slice(gt + 1, close), shared);
    if (typeof cell === "string") throw damaged(entry.name, `${cell} in ${a1(row, col)}`);
    if (!cell) continue;
    // Two values for one cell: Excel would call the file corrupt, and so do we.
    if (sheet.cell(row, col)) throw damaged(entry.name, `cell ${a1(row, col)} appears twice`);
    if (++count > MAX_CELLS_PER_SHEET)
      throw new ReadError("too_many_cells", `${entry.name}: more than ${MAX_CELLS_PER_SHEET} cells`);
    sheet.set(row, col, cell);
  }
  return sheet;
}

/** A cell's value and formula; a string saying what is wrong with it when it is damaged. */
function parseCell(type: string, body: string, shared: () => string[]): GridCell | undefined | string {
  // An inline string, the usual text cell: its runs are read (and checked) at once.
  if (type === "inlineStr" && !body.includes("<f") && !body.includes("<v")) {
    const text = body.includes("<is") ? textRuns(body) : body.trim() === "" ? "" : undefined;
    return text === undefined ? "unreadable content" : { value: { t: "s", v: clip(text) } };
  }
  let formula: string | undefined;
  let v: string | undefined;
  if (body.includes("<f") || body.includes("<v")) {
    const f = findElement(body, "f");
    const ve = findElement(body, "v");
    if (f === undefined || ve === undefined) return "a tag that never closes";
    if (f) formula = decodeXml(f.inner ?? "");
    if (ve) v = ve.inner ?? "";
  }
  if (v === undefined && formula === undefined) {
    const inline = findElement(body, "is");
    if (inline === undefined) return "a tag that never closes";
    // Content we do not recognise (stray tags, text) is damage: reading it as "blank" would silently turn a number into 0.
    if (!inline && body.trim() !== "") return "unreadable content";
  }
  if (type === "inlineStr") {
    const text = textRuns(body);
    if (text === undefined) return "a tag that never closes";
    const value: GridValue = { t: "s", v: clip(text) };
    return formula !== undefined ? { value, formula } : { value };
  }
  const cell = v === undefined ? undefined : valueCell(type, v, shared);
  if (typeof cell === "string") return cell;
  if (formula !== undefined) return { value: cell?.value ?? null, formula };
  return cell;
}

/** A cell holding just a value (`<v>` text as written) of a type; a string saying what is wrong when it is damaged. */
function valueCell(type: string, v: string, shared: () => string[]): GridCell | undefined | string {
  const raw = decodeXml(v);
  switch (type) {
    case "s": {
      // An index that is not a whole number, or no such string: the file is damaged (Excel would say so too).
      const strings = shared();
      const s = INDEX.test(raw) ? strings[Number(raw)] : undefined;
      if (s === undefined) return `shared string ${raw.slice(0, 20)} that is not there`;
      return { value: { t: "s", v: s } };
    }
    case "str":
    case "d":
      return { value: { t: "s", v: clip(raw) } };
    case "b":
      return { value: { t: "b", v: raw.trim() === "1" || raw.trim() === "true" } };
    case "e":
      return { value: { t: "e", v: raw } };
    default: {
      // openpyxl writes an empty <v></v> for a formula it could not compute: no cached value.
      if (raw.trim() === "") return undefined;
      // Not a finite decimal ("NaN", "Infinity", "1e309", "0x1F"): kept as the text it is, so the value
      // rules flag the cell and it counts nothing (Number() would read "0x1F" as 31).
      const n = raw.length <= MAX_NUMBER_XML && DECIMAL.test(raw) ? Number(raw) : NaN;
      return { value: Number.isFinite(n) ? { t: "n", v: n } : { t: "s", v: clip(raw) } };
    }
  }
}
