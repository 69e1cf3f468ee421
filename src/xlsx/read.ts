// The lean .xlsx reader: inflates only the workbook, its relationships, the
// shared strings and the sheets asked for, and scans their XML for values and
// formulas — no styles, no workbook object model. Runs in Node and in a Web
// Worker (no Node imports). Never modifies its input.
// The parts: container.ts (zip, guards, CRC), workbook-part.ts (sheets and
// names), sheet-scan.ts (cells).
import type { CellGrid, GridSheet } from "../core/read/grid";
import { MAX_FILE_BYTES, MAX_MS_PER_FILE, MAX_SHEETS } from "../core/limits";
import type { TemplateCatalogue } from "../core/templates/catalogue";
import { isCfb, isEncryptedOoxml, PartReader } from "./container";
import { ReadError } from "./read-error";
import { parseSharedStrings, parseSheet } from "./sheet-scan";
import { readWorkbookPart } from "./workbook-part";
import { refuseDtd } from "./xml";
import type { ZipCodec } from "./zip";

export { ReadError } from "./read-error";
export { cfbHasStream } from "./container";

export interface ReadOptions {
  /** Clock in milliseconds (tests pass a fake one). */
  now?: () => number;
  /** Templates a report may be read with besides the one it carries (default: the built-ins). */
  templates?: TemplateCatalogue;
  /** How zip parts are inflated and checksummed (default: fflate and our CRC-32; the CLI passes Node's zlib). */
  codec?: ZipCodec;
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

  const parts = new PartReader(bytes, options.codec);
  const firstParts = parts.read(new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"]));
  inTime();
  const workbookXml = firstParts.get("xl/workbook.xml");
  if (!workbookXml) throw new ReadError("no_workbook", "xl/workbook.xml is missing");
  refuseDtd(workbookXml, "xl/workbook.xml");
  const { sheets, names } = readWorkbookPart(workbookXml, firstParts.get("xl/_rels/workbook.xml.rels") ?? "");
  if (sheets.length > MAX_SHEETS) throw new ReadError("too_many_sheets", `${sheets.length} sheets`);

  let shared: string[] | undefined;
  const sharedStrings = (): string[] => {
    if (!shared) {
      const xml = firstParts.get("xl/sharedStrings.xml") ?? "";
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
