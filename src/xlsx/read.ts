// The lean .xlsx reader: inflates only the workbook, its relationships, the
// shared strings and the sheets asked for, and scans their XML for values and
// formulas — no styles, no workbook object model. Runs in Node and in a Web
// Worker (no Node imports). Never modifies its input.
import { unzipSync, type UnzipFileInfo } from "fflate";
import { MemorySheet, type CellGrid, type GridCell, type GridSheet, type GridValue } from "../core/read/grid";
import { MAX_CELL_TEXT, MAX_CELLS_PER_SHEET, MAX_FILE_BYTES, MAX_MS_PER_FILE, MAX_PART_BYTES, MAX_SHEETS, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES } from "../core/limits";
import { crc32, declaredCrcs } from "./crc32";
import { ReadError } from "./read-error";
import { attrs, decodeXml, refuseDtd, textRuns } from "./xml";
import type { TemplateCatalogue } from "../core/templates/catalogue";

export { ReadError } from "./read-error";

const utf8 = new TextDecoder("utf-8");
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function isCfb(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

/** Whether a CFB (OLE) container names a stream: names are UTF-16 in its directory, found in its first 4 MB. */
export function cfbHasStream(bytes: Uint8Array, name: string): boolean {
  const limit = Math.min(bytes.length, 1 << 22);
  outer: for (let i = 0; i + name.length * 2 <= limit; i++) {
    for (let j = 0; j < name.length; j++) {
      if (bytes[i + j * 2] !== name.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** A password-protected .xlsx is a CFB container holding an "EncryptedPackage" stream. */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return cfbHasStream(bytes, "EncryptedPackage");
}

class PartReader {
  private entries = 0;
  private total = 0;
  private crcs: Map<string, number> | undefined;
  constructor(private readonly bytes: Uint8Array) {}

  /** Inflates the named parts that exist; checks sizes before inflating. */
  read(names: Set<string>): Map<string, string> {
    let files: Record<string, Uint8Array>;
    try {
      this.entries = 0;
      files = unzipSync(this.bytes, { filter: (f: UnzipFileInfo) => this.accept(f, names) });
    } catch (e) {
      if (e instanceof ReadError) throw e;
      throw new ReadError("corrupt", `cannot unzip: ${(e as Error).message}`);
    }
    // fflate does not check checksums: a flipped bit must not become a wrong number.
    this.crcs ??= declaredCrcs(this.bytes);
    const out = new Map<string, string>();
    for (const [name, data] of Object.entries(files)) {
      const declared = this.crcs.get(name);
      if (declared === undefined || crc32(data) !== declared) throw new ReadError("corrupt", `${name}: checksum mismatch`);
      out.set(name, utf8.decode(data));
    }
    return out;
  }

  private accept(f: UnzipFileInfo, names: Set<string>): boolean {
    if (++this.entries > MAX_ZIP_ENTRIES) throw new ReadError("zip_bomb", `more than ${MAX_ZIP_ENTRIES} zip entries`);
    if (!names.has(f.name)) return false;
    if (f.originalSize > MAX_PART_BYTES) throw new ReadError("zip_bomb", `${f.name} inflates to ${f.originalSize} bytes`);
    this.total += f.originalSize;
    if (this.total > MAX_TOTAL_BYTES) throw new ReadError("zip_bomb", `parts inflate to more than ${MAX_TOTAL_BYTES} bytes`);
    return true;
  }
}

interface SheetEntry {
  name: string;
  state: GridSheet["state"];
  part: string;
}

export interface ReadOptions {
  /** Clock in milliseconds (tests pass a fake one). */
  now?: () => number;
  /** Templates a report may be read with besides the one it carries (default: the built-ins). */
  templates?: TemplateCatalogue;
}

/** Reads an .xlsx file's bytes into a CellGrid. Throws ReadError when it cannot. */
export function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): CellGrid {
  const now = options.now ?? (() => Date.now());
  const deadline = now() + MAX_MS_PER_FILE;
  const inTime = () => {
    if (now() > deadline) throw new ReadError("too_slow", `more than ${MAX_MS_PER_FILE} ms`);
  };
  if (bytes.length > MAX_FILE_BYTES) throw new ReadError("too_large", `${bytes.length} bytes`);
  if (isCfb(bytes)) throw new ReadError(isEncryptedOoxml(bytes) ? "encrypted" : "xls_binary", "OLE compound file");
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ReadError("not_xlsx", "not a zip container");

  const parts = new PartReader(bytes);
  const head = parts.read(new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"]));
  inTime();
  const workbookXml = head.get("xl/workbook.xml");
  if (!workbookXml) throw new ReadError("no_workbook", "xl/workbook.xml is missing");
  refuseDtd(workbookXml, "xl/workbook.xml");
  const rels = parseRels(head.get("xl/_rels/workbook.xml.rels") ?? "");
  const sheets = parseSheets(workbookXml, rels);
  if (sheets.length > MAX_SHEETS) throw new ReadError("too_many_sheets", `${sheets.length} sheets`);
  const names = parseDefinedNames(workbookXml);

  let shared: string[] | undefined;
  const sharedStrings = (): string[] => {
    if (!shared) {
      const xml = head.get("xl/sharedStrings.xml") ?? "";
      refuseDtd(xml, "xl/sharedStrings.xml");
      shared = parseSharedStrings(xml, inTime);
    }
    return shared;
  };

  const cache = new Map<string, GridSheet | undefined>();
  return {
    sheetNames: sheets.map((s) => s.name),
    names,
    sheet(name: string): GridSheet | undefined {
      if (cache.has(name)) return cache.get(name);
      const entry = sheets.find((s) => s.name === name);
      let sheet: GridSheet | undefined;
      if (entry) {
        inTime();
        const xml = parts.read(new Set([entry.part])).get(entry.part);
        if (xml !== undefined) {
          refuseDtd(xml, entry.part);
          sheet = parseSheet(entry, xml, sharedStrings, inTime);
        }
      }
      cache.set(name, sheet);
      return sheet;
    },
  };
}

function parseRels(xml: string): Map<string, string> {
  const rels = new Map<string, string>();
  const re = /<Relationship\b([^>]*?)\/?>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const a = attrs(m[1]);
    if (a.Id && a.Target) rels.set(a.Id, a.Target);
  }
  return rels;
}

function resolvePart(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== ".") out.push(seg);
  }
  return out.join("/");
}

function parseSheets(xml: string, rels: Map<string, string>): SheetEntry[] {
  const out: SheetEntry[] = [];
  const re = /<sheet\b([^>]*?)\/?>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const a = attrs(m[1]);
    const rid = Object.entries(a).find(([k]) => k === "id" || k.endsWith(":id"))?.[1];
    const target = rid ? rels.get(rid) : undefined;
    if (!a.name || !target) continue;
    const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
    out.push({ name: a.name, state, part: resolvePart(target) });
  }
  return out;
}

