// Lays out a unit's report as an official administrative document (Decree
// 30/2020/NĐ-CP): issuer and national motto, number and date, title, the
// template's sections each with a text area, its tally tables, recipients and
// signature. Pure: (template, meta, optional values) → sheet model.
import { serialFromIso } from "../dates";
import {
  dateLine,
  dateLineFormat,
  documentDetails,
  NOI_NHAN,
  numberLine,
  QUOC_HIEU,
  recipientLine,
  SIZES,
  TIEU_NGU,
} from "../form/decree30";
import { parsePeriod, periodTitle, type ReportMeta } from "../meta";
import type { Template } from "../templates";
import { SheetBuilder, wrappedHeight } from "./builder";
import { metaSheet } from "./meta-sheet";
import { REPORT_SHEET } from "../form/sheets";
import { templateSheet } from "./template-sheet";
import { isBuiltIn } from "../templates/catalogue";
import { INPUT_FILL, type CellStyle, type ModelSheet, type SheetModel } from "./model";
import {
  COPIES_NAME,
  DOC_NUMBER_NAME,
  RECIPIENT_NAME,
  REPORT_DATE_NAME,
  SIGNER_NAME,
  SIGNER_TITLE_NAME,
} from "../form/names";
import { keepWithText, REPORT_PRINT, RULE } from "./print";
import { record } from "../records";
import {
  COL_WIDTH,
  FONT,
  layoutSection,
  layoutTable,
  type Body,
  type CellPos,
  type ReportContents,
} from "./report-body";

export { FONT, NUMBER_FORMAT, RATE_FORMAT, fieldValidation, type CellPos, type ReportContents } from "./report-body";

const MIN_COLS = 6;
/** Under the title (row 6): its short rule, then "Kính gửi"; the summary's note goes in the row after. */
const TITLE_RULE_ROW = 7;
export const RECIPIENT_ROW = 8;

export interface ReportLayout {
  model: SheetModel;
  fields: Record<string, CellPos>;
  narratives: Record<string, CellPos>;
  reportDate: CellPos;
}

export function gridWidth(template: Template): number {
  const widest = Math.max(
    0,
    ...template.tables
      .filter((t) => t.orientation === "columns")
      .map((t) => t.groups.reduce((n, g) => n + g.fields.length, 0)),
  );
  return Math.max(MIN_COLS, widest);
}

/**
 * @param reportSheet the report sheet's name: "Báo cáo", or another when the
 *   workbook it goes into already has a sheet of that name.
 */
