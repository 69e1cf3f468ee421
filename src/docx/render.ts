// Draws a DocumentModel as a Word document (.docx) with the `docx` package: sections with their page size,
// margins and page numbers, paragraphs, borderless grids and bordered tables with merged, repeated headers.
// Adds nothing of its own: every word, size and rule comes from the model (core/document/). Runs in Node (the
// CLI) and in the browser (the pane, as a chunk of its own). Tables get explicit widths: OpenOffice-family
// readers may drop width-less tables.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from "docx";
import type * as M from "../core/document/model";
import { valueText } from "../core/document/model";

const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number): number => Math.round(pt * 2);
const PAGE_MM = { width: 210, height: 297 };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function runs(p: M.Paragraph, base: { bold?: boolean; italic?: boolean; size?: number } = {}): TextRun[] {
  return p.runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold ?? base.bold,
        italics: r.italic ?? base.italic,
        ...((r.size ?? base.size) ? { size: halfPoints((r.size ?? base.size) as number) } : {}),
      }),
  );
}

/** A short solid rule, centred in a space `widthMm` wide: an empty, one-point paragraph with a top border. */
function rule(ruleMm: number, widthMm: number): Paragraph {
  const side = Math.max(0, (widthMm - ruleMm) / 2);
  return new Paragraph({
    indent: { left: twip(side), right: twip(side) },
    spacing: { before: 40, after: 0, line: 20, lineRule: "exact" },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 } },
    children: [new TextRun({ text: "", size: 2 })],
  });
}

/** A model paragraph (and its rule), drawn in a space `widthMm` wide. */
function paragraph(p: M.Paragraph, widthMm: number, base?: Parameters<typeof runs>[1]): Paragraph[] {
  const drawn = new Paragraph({
    alignment: ALIGN[p.align ?? "left"],
    ...(p.firstLineMm ? { indent: { firstLine: twip(p.firstLineMm) } } : {}),
    spacing: { before: (p.spaceBeforePt ?? 0) * 20, after: (p.spaceAfterPt ?? 0) * 20 },
    ...(p.keepWithNext ? { keepNext: true } : {}),
    ...(p.outline !== undefined ? { outlineLevel: p.outline - 1 } : {}),
    children: runs(p, base),
  });
  return p.ruleMm ? [drawn, rule(p.ruleMm, widthMm)] : [drawn];
}

function grid(g: M.Grid): Table {
  return new Table({
    width: { size: twip(g.widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: g.widthsMm.map(twip),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: g.rows.map(
      (row) =>
        new TableRow({
          ...(g.keepTogether ? { cantSplit: true } : {}),
          children: row.map(
            (cell, i) =>
              new TableCell({
                width: { size: twip(g.widthsMm[i]), type: WidthType.DXA },
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
                children: cell.flatMap((p) => paragraph(p, g.widthsMm[i])),
              }),
          ),
        }),
    ),
  });
}

const CELL_MARGINS = { left: 70, right: 70, top: 30, bottom: 30 };

function cellParagraph(text: string, align: M.Align, size: number, bold?: boolean, italic?: boolean): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, size: halfPoints(size), bold, italics: italic })],
  });
}

function table(t: M.Table): Table {
  const widths = t.columns.map((c) => c.widthMm);
  const span = (from: number, n: number) => widths.slice(from, from + n).reduce((a, b) => a + b, 0);
  // Header cells take the next columns not covered by a cell merged down from the row above.
  const covered = new Set<string>();
  const header = t.header.map((row, r) => {
    let col = 0;
    const cells = row.map((c) => {
      while (covered.has(`${r}:${col}`)) col++;
      const n = c.colSpan ?? 1;
      for (let k = 1; k < (c.rowSpan ?? 1); k++) for (let j = 0; j < n; j++) covered.add(`${r + k}:${col + j}`);
      const cell = new TableCell({
        width: { size: twip(span(col, n)), type: WidthType.DXA },
        ...(n > 1 ? { columnSpan: n } : {}),
        ...((c.rowSpan ?? 1) > 1 ? { rowSpan: c.rowSpan } : {}),
        verticalAlign: VerticalAlign.CENTER,
        margins: CELL_MARGINS,
        children: [cellParagraph(c.text, "center", t.size, true)],
      });
      col += n;
      return cell;
    });
    return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
  });
  const body = t.rows.map((row) => {
    let col = 0;
    const cells = row.cells.map((c) => {
      const n = c.colSpan ?? 1;
      const column = t.columns[col];
      const text = valueText(c.value, c.format ?? column.format);
      const cell = new TableCell({
        width: { size: twip(span(col, n)), type: WidthType.DXA },
        ...(n > 1 ? { columnSpan: n } : {}),
        verticalAlign: VerticalAlign.CENTER,
        margins: CELL_MARGINS,
        children: [cellParagraph(text, c.align ?? column.align, t.size, row.bold, row.italic)],
      });
      col += n;
      return cell;
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({
    width: { size: twip(span(0, widths.length)), type: WidthType.DXA },
    columnWidths: widths.map(twip),
    layout: TableLayoutType.FIXED,
    rows: [...header, ...body],
  });
}

function blocks(list: M.Block[], widthMm: number): (Paragraph | Table)[] {
  return list.flatMap((b): (Paragraph | Table)[] =>
    b.kind === "paragraph" ? paragraph(b, widthMm) : b.kind === "grid" ? [grid(b)] : [table(b)],
  );
}

function pageNumber(n: M.PageNumbers): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(n.size) })],
      }),
    ],
  });
}

function section(s: M.DocSection): ISectionOptions {
  const landscape = s.orientation === "landscape";
  const m = s.marginsMm;
  const width = (landscape ? PAGE_MM.height : PAGE_MM.width) - m.left - m.right;
  return {
    properties: {
      page: {
        size: {
          width: twip(PAGE_MM.width),
          height: twip(PAGE_MM.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: twip(m.top),
          bottom: twip(m.bottom),
          left: twip(m.left),
          right: twip(m.right),
          header: twip(m.header),
          footer: twip(m.footer),
        },
        ...(s.pageNumbers.restart ? { pageNumbers: { start: 1 } } : {}),
      },
      titlePage: s.pageNumbers.hideOnFirst,
    },
    headers: {
      default: pageNumber(s.pageNumbers),
      ...(s.pageNumbers.hideOnFirst ? { first: new Header({ children: [new Paragraph({})] }) } : {}),
    },
    children: blocks(s.blocks, width),
  };
}

/** The model as a docx package's Document. */
export function wordDocument(model: M.DocumentModel): Document {
  return new Document({
    title: model.title,
    creator: "tonghop",
    styles: {
      default: {
        document: {
          run: { font: model.font.name, size: halfPoints(model.font.size), language: { value: model.language } },
          paragraph: { spacing: { line: Math.round(model.lineSpacing * 240) } },
        },
      },
    },
    sections: model.sections.map(section),
  });
}

/** The .docx file's bytes (in Node and in a browser alike). */
export function renderDocx(model: M.DocumentModel): Promise<Uint8Array> {
  return Packer.pack(wordDocument(model), "uint8array");
}
