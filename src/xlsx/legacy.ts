// Excel 97–2003 (.xls, BIFF8) and OpenDocument (.ods) workbooks → CellGrid,
// through SheetJS (@e965/xlsx, the maintained build). SheetJS is large, so it
// is loaded only when such a file appears (a separate chunk in the web
// bundle). The lean reader (read.ts) stays the path for .xlsx. Same limits as
// .xlsx: file size before parsing; sheets, cells and time after (SheetJS
// parses in one synchronous call, so time is checked when it returns).
import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import { MAX_CELL_TEXT, MAX_CELLS_PER_SHEET, MAX_FILE_BYTES, MAX_MS_PER_FILE, MAX_SHEETS } from "../core/limits";
import { MemorySheet, type CellGrid, type GridCell, type GridSheet, type GridValue } from "../core/read/grid";
import { legacyBytesForSheetJs } from "./legacy-guard";
import { ReadError } from "./read-error";
import type { ReadOptions } from "./read";

type SheetJs = typeof import("@e965/xlsx");
let loaded: Promise<SheetJs> | undefined;

function sheetJs(): Promise<SheetJs> {
  loaded ??= import(/* webpackChunkName: "sheetjs" */ "@e965/xlsx");
  return loaded;
}

/** Excel's error codes as BIFF stores them. */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
};
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function clip(s: string): string {
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s;
}

function valueOf(c: CellObject): GridValue | null {
  switch (c.t) {
    case "n":
      return typeof c.v === "number" && Number.isFinite(c.v) ? { t: "n", v: c.v } : null;
    case "s":
      return { t: "s", v: clip(String(c.v ?? "")) };
    case "b":
      return { t: "b", v: c.v === true };
    case "e":
      return { t: "e", v: typeof c.v === "number" ? (ERRORS[c.v] ?? c.w ?? "#VALUE!") : String(c.w ?? "#VALUE!") };
    case "d": {
      // A date cell becomes its Excel serial, as in an .xlsx file.
      const ms = c.v instanceof Date ? c.v.getTime() : Date.parse(String(c.v));
      return Number.isFinite(ms) ? { t: "n", v: (ms - EXCEL_EPOCH_MS) / 86_400_000 } : null;
    }
    default:
      return null;
  }
}

function gridSheet(X: SheetJs, name: string, ws: WorkSheet, state: GridSheet["state"]): GridSheet {
  const sheet = new MemorySheet(name, state);
  let count = 0;
  for (const key of Object.keys(ws)) {
    if (key.startsWith("!")) continue;
    const c = ws[key] as CellObject;
    const value = valueOf(c);
    const formula = typeof c.f === "string" && c.f !== "" ? c.f : undefined;
    if (value === null && formula === undefined) continue;
    if (++count > MAX_CELLS_PER_SHEET)
      throw new ReadError("too_many_cells", `${name}: more than ${MAX_CELLS_PER_SHEET} cells`);
    const { r, c: col } = X.utils.decode_cell(key);
    const cell: GridCell = formula !== undefined ? { value, formula } : { value };
    sheet.set(r + 1, col + 1, cell);
  }
  return sheet;
}

function definedNames(wb: WorkBook): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of wb.Workbook?.Names ?? []) {
    if (!n.Name || n.Name.startsWith("_xlnm.") || !n.Ref) continue;
    // A workbook-scoped name wins over a sheet-scoped one of the same name.
    if (n.Sheet !== undefined && names.has(n.Name)) continue;
    names.set(n.Name, n.Ref.replace(/^=/, "").trim());
  }
  return names;
}

/** Reads an .xls or .ods file's bytes into a CellGrid. Throws ReadError when it cannot. */
export async function readLegacy(bytes: Uint8Array, options: ReadOptions = {}): Promise<CellGrid> {
  if (bytes.length > MAX_FILE_BYTES) throw new ReadError("too_large", `${bytes.length} bytes`);
  const X = await sheetJs();
  const now = options.now ?? (() => Date.now());
  const started = now();
  // Checked first, and for an .xls only its workbook stream (legacy-guard.ts): SheetJS trusts what a file says.
  const given = legacyBytesForSheetJs(X, bytes, options.codec);
  let wb: WorkBook;
  // SheetJS prints notes on number formats it does not model (LibreOffice's
  // conditional formats) to the console; we read values only, so they are noise.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    wb = X.read(given, {
      type: "array",
      cellFormula: true,
      cellDates: false,
      cellNF: false,
      cellStyles: false,
      cellHTML: false,
      bookVBA: false,
    });
  } catch (e) {
    const text = String((e as Error)?.message ?? e);
    throw new ReadError(/password|encrypt/i.test(text) ? "encrypted" : "corrupt", `SheetJS: ${text}`);
  } finally {
    console.error = consoleError;
  }
  if (now() - started > MAX_MS_PER_FILE) throw new ReadError("too_slow", `more than ${MAX_MS_PER_FILE} ms`);
  if (wb.SheetNames.length > MAX_SHEETS) throw new ReadError("too_many_sheets", `${wb.SheetNames.length} sheets`);
  const sheets = new Map<string, GridSheet>();
  wb.SheetNames.forEach((name, i) => {
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden;
    const ws = wb.Sheets[name];
    if (ws) sheets.set(name, gridSheet(X, name, ws, hidden === 2 ? "veryHidden" : hidden === 1 ? "hidden" : "visible"));
  });
  return { sheetNames: [...wb.SheetNames], names: definedNames(wb), sheet: (name) => sheets.get(name) };
}
