// Writes a workbook as an .xlsx package: the workbook, one part per sheet,
// the styles, defined names and native charts, zipped with fflate. Draws
// exactly what the model says and adds nothing of its own, so the Office.js
// renderer can draw the very same thing. Sheets are made one at a time, when
// their part is written (WorkbookPlan), and each part is deflated as it is
// made. No Node imports: runs in a browser; the CLI passes Node's zlib.
import { Deflate, strToU8, Zip, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";
import { asPlan, type ModelCell, type SheetModel, type WorkbookPlan } from "../core/layout/model";
import { chartXml, drawingXml, relsXml } from "./charts";
import { crc32 } from "./crc32";
import { sheetXml, wholeSheet } from "./sheet-xml";
import { StyleTable } from "./styles";
import { NS_R, workbookXml, type CellName } from "./workbook-part";

const CT = "application/vnd.openxmlformats-officedocument";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MTIME = new Date(1980, 0, 1);
/** Bytes of XML compressed at a time (each piece is deflated on its own by the CLI's zlib: larger is smaller). */
const PIECE = 256 * 1024;
/** Characters of XML gathered before they are encoded: short strings die young. */
const TEXT = 16 * 1024;

/**
 * Raw deflate of one part, given in pieces: returns a function taking the part's bytes in order (`last` on
 * the final piece) that hands the compressed bytes to `emit`; the emitted bytes, concatenated, are the
 * part's deflate stream.
 */
export type PartDeflate = (
  emit: (compressed: Uint8Array, final: boolean) => void,
) => (data: Uint8Array, last: boolean) => void;

/** fflate's deflate, level 6: what the browser and the pane use. */
export const fflateDeflate: PartDeflate = (emit) => {
  const d = new Deflate({ level: 6 }, (chunk, final) => emit(chunk, final));
  return (data, last) => d.push(data, last);
};

export interface WriteOptions {
  /** How parts are compressed (the CLI passes Node's zlib, several times faster); fflate's when absent. */
  deflate?: PartDeflate;
  /** CRC-32 of a piece continued from the CRC-32 before it (the CLI passes Node's); crc32.ts's when absent. */
  crc32?: (data: Uint8Array, previous: number) => number;
}

/** A zip entry deflated by a PartDeflate, its size and CRC-32 counted as its bytes go in. */
class DeflatedPart implements ZipInputFile {
  readonly compression = 8;
  readonly mtime = MTIME;
  size = 0;
  crc = 0;
  /** Set by the Zip when the part is added. */
  ondata?: AsyncFlateStreamHandler;
  private readonly write: (data: Uint8Array, last: boolean) => void;
  constructor(
    readonly filename: string,
    deflate: PartDeflate,
    private readonly checksum: (data: Uint8Array, previous: number) => number,
  ) {
    this.write = deflate((bytes, final) => this.ondata?.(null, bytes, final));
  }
  push(data: Uint8Array, last = false): void {
    this.size += data.length;
    this.crc = this.checksum(data, this.crc);
    this.write(data, last);
  }
}

export async function renderXlsx(model: SheetModel | WorkbookPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  return renderXlsxSync(model, options);
}

export function renderXlsxSync(model: SheetModel | WorkbookPlan, options: WriteOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  writeXlsx(asPlan(model), (bytes) => chunks.push(bytes), options);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Writes the package to `sink` piece by piece; each sheet is made when its part is written, then let go. */
export function writeXlsx(plan: WorkbookPlan, sink: (bytes: Uint8Array) => void, options: WriteOptions = {}): void {
  const deflate = options.deflate ?? fflateDeflate;
  const styles = new StyleTable(plan.font);
  const zip = new Zip((err, data) => {
    if (err) throw err;
    sink(data);
  });
  // XML is gathered in short strings (young garbage, never in V8's large-object space) and encoded into one
  // reused buffer, compressed each time it fills: the deflaters copy what they are given.
  const bytes = new Uint8Array(PIECE);
  const encoder = new TextEncoder();
  // Older webviews (Safari before 14.1) lack encodeInto: each text is then encoded on its own.
  const canEncodeInto = typeof encoder.encodeInto === "function";
  /** Streams one part into the package, compressing PIECE bytes at a time. */
  const stream = (path: string, write: (emit: (piece: string) => void) => void) => {
    const part = new DeflatedPart(path, deflate, options.crc32 ?? crc32);
    zip.add(part);
    let used = 0;
    let buffered: string[] = [];
    let size = 0;
    const encode = () => {
      const text = buffered.join("");
      buffered = [];
      size = 0;
      // At most 3 bytes per UTF-16 unit: what is buffered goes first when the text might not fit.
      const fits = canEncodeInto && used + text.length * 3 <= bytes.length;
      if (!fits && used > 0) {
        part.push(bytes.subarray(0, used));
        used = 0;
      }
      if (canEncodeInto && text.length * 3 <= bytes.length)
        used += encoder.encodeInto(text, bytes.subarray(used)).written;
      else part.push(strToU8(text));
    };
    write((piece) => {
      buffered.push(piece);
      size += piece.length;
      if (size > TEXT) encode();
    });
    encode();
    part.push(bytes.subarray(0, used), true);
  };
  const put = (path: string, xml: string) => stream(path, (emit) => emit(xml));

  const n = plan.sheets.length;
  const chartsBefore = plan.sheets.map((_, i) => plan.sheets.slice(0, i).reduce((k, s) => k + s.charts, 0));
  const firstVisible = Math.max(
    0,
    plan.sheets.findIndex((s) => s.state === "visible"),
  );
  // [Content_Types].xml first, as Office writes it (and as file-type sniffers look for it).
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
    ...plan.sheets.flatMap((s, i) => [
      ...(s.charts > 0
        ? [`<Override PartName="/xl/drawings/drawing${i + 1}.xml" ContentType="${CT}.drawing+xml"/>`]
        : []),
      ...Array.from(
        { length: s.charts },
        (_, k) =>
          `<Override PartName="/xl/charts/chart${chartsBefore[i] + k + 1}.xml" ContentType="${CT}.drawingml.chart+xml"/>`,
      ),
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    ]),
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`,
  ];
  put(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      overrides.join("") +
      "</Types>",
  );
  put(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${NS_R}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  put(
    "docProps/core.xml",
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>tonghop</dc:creator></cp:coreProperties>`,
  );
  put(
    "docProps/app.xml",
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>tonghop</Application></Properties>`,
  );
  const sheetRels = plan.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels.join("")}` +
      `<Relationship Id="rId${n + 1}" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
  );

  // The sheets, one at a time: made, written with their charts, and let go.
  const names: CellName[] = [];
  plan.sheets.forEach((planned, i) => {
    // A long sheet comes row by row; any other is made whole.
    const rows = planned.rows && planned.charts === 0 ? planned.rows() : wholeSheet(planned.make());
    const sheet = rows.sheet;
    const charts = sheet.charts ?? [];
    if (sheet.name !== planned.name || charts.length !== planned.charts)
      throw new Error(`sheet ${i + 1} is not the one its plan declared (${planned.name}, ${planned.charts} charts)`);
    const first = chartsBefore[i] + 1;
    const drawingRel = charts.length > 0 ? "rId1" : undefined;
    function* named(bands: Iterable<ModelCell[]>) {
      for (const band of bands) {
        for (const c of band)
          if (c.name)
            names.push({
              name: c.name,
              sheet: sheet.name,
              row: c.row,
              col: c.col,
              ...(c.nameRows ? { lastRow: c.row + c.nameRows - 1 } : {}),
            });
        yield band;
      }
    }
    stream(`xl/worksheets/sheet${i + 1}.xml`, (emit) =>
      sheetXml({ ...rows, bands: named(rows.bands) }, styles, i === firstVisible, drawingRel, emit),
    );
    if (drawingRel) {
      put(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        relsXml([{ id: drawingRel, type: `${NS_R}/drawing`, target: `../drawings/drawing${i + 1}.xml` }]),
      );
      put(`xl/drawings/drawing${i + 1}.xml`, drawingXml(charts, first));
      put(
        `xl/drawings/_rels/drawing${i + 1}.xml.rels`,
        relsXml(
          charts.map((_, k) => ({
            id: `rId${k + 1}`,
            type: `${NS_R}/chart`,
            target: `../charts/chart${first + k}.xml`,
          })),
        ),
      );
      charts.forEach((c, k) => put(`xl/charts/chart${first + k}.xml`, chartXml(c, sheet)));
    }
  });
  // Last, what the sheets filled in as they went: the defined names and the styles.
  put("xl/workbook.xml", workbookXml(plan.sheets, names, firstVisible));
  put("xl/styles.xml", styles.xml());
  zip.end();
}
