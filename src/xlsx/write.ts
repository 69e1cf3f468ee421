// Writes a sheet model as an .xlsx package: the workbook, one part per sheet,
// the styles, defined names and native charts, zipped with fflate. Draws
// exactly what the model says and adds nothing of its own, so the Office.js
// renderer can draw the very same thing. No Node imports: runs in a browser.
import { strToU8, Zip, ZipDeflate } from "fflate";
import type { SheetModel } from "../core/layout/model";
import { chartXml, drawingXml, relsXml } from "./charts";
import { sheetXml } from "./sheet-xml";
import { StyleTable } from "./styles";
import { NS_R, workbookXml } from "./workbook-part";

const CT = "application/vnd.openxmlformats-officedocument";

export async function renderXlsx(model: SheetModel): Promise<Uint8Array> {
  return renderXlsxSync(model);
}

export function renderXlsxSync(model: SheetModel): Uint8Array {
  const styles = new StyleTable(model);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const mtime = new Date(1980, 0, 1);
  /** Streams one part into the package, deflating ~64 KB at a time. */
  const stream = (path: string, write: (emit: (piece: string) => void) => void) => {
    const part = new ZipDeflate(path, { level: 6 });
    part.mtime = mtime;
    zip.add(part);
    let buffered: string[] = [];
    let size = 0;
    write((piece) => {
      buffered.push(piece);
      size += piece.length;
      if (size > 65_536) {
        part.push(strToU8(buffered.join("")));
        buffered = [];
        size = 0;
      }
    });
    part.push(strToU8(buffered.join("")), true);
  };
  const overrides: string[] = [];
  const rels: Record<string, string> = {};
  const put = (path: string, xml: string, type?: string) => {
    if (type) overrides.push(`<Override PartName="/${path}" ContentType="${type}"/>`);
    // Small parts are kept until the content types are known, then written in order.
    rels[path] = xml;
  };
  const sheetParts: { path: string; write: (emit: (piece: string) => void) => void }[] = [];
  let chartNo = 0;
  const sheetRels: string[] = [];
  const firstVisible = Math.max(
    0,
    model.sheets.findIndex((s) => s.state === "visible"),
  );
  model.sheets.forEach((sheet, i) => {
    const n = i + 1;
    let drawingRel: string | undefined;
    const charts = sheet.charts ?? [];
    if (charts.length > 0) {
      drawingRel = "rId1";
      put(`xl/drawings/drawing${n}.xml`, drawingXml(charts, chartNo + 1), `${CT}.drawing+xml`);
      put(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        relsXml([{ id: "rId1", type: `${NS_R}/drawing`, target: `../drawings/drawing${n}.xml` }]),
      );
      put(
        `xl/drawings/_rels/drawing${n}.xml.rels`,
        relsXml(
          charts.map((_, k) => ({
            id: `rId${k + 1}`,
            type: `${NS_R}/chart`,
            target: `../charts/chart${chartNo + k + 1}.xml`,
          })),
        ),
      );
      charts.forEach((c, k) =>
        put(`xl/charts/chart${chartNo + k + 1}.xml`, chartXml(c, sheet), `${CT}.drawingml.chart+xml`),
      );
      chartNo += charts.length;
    }
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    );
    sheetParts.push({
      path: `xl/worksheets/sheet${n}.xml`,
      write: (emit) => sheetXml(sheet, styles, i === firstVisible, drawingRel, emit),
    });
    sheetRels.push(`<Relationship Id="rId${n}" Type="${NS_R}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
  });

  put("xl/workbook.xml", workbookXml(model, firstVisible), `${CT}.spreadsheetml.sheet.main+xml`);
  const stylesId = model.sheets.length + 1;
  put(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels.join("")}` +
      `<Relationship Id="rId${stylesId}" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
  );
  put(
    "docProps/core.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>tonghop</dc:creator></cp:coreProperties>',
    "application/vnd.openxmlformats-package.core-properties+xml",
  );
  put(
    "docProps/app.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>tonghop</Application></Properties>',
    `${CT}.extended-properties+xml`,
  );
  put(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${NS_R}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`);
  // [Content_Types].xml first, as Office writes it; then the small parts, the
  // sheets (streamed), and the styles, which the sheets fill in as they go.
  stream("[Content_Types].xml", (emit) =>
    emit(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        overrides.join("") +
        "</Types>",
    ),
  );
  for (const [path, xml] of Object.entries(rels)) stream(path, (emit) => emit(xml));
  for (const p of sheetParts) stream(p.path, p.write);
  stream("xl/styles.xml", (emit) => emit(styles.xml()));
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
