// Scans a worksheet's XML (and the shared strings) for values and formulas:
// no styles, no object model, one pass of regular expressions. Damage (a
// malformed tag, a cell twice, content it cannot read) is refused, never read
// as blank. Bounded by the cells-per-sheet and text limits and the clock.
import { colNumber } from "../core/form/a1";
import { MAX_CELL_TEXT, MAX_CELLS_PER_SHEET } from "../core/limits";
import { MemorySheet, type GridCell, type GridSheet, type GridValue } from "../core/read/grid";
import { ReadError } from "./read-error";
import type { SheetEntry } from "./workbook-part";
import { decodeXml, textRuns } from "./xml";

export function parseSharedStrings(xml: string, inTime: () => void): string[] {
  const out: string[] = [];
  const re = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    out.push(clip(m[1] ? textRuns(m[1]) : ""));
    if ((out.length & 0x3fff) === 0) inTime();
  }
  return out;
}

function clip(s: string): string {
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s;
}

const CELL_OR_ROW = /<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const F_TAG = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/;
const V_TAG = /<v\b[^>]*>([\s\S]*?)<\/v>/;
const R_ATTR = /\br="([A-Z]{1,3})(\d{1,7})"/;
const ROW_R_ATTR = /\br="(\d+)"/;
const T_ATTR = /\bt="(\w+)"/;
/** Well-formed attribute text of a row or cell tag; anything else is damage, not data. */
const ATTRS_OK = /^(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*$/;

function damaged(sheet: string, what: string): ReadError {
  return new ReadError("corrupt", `${sheet}: ${what}`);
}

export function parseSheet(entry: SheetEntry, xml: string, shared: () => string[], inTime: () => void): GridSheet {
  const start = xml.indexOf("<sheetData");
  const end = xml.lastIndexOf("</sheetData>");
  const data = start >= 0 && end > start ? xml.slice(start, end) : "";
  const sheet = new MemorySheet(entry.name, entry.state);
  let row = 0;
  let col = 0;
  let count = 0;
  CELL_OR_ROW.lastIndex = 0;
  for (let m = CELL_OR_ROW.exec(data); m; m = CELL_OR_ROW.exec(data)) {
    if (m[1] !== undefined) {
      if (!ATTRS_OK.test(m[1])) throw damaged(entry.name, "malformed row");
      const r = ROW_R_ATTR.exec(m[1]);
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      continue;
    }
    const attrText = m[3];
    const body = m[4];
    if (!ATTRS_OK.test(attrText)) throw damaged(entry.name, "malformed cell");
    if (!body) {
      // An empty (styled) cell: only its position matters, and only when the
      // next cell has no address of its own.
      col = attrText.includes('r="') ? -1 : col + 1;
      continue;
    }
    const ref = R_ATTR.exec(attrText);
    if (ref) {
      col = colNumber(ref[1]);
      row = Number(ref[2]);
    } else if (col >= 0) col += 1;
    else continue;
    const cell = parseCell(T_ATTR.exec(attrText)?.[1] ?? "n", body, shared);
    if (cell === "damaged") throw damaged(entry.name, `unreadable content in ${ref ? ref[0] : "a cell"}`);
    if (!cell) continue;
    // Two values for one cell: Excel would call the file corrupt, and so do we.
    if (sheet.cell(row, col)) throw damaged(entry.name, `cell ${ref ? ref[1] + ref[2] : "?"} appears twice`);
    if (++count > MAX_CELLS_PER_SHEET)
      throw new ReadError("too_many_cells", `${entry.name}: more than ${MAX_CELLS_PER_SHEET} cells`);
    if ((count & 0x3fff) === 0) inTime();
    sheet.set(row, col, cell);
  }
  return sheet;
}

function parseCell(type: string, body: string, shared: () => string[]): GridCell | undefined | "damaged" {
  let formula: string | undefined;
  let v: string | undefined;
  if (body.startsWith("<v>") && body.indexOf("<", 3) === body.length - 4 && body.endsWith("</v>")) {
    v = body.slice(3, -4); // just a value, the usual case: what V_TAG would find, and no formula
  } else if (body.includes("<f") || body.includes("<v")) {
    const f = F_TAG.exec(body);
    formula = f ? decodeXml(f[1] ?? "") : undefined;
    v = V_TAG.exec(body)?.[1];
  }
  // Content we do not recognise (an unclosed <v>, stray tags) is damage: reading
  // it as "blank" would silently turn a number into 0.
  if (v === undefined && formula === undefined && !/<is\b/.test(body) && body.trim() !== "") return "damaged";
  if (v === undefined && /<v\b/.test(body)) return "damaged";
  let value: GridValue | null = null;
  if (type === "inlineStr") {
    value = { t: "s", v: clip(textRuns(body)) };
  } else if (v !== undefined) {
    const raw = decodeXml(v);
    switch (type) {
      case "s": {
        const s = shared()[Number(raw)];
        value = s === undefined ? { t: "e", v: "#REF!" } : { t: "s", v: s };
        break;
      }
      case "str":
      case "d":
        value = { t: "s", v: clip(raw) };
        break;
      case "b":
        value = { t: "b", v: raw.trim() === "1" || raw.trim() === "true" };
        break;
      case "e":
        value = { t: "e", v: raw };
        break;
      default: {
        // openpyxl writes an empty <v></v> for a formula it could not compute: no cached value.
        if (raw.trim() === "") break;
        const n = Number(raw);
        value = Number.isFinite(n) ? { t: "n", v: n } : { t: "s", v: clip(raw) };
      }
    }
  }
  if (value === null && formula === undefined) return undefined;
  return formula !== undefined ? { value, formula } : { value };
}