function parseDefinedNames(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  const re = /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const a = attrs(m[1]);
    if (!a.name || a.name.startsWith("_xlnm.")) continue;
    // A workbook-scoped name wins over a sheet-scoped one of the same name.
    if (a.localSheetId !== undefined && names.has(a.name)) continue;
    names.set(a.name, decodeXml(m[2]).trim());
  }
  return names;
}

function parseSharedStrings(xml: string, inTime: () => void): string[] {
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
const T_ATTR = /\bt="(\w+)"/;
/** Well-formed attribute text of a row or cell tag; anything else is damage, not data. */
const ATTRS_OK = /^(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*$/;

function damaged(sheet: string, what: string): ReadError {
  return new ReadError("corrupt", `${sheet}: ${what}`);
}

function colNumber(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col;
}

function parseSheet(entry: SheetEntry, xml: string, shared: () => string[], inTime: () => void): GridSheet {
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
      const r = /\br="(\d+)"/.exec(m[1]);
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
    if (++count > MAX_CELLS_PER_SHEET) throw new ReadError("too_many_cells", `${entry.name}: more than ${MAX_CELLS_PER_SHEET} cells`);
    if ((count & 0x3fff) === 0) inTime();
    sheet.set(row, col, cell);
  }
  return sheet;
}

function parseCell(type: string, body: string, shared: () => string[]): GridCell | undefined | "damaged" {
  const f = F_TAG.exec(body);
  const formula = f ? decodeXml(f[1] ?? "") : undefined;
  const v = V_TAG.exec(body);
  // Content we do not recognise (an unclosed <v>, stray tags) is damage: reading
  // it as "blank" would silently turn a number into 0.
  if (!v && !f && !/<is\b/.test(body) && body.trim() !== "") return "damaged";
  if (!v && /<v\b/.test(body)) return "damaged";
  let value: GridValue | null = null;
  if (type === "inlineStr") {
    value = { t: "s", v: clip(textRuns(body)) };
  } else if (v) {
    const raw = decodeXml(v[1]);
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
