// The document model: a renderer-neutral description of an official document (a report, its appendices; later
// a covering letter or a comparison with last year) — sections with their page setup, and blocks: paragraphs,
// borderless grids (the header, the signature) and tables with merged headers and per-column number formats.
// Pure functions build it (document/report.ts, summary.ts); the Word renderer (src/docx/) draws exactly this
// and adds nothing of its own. Sizes are points, lengths millimetres.
import { formatNumber, formatPercent } from "../i18n/format";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Points; the document's size when absent. */
  size?: number;
}

export type Align = "left" | "center" | "right" | "justify";

export interface Paragraph {
  kind: "paragraph";
  runs: Run[];
  align?: Align;
  /** First-line indent (mm). */
  firstLineMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Kept on the same page as what follows (headings, the lines above a signature). */
  keepWithNext?: boolean;
  /** A short solid rule under the text, centred, this long (mm): under the issuer, the motto, the title. */
  ruleMm?: number;
  /** A heading's level in the document's outline (1: "I. …", 2: "1. …"). */
  outline?: 1 | 2;
}

/** Blocks side by side without borders: the header (issuer | national title), the signature (Nơi nhận | signer). */
export interface Grid {
  kind: "grid";
  widthsMm: number[];
  /** Rows of cells; each cell holds paragraphs. */
  rows: Paragraph[][][];
  /** Never split across pages (the signature block). */
  keepTogether?: boolean;
}

/**
 * How a column's values are written: text as it is, numbers with Vietnamese groups (1.500.000), rates as
 * percentages with a comma (85,0%).
 */
export type ValueFormat = "text" | "number" | "rate";

export interface TableColumn {
  widthMm: number;
  format: ValueFormat;
  align: Align;
}

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableCell {
  value: string | number | null;
  colSpan?: number;
  /** Another format than its column's (a rate in a value column). */
  format?: ValueFormat;
  align?: Align;
}

export interface TableRow {
  cells: TableCell[];
  bold?: boolean;
  italic?: boolean;
}

export interface Table {
  kind: "table";
  columns: TableColumn[];
  /** Header rows, repeated at the top of every page the table runs onto. */
  header: HeaderCell[][];
  rows: TableRow[];
  size: number;
}

export type Block = Paragraph | Grid | Table;

export interface PageNumbers {
  /** Centred at the top, this size. */
  size: number;
  /** Numbering starts again at 1 in this section (each Phụ lục). */
  restart: boolean;
  /** No number on the section's first page (the document's first page, each Phụ lục's). */
  hideOnFirst: boolean;
}

export interface DocSection {
  orientation: "portrait" | "landscape";
  marginsMm: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  pageNumbers: PageNumbers;
  blocks: Block[];
}

export interface DocumentModel {
  /** The document's title (its properties). */
  title: string;
  /** The language its text is in ("vi-VN"). */
  language: string;
  font: { name: string; size: number };
  /** Lines of body text are this many lines apart (1 = single). */
  lineSpacing: number;
  sections: DocSection[];
}

/** A value as the document prints it, in its format: "1.500.000", "85,0%", or the text. */
export function valueText(value: string | number | null, format: ValueFormat): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (format === "rate") return formatPercent(value, "vi");
  return format === "number" ? formatNumber(value, "vi") : String(value);
}

/** Every text a model holds, in reading order: for tests and for whoever searches a document. */
export function* modelTexts(doc: DocumentModel): Generator<string> {
  const paragraphs = (ps: Paragraph[]) => ps.map((p) => p.runs.map((r) => r.text).join(""));
  for (const s of doc.sections)
    for (const b of s.blocks) {
      if (b.kind === "paragraph") yield* paragraphs([b]);
      else if (b.kind === "grid") for (const row of b.rows) for (const cell of row) yield* paragraphs(cell);
      else {
        for (const row of b.header) for (const c of row) yield c.text;
        for (const row of b.rows) {
          let col = 0;
          for (const c of row.cells) {
            yield valueText(c.value, c.format ?? b.columns[col]?.format ?? "text");
            col += c.colSpan ?? 1;
          }
        }
      }
    }
}
