// Native bar charts for the .xlsx writer: the DrawingML chart part and the
// drawing part that places it. Each series carries a cache of its values so
// viewers that do not recalculate still draw it.
import { colLetter } from "../core/form/a1";
import type { BarChart, ModelSheet } from "../core/layout/model";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

import { escapeXml } from "./xml-write";

/**
 * Series colours: the accents of Office's default theme, which Excel gives a chart added through Office.js. Written
 * on each series (and so its legend entry), since the package has no theme part to take them from: without
 * them LibreOffice draws no bars.
 */
export const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

function seriesFill(i: number): string {
  const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
  return `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`;
}

function ref(sheet: string, col: number, from: number, to: number): string {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  return from === to ? `${q}!$${colLetter(col)}$${from}` : `${q}!$${colLetter(col)}$${from}:$${colLetter(col)}$${to}`;
}

const lookups = new WeakMap<ModelSheet, Map<number, string | number>>();

function cellValue(sheet: ModelSheet, row: number, col: number): string | number | undefined {
  let map = lookups.get(sheet);
  if (!map) {
    map = new Map();
    for (const c of sheet.cells)
      if (c.value !== undefined && c.value !== null)
        map.set(c.row * 16_384 + c.col, typeof c.value === "boolean" ? String(c.value) : c.value);
    lookups.set(sheet, map);
  }
  return map.get(row * 16_384 + col);
}

function strCache(sheet: ModelSheet, col: number, from: number, to: number): string {
  const pts: string[] = [];
  for (let r = from; r <= to; r++)
    pts.push(`<c:pt idx="${r - from}"><c:v>${escapeXml(String(cellValue(sheet, r, col) ?? ""))}</c:v></c:pt>`);
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
        `<c:tx><c:strRef><c:f>${escapeXml(ref(sheet.name, s.col, s.fromRow - 1, s.fromRow - 1))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        seriesFill(i) +
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

export function drawingXml(charts: BarChart[], firstChart: number): string {
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

export function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}