export function layoutReport(
  template: Template,
  meta: ReportMeta,
  contents: ReportContents = {},
  kind: "report" | "summary" = "report",
  reportSheet: string = REPORT_SHEET,
): ReportLayout {
  const period = parsePeriod(template, meta.period);
  if (!period) throw new Error(`period "${meta.period}" does not fit template ${template.id}`);
  const W = gridWidth(template);
  const half = Math.floor(W / 2);
  const b = new SheetBuilder();
  const fields = record<CellPos>();
  const narratives = record<CellPos>();
  const at = (row: number, col: number): CellPos => ({ sheet: reportSheet, row, col });
  const leftWidth = half * COL_WIDTH;

  // The header (Decree 30): the parent body and the issuing body with a short rule under it, beside the national
  // title and the motto; the number line beside the place and date. All from document/decree30.ts.
  const d = documentDetails(meta, period.year);
  const center: CellStyle = { horizontal: "center", vertical: "top", wrap: true };
  // The issuing body in capitals, as the decree writes it (and the Word document prints it).
  const issuer = d.issuer.toLocaleUpperCase("vi");
  const parentBody = d.parentBody?.toLocaleUpperCase("vi");
  const rightWidth = (W - half) * COL_WIDTH;
  if (parentBody) b.block(1, 1, 1, half, parentBody, { ...center, font: { size: SIZES.parentBody } });
  b.block(1, half + 1, 1, W, QUOC_HIEU, { ...center, font: { bold: true, size: SIZES.quocHieu } });
  b.height(
    1,
    Math.max(
      wrappedHeight(QUOC_HIEU, rightWidth, SIZES.quocHieu, true),
      parentBody ? wrappedHeight(parentBody, leftWidth, SIZES.parentBody, true) : 0,
    ),
  );
  b.block(2, 1, 2, half, issuer, { ...center, font: { bold: true, size: SIZES.issuer } });
  b.block(2, half + 1, 2, W, TIEU_NGU, { ...center, font: { bold: true, underline: true, size: SIZES.tieuNgu } });
  b.height(
    2,
    Math.max(
      20,
      wrappedHeight(issuer, leftWidth, SIZES.issuer, true),
      wrappedHeight(TIEU_NGU, rightWidth, SIZES.tieuNgu),
    ),
  );
  // The rule under the issuer: a third of its columns, in the middle.
  const ruleCols = Math.max(1, Math.round(half / 3));
  const ruleFrom = 1 + Math.floor((half - ruleCols) / 2);
  for (let c = ruleFrom; c < ruleFrom + ruleCols; c++) b.put(3, c, undefined, RULE);
  b.height(3, 6);

  // Number and date: the user's to fill in when the report is signed.
  b.block(
    4,
    1,
    4,
    half,
    numberLine(undefined, d.symbol),
    { horizontal: "center", locked: false },
    { name: DOC_NUMBER_NAME },
  );
  const dateStyle: CellStyle = {
    horizontal: "center",
    font: { italic: true },
    locked: false,
    numFmt: dateLineFormat(d.place, meta.reportDate ? Number(meta.reportDate.slice(0, 4)) : period.year),
  };
  const dateCell = b.block(
    4,
    half + 1,
    4,
    W,
    meta.reportDate ? undefined : dateLine(d.place, undefined, period.year),
    dateStyle,
    {
      name: REPORT_DATE_NAME,
    },
  );
  if (meta.reportDate) dateCell.date = serialFromIso(meta.reportDate);
  const reportDate = at(4, half + 1);

  // Title, a short rule under it, and "Kính gửi".
  const title = template.title.replace("{period}", periodTitle(period));
  b.block(6, 1, 6, W, title, { horizontal: "center", vertical: "middle", wrap: true, font: { bold: true, size: 14 } });
  b.height(6, wrappedHeight(title, W * COL_WIDTH, 14, true));
  const titleRule = Math.max(1, Math.round(W / 3));
  for (let c = 1 + Math.floor((W - titleRule) / 2); c <= Math.floor((W - titleRule) / 2) + titleRule; c++)
    b.put(TITLE_RULE_ROW, c, undefined, RULE);
  b.height(TITLE_RULE_ROW, 6);
  b.block(
    RECIPIENT_ROW,
    1,
    RECIPIENT_ROW,
    W,
    recipientLine(d.recipient),
    { horizontal: "center", wrap: true, locked: false },
    {
      name: RECIPIENT_NAME,
    },
  );

  const body: Body = { b, W, contents, fields, narratives, at, fill: kind === "summary" ? undefined : INPUT_FILL };
  let row = RECIPIENT_ROW + 2;
  // What prints with the signature when it would fall on a page of its own: the last text row or the last table.
  let keepFrom = row;
  for (const section of template.sections) {
    const heading = row;
    row = layoutSection(body, section, row);
    // A heading and its one text area go together; of a summary's many rows, the last.
    keepFrom = row - heading <= 2 ? heading : row - 1;
    for (const table of template.tables.filter((t) => t.afterSection === section.id)) {
      keepFrom = row;
      row = layoutTable(body, table, row);
    }
  }

  // Recipients and signature, by the issuing body (and who signs for it).
  row += 1;
  const title2 = d.signerTitle.join("\n");
  b.block(row, 1, row, half, NOI_NHAN, { font: { bold: true, italic: true, size: SIZES.noiNhan }, vertical: "top" });
  b.block(
    row,
    half + 1,
    row,
    W,
    title2,
    { ...center, font: { bold: true }, locked: false },
    { name: SIGNER_TITLE_NAME },
  );
  b.height(row, Math.max(20, d.signerTitle.length * FONT.size * 1.35 + 4));
  b.block(
    row + 1,
    1,
    row + 4,
    half,
    d.recipientsList.join("\n"),
    {
      vertical: "top",
      wrap: true,
      locked: false,
      font: { size: SIZES.noiNhanList },
    },
    { name: COPIES_NAME },
  );
  b.block(
    row + 5,
    half + 1,
    row + 5,
    W,
    d.signerName ?? "",
    { horizontal: "center", font: { bold: true }, locked: false },
    {
      name: SIGNER_NAME,
    },
  );
  const lastRow = row + 5;

  const report: ModelSheet = b.sheet(reportSheet, {
    state: "visible",
    columns: Array.from({ length: W }, () => COL_WIDTH),
    protect: true,
    showGridLines: false,
    print: REPORT_PRINT,
  });
  report.print = { ...REPORT_PRINT, ...keepWithText(report, keepFrom, lastRow) };

  return {
    model: {
      font: FONT,
      // A template not built in travels inside the report (and the summary), so any tonghop can read it.
      sheets: [
        report,
        metaSheet(template, meta, fields, narratives, reportDate, kind),
        ...(isBuiltIn(template) ? [] : [templateSheet(template)]),
      ],
    },
    fields,
    narratives,
    reportDate,
  };
}
