// One worksheet part from a model sheet: values, formulas with cached results,
// styles, merges, data validation, protection, view and print setup, in the
// element order the SpreadsheetML schema requires.
import { a1 } from "../core/form/a1";
import { sheetExtent, SHEET_PROTECTION, type ModelCell, type ModelSheet, type SheetRows } from "../core/layout/model";
import type { StyleTable } from "./styles";
import { escapeCellText, escapeXml } from "./xml-write";

function cellXml(c: ModelCell, styles: StyleTable): string {
  const ref = a1(c.row, c.col);
  const s = styles.id(c.style);
  if (c.formula !== undefined) {
    const f = `<f>${escapeXml(c.formula)}</f>`;
    if (typeof c.value === "number") return `<c r="${ref}" s="${s}">${f}<v>${c.value}</v></c>`;
    if (typeof c.value === "string") return `<c r="${ref}" s="${s}" t="str">${f}<v>${escapeXml(c.value)}</v></c>`;
    return `<c r="${ref}" s="${s}">${f}</c>`;
  }
  if (c.date !== undefined) return `<c r="${ref}" s="${s}"><v>${c.date}</v></c>`;
  const v = c.value;
  if (typeof v === "number")
    return Number.isFinite(v) ? `<c r="${ref}" s="${s}"><v>${v}</v></c>` : `<c r="${ref}" s="${s}"/>`;
  if (typeof v === "boolean") return `<c r="${ref}" s="${s}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string" && v !== "") {
    // Text is always a string cell: never parsed, never a formula.
    return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(v)}</t></is></c>`;
  }
  return `<c r="${ref}" s="${s}"/>`;
}

function validationsXml(validated: ModelCell[]): string {
  const groups = new Map<string, string[]>();
  for (const c of validated) {
    if (!c.validation) continue;
    const key = JSON.stringify(c.validation);
    groups.set(key, [...(groups.get(key) ?? []), a1(c.row, c.col)]);
  }
  if (groups.size === 0) return "";
  const items = [...groups.entries()].map(([key, refs]) => {
    const v = JSON.parse(key) as NonNullable<ModelCell["validation"]>;
    const operator = v.type === "whole" ? ` operator="between"` : "";
    const formulas =
      v.type === "whole"
        ? `<formula1>${v.min}</formula1><formula2>${v.max}</formula2>`
        : `<formula1>${escapeXml(`"${v.values.join(",")}"`)}</formula1>`;
    return (
      `<dataValidation type="${v.type}"${operator} allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop"` +
      ` errorTitle="${escapeXml(v.errorTitle)}" error="${escapeXml(v.error)}" promptTitle="${escapeXml(v.promptTitle)}" prompt="${escapeXml(v.prompt)}" sqref="${refs.join(" ")}">` +
      `${formulas}</dataValidation>`
    );
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

function inReadingOrder(cells: ModelCell[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (b.row < a.row || (b.row === a.row && b.col <= a.col)) return false;
  }
  return true;
}

/** A whole sheet's cells as one band, and its extent. */
export function wholeSheet(sheet: ModelSheet): SheetRows {
  return { sheet, extent: sheetExtent(sheet), bands: [sheet.cells] };
}

/**
 * The worksheet part, in pieces given to `emit` as they are made (a large sheet is never one string), its
 * rows taken band by band (whole rows, top to bottom).
 */
export function sheetXml(
  { sheet, extent, bands }: SheetRows,
  styles: StyleTable,
  selected: boolean,
  drawingRel: string | undefined,
  emit: (piece: string) => void,
): void {
  const { maxRow, maxCol } = extent;

  const out = { push: emit };
  out.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  out.push(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  );
  if (sheet.print?.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="A1:${a1(maxRow, maxCol)}"/>`);
  const pane = sheet.frozenRows
    ? `<pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : "";
  out.push(
    `<sheetViews><sheetView workbookViewId="0"${sheet.showGridLines ? "" : ' showGridLines="0"'}${selected ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>`,
  );
  out.push('<sheetFormatPr defaultRowHeight="18" customHeight="1"/>');
  if (sheet.columns.length)
    out.push(
      `<cols>${sheet.columns.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`,
    );
  out.push("<sheetData>");
  const validated: ModelCell[] = [];
  let done = 0;
  /** Rows up to `last` (and only those): a band's cells, and rows that have a height but no cell. */
  const rowsUpTo = (band: ModelCell[], last: number) => {
    const heights: number[] = [];
    for (const key of Object.keys(sheet.rowHeights)) {
      const r = Number(key);
      if (r > done && r <= last) heights.push(r);
    }
    heights.sort((a, b) => a - b);
    // Layouts mostly place cells row by row, left to right; merged blocks do not.
    const cells = inReadingOrder(band) ? band : [...band].sort((a, b) => a.row - b.row || a.col - b.col);
    const startRow = (r: number) => {
      const h = sheet.rowHeights[r];
      out.push(`<row r="${r}"${h ? ` ht="${h}" customHeight="1"` : ""}>`);
    };
    /** Rows with a height but no cell, before row `r`. */
    let next = 0;
    const emptyRowsBefore = (r: number) => {
      for (; next < heights.length && heights[next] < r; next++) {
        startRow(heights[next]);
        out.push("</row>");
      }
      if (next < heights.length && heights[next] === r) next++;
    };
    let open = 0;
    for (const c of cells) {
      if (c.row !== open) {
        if (open) out.push("</row>");
        emptyRowsBefore(c.row);
        startRow(c.row);
        open = c.row;
      }
      if (c.validation) validated.push(c);
      out.push(cellXml(c, styles));
    }
    if (open) out.push("</row>");
    emptyRowsBefore(Infinity);
    done = Math.max(done, last);
  };
  for (const band of bands) {
    let last = done;
    for (const c of band) if (c.row > last) last = c.row;
    rowsUpTo(band, last);
  }
  rowsUpTo([], Infinity);
  out.push("</sheetData>");
  if (sheet.protect) out.push(protectionXml());
  if (sheet.merges.length) {
    out.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`).join("")}</mergeCells>`,
    );
  }
  out.push(validationsXml(validated));
  const p = sheet.print;
  if (p) {
    out.push('<printOptions horizontalCentered="1"/>');
    const m = p.margins;
    out.push(
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    );
    out.push(
      `<pageSetup paperSize="9" orientation="${p.orientation}"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}${p.blackAndWhite ? ' blackAndWhite="1"' : ""}/>`,
    );
    // A break's id is the last row above it.
    const breaks = p.rowBreaks ?? [];
    if (breaks.length)
      out.push(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`,
      );
  } else {
    out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  }
  if (drawingRel) out.push(`<drawing r:id="${drawingRel}"/>`);
  out.push("</worksheet>");
}

/** SHEET_PROTECTION as OOXML: an attribute set to "0" means the action is NOT protected, i.e. allowed. */
function protectionXml(): string {
  const locked = (allowed: boolean) => (allowed ? "0" : "1");
  const p = SHEET_PROTECTION;
  const formats = `formatCells="${locked(p.formatCells)}" formatColumns="${locked(p.formatColumns)}" formatRows="${locked(p.formatRows)}"`;
  return `<sheetProtection sheet="1" objects="1" scenarios="1" ${formats}/>`;
}
