// Native bar charts for the .xlsx writer. ExcelJS cannot write charts, so the
// written package gets a DrawingML chart part, a drawing part and their
// relationships added. Each series carries a cache of its values so viewers
// that do not recalculate still draw it.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { colLetter } from "../core/layout/a1";
import type { BarChart, ModelSheet } from "../core/layout/model";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function ref(sheet: string, col: number, from: number, to: number): string {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  return from === to ? `${q}!$${colLetter(col)}$${from}` : `${q}!$${colLetter(col)}$${from}:$${colLetter(col)}$${to}`;
}

function cellValue(sheet: ModelSheet, row: number, col: number): string | number | undefined {
  const c = sheet.cells.find((x) => x.row === row && x.col === col);
  return c?.value === null || c?.value === undefined ? undefined : typeof c.value === "boolean" ? String(c.value) : c.value;
}

function strCache(sheet: ModelSheet, col: number, from: number, to: number): string {
  const pts: string[] = [];
  for (let r = from; r <= to; r++) pts.push(`<c:pt idx="${r - from}"><c:v>${escapeXml(String(cellValue(sheet, r, col) ?? ""))}</c:v></c:pt>`);
  return `<c:strCache><c:ptCount val="${to - from + 1}"/>${pts.join("")}</c:strCache>`;
}

function numCache(sheet: ModelSheet, col: number, from: number, to: number): string {
  const pts: string[] = [];
  for (let r = from; r <= to; r++) {
    const v = cellValue(sheet, r, col);
    if (typeof v === "number") pts.push(`<c:pt idx="${r - from}"><c:v>${v}</c:v></c:pt>`);
  }
  return `<c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val="${to - from + 1}"/>${pts.join("")}</c:numCache>`;
}

export function chartXml(chart: BarChart, sheet: ModelSheet): string {
  const cat = chart.categories;
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(ref(sheet.name, s.col, 1, 1))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(ref(sheet.name, cat.col, cat.fromRow, cat.toRow))}</c:f>${strCache(sheet, cat.col, cat.fromRow, cat.toRow)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(ref(sheet.name, s.col, s.fromRow, s.toRow))}</c:f>${numCache(sheet, s.col, s.fromRow, s.toRow)}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(charts: BarChart[], firstChart: number): string {
  const anchors = charts
    .map((c, i) => {
      const a = c.anchor;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${a.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${a.col - 1 + a.widthCols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row - 1 + a.heightRows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Biểu đồ ${firstChart + i}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
        `<xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`;
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

/** The worksheet part of a sheet, found through the workbook's relationships. */
function sheetPart(files: Record<string, Uint8Array>, sheetName: string): string {
  const wb = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const sheet = new RegExp(`<sheet\\b[^>]*name="${escapeXml(sheetName).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(wb);
  if (!sheet) throw new Error(`chart sheet ${sheetName} not in workbook`);
  const rel = new RegExp(`<Relationship\\b[^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  if (!rel) throw new Error(`no relationship ${sheet[1]}`);
  return rel[1].startsWith("/") ? rel[1].slice(1) : `xl/${rel[1]}`;
}

/** Adds the model's charts to a package written by ExcelJS. */
export function addCharts(bytes: Uint8Array, sheets: ModelSheet[]): Uint8Array {
  const files = unzipSync(bytes);
  let types = strFromU8(files["[Content_Types].xml"]);
  let chartNo = 1;
  sheets.forEach((sheet, d) => {
    const charts = sheet.charts ?? [];
    if (charts.length === 0) return;
    const part = sheetPart(files, sheet.name);
    const drawing = `xl/drawings/drawing${d + 1}.xml`;
    files[drawing] = strToU8(drawingXml(charts, chartNo));
    files[`xl/drawings/_rels/drawing${d + 1}.xml.rels`] = strToU8(
      relsXml(charts.map((_, i) => ({ id: `rId${i + 1}`, type: REL_CHART, target: `../charts/chart${chartNo + i}.xml` }))),
    );
    charts.forEach((c, i) => {
      files[`xl/charts/chart${chartNo + i}.xml`] = strToU8(chartXml(c, sheet));
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${chartNo + i}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
    });
    chartNo += charts.length;
    types = types.replace("</Types>", `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);
    // The worksheet points at its drawing; <drawing> goes before legacyDrawing/tableParts/extLst.
    const relsPath = part.replace(/^(.*\/)([^/]+)$/, "$1_rels/$2.rels");
    const existing = files[relsPath] ? strFromU8(files[relsPath]) : relsXml([]);
    const id = "rIdTonghopDrawing";
    files[relsPath] = strToU8(existing.replace("</Relationships>", `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="../drawings/drawing${d + 1}.xml"/></Relationships>`));
    let xml = strFromU8(files[part]);
    if (!/xmlns:r=/.test(xml.slice(0, 600))) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
    const tag = `<drawing r:id="${id}"/>`;
    const before = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(xml);
    xml = before ? xml.slice(0, before.index) + tag + xml.slice(before.index) : xml.replace("</worksheet>", `${tag}</worksheet>`);
    files[part] = strToU8(xml);
  });
  files["[Content_Types].xml"] = strToU8(types);
  return zipSync(files);
}
