// Writes a sheet model as an .xlsx package: the workbook, one part per sheet,
// the styles, defined names and native charts, zipped with fflate. Draws
// exactly what the model says and adds nothing of its own, so the Office.js
// renderer can draw the very same thing. No Node imports: runs in a browser.
import { strToU8, zipSync, type Zippable } from "fflate";
import { sheetRef } from "../core/layout/a1";
import type { SheetModel } from "../core/layout/model";
import { chartXml, drawingXml, relsXml } from "./charts";
import { sheetXml } from "./sheet-xml";
import { StyleTable } from "./styles";
import { escapeXml } from "./xml-write";

const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

export async function renderXlsx(model: SheetModel): Promise<Uint8Array> {
  return renderXlsxSync(model);
}

export function renderXlsxSync(model: SheetModel): Uint8Array {
  const styles = new StyleTable(model);
  const files: Zippable = {};
  const overrides: string[] = [];
  const put = (path: string, xml: string, type?: string) => {
    files[path] = strToU8(xml);
    if (type) overrides.push(`<Override PartName="/${path}" ContentType="${type}"/>`);
  };
  let chartNo = 0;
  const sheetRels: string[] = [];
  const firstVisible = Math.max(0, model.sheets.findIndex((s) => s.state === "visible"));
  model.sheets.forEach((sheet, i) => {
    const n = i + 1;
    let drawingRel: string | undefined;
    const charts = sheet.charts ?? [];
    if (charts.length > 0) {
      drawingRel = "rId1";
      put(`xl/drawings/drawing${n}.xml`, drawingXml(charts, chartNo + 1), `${CT}.drawing+xml`);
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(relsXml([{ id: "rId1", type: `${NS_R}/drawing`, target: `../drawings/drawing${n}.xml` }]));
      files[`xl/drawings/_rels/drawing${n}.xml.rels`] = strToU8(
        relsXml(charts.map((_, k) => ({ id: `rId${k + 1}`, type: `${NS_R}/chart`, target: `../charts/chart${chartNo + k + 1}.xml` }))),
      );
      charts.forEach((c, k) => put(`xl/charts/chart${chartNo + k + 1}.xml`, chartXml(c, sheet), `${CT}.drawingml.chart+xml`));
      chartNo += charts.length;
    }
    put(`xl/worksheets/sheet${n}.xml`, sheetXml(sheet, styles, i === firstVisible, drawingRel), `${CT}.spreadsheetml.worksheet+xml`);
    sheetRels.push(`<Relationship Id="rId${n}" Type="${NS_R}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
  });

  const names = model.sheets.flatMap((s) => s.cells.filter((c) => c.name).map((c) => `<definedName name="${escapeXml(c.name as string)}">${escapeXml(sheetRef(s.name, c.row, c.col))}</definedName>`));
  const sheets = model.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state === "hidden" ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`);
  put(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_R}">` +
      `<workbookPr/><bookViews><workbookView activeTab="${firstVisible}"/></bookViews>` +
      `<sheets>${sheets.join("")}</sheets>` +
      (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
      // Formulas carry cached results; Excel recalculates them on open anyway.
      '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
    `${CT}.spreadsheetml.sheet.main+xml`,
  );
  const stylesId = model.sheets.length + 1;
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels.join("")}` +
      `<Relationship Id="rId${stylesId}" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
  );
  put("xl/styles.xml", styles.xml(), `${CT}.spreadsheetml.styles+xml`);
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
  files["_rels/.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${NS_R}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  files["[Content_Types].xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      overrides.join("") +
      "</Types>",
  );
  // [Content_Types].xml first, as Office writes it.
  const ordered: Zippable = { "[Content_Types].xml": files["[Content_Types].xml"] };
  for (const [k, v] of Object.entries(files)) if (k !== "[Content_Types].xml") ordered[k] = v;
  return zipSync(ordered, { level: 6, mtime: new Date(1980, 0, 1) });
}
