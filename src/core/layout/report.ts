// Lays out a unit's report as an official administrative document (Decree
// 30/2020/NĐ-CP): issuer and national motto, number and date, title, the
// template's sections each with a text area, its tally tables, recipients and
// signature. Pure: (template, meta, optional values) → sheet model.
import { serialFromIso } from "../dates";
import { defaultIssuer, parsePeriod, periodTitle, stripUnitPrefix, type ReportMeta } from "../meta";
import type { Template } from "../templates";
import { SheetBuilder, wrappedHeight } from "./builder";
import { metaSheet, REPORT_SHEET } from "./meta-sheet";
import { templateSheet } from "./template-sheet";
import { isBuiltIn } from "../templates/catalogue";
import type { CellStyle, ModelSheet, SheetModel } from "./model";
import { REPORT_DATE_NAME, DOC_NUMBER_NAME } from "./names";
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

  // Issuer and national motto.
  const issuer = meta.issuer ?? defaultIssuer(meta.unitName);
  b.block(1, 1, 1, half, "", { horizontal: "center", font: { size: 12 } });
  b.block(1, half + 1, 1, W, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {
    horizontal: "center",
    font: { bold: true, size: 12 },
  });
  b.block(2, 1, 2, half, issuer, { horizontal: "center", vertical: "top", wrap: true, font: { bold: true, size: 12 } });
  b.block(2, half + 1, 2, W, "Độc lập - Tự do - Hạnh phúc", {
    horizontal: "center",
    vertical: "top",
    font: { bold: true, underline: true },
  });
  b.height(2, Math.max(20, wrappedHeight(issuer, leftWidth, 12)));

  // Number and date: both are the user's to fill in when the report is signed.
  b.block(4, 1, 4, half, "Số:        /BC-", { horizontal: "center", locked: false }, { name: DOC_NUMBER_NAME });
  const place = (meta.place ?? stripUnitPrefix(meta.unitName)).replace(/"/g, "");
  const dateStyle: CellStyle = {
    horizontal: "center",
    font: { italic: true },
    locked: false,
    numFmt: `"${place}, ngày "dd" tháng "mm" năm "yyyy`,
  };
  const dateCell = b.block(
    4,
    half + 1,
    4,
    W,
    meta.reportDate ? undefined : `${place}, ngày … tháng … năm ${period.year}`,
    dateStyle,
    {
      name: REPORT_DATE_NAME,
    },
  );
  if (meta.reportDate) dateCell.date = serialFromIso(meta.reportDate);
  const reportDate = at(4, half + 1);

  // Title.
  const title = template.title.replace("{period}", periodTitle(period));
  b.block(6, 1, 6, W, title, { horizontal: "center", vertical: "middle", wrap: true, font: { bold: true, size: 14 } });
  b.height(6, wrappedHeight(title, W * COL_WIDTH, 14));

  const body: Body = { b, W, contents, fields, narratives, at };
  let row = 8;
  for (const section of template.sections) {
    row = layoutSection(body, section, row);
    for (const table of template.tables.filter((t) => t.afterSection === section.id))
      row = layoutTable(body, table, row);
  }

  // Recipients and signature.
  row += 1;
  b.block(row, 1, row, half, "Nơi nhận:", { font: { bold: true, italic: true, size: 12 }, vertical: "top" });
  b.block(row, half + 1, row, W, "THỦ TRƯỞNG ĐƠN VỊ", { horizontal: "center", font: { bold: true }, locked: false });
  b.block(row + 1, 1, row + 4, half, "- Như trên;\n- Lưu: VT.", {
    vertical: "top",
    wrap: true,
    locked: false,
    font: { size: 11 },
  });
  b.block(row + 1, half + 1, row + 1, W, "(Ký, ghi rõ họ tên, đóng dấu)", {
    horizontal: "center",
    font: { italic: true, size: 12 },
  });
  b.block(row + 5, half + 1, row + 5, W, "", { horizontal: "center", font: { bold: true }, locked: false });

  const report: ModelSheet = b.sheet(reportSheet, {
    state: "visible",
    columns: Array.from({ length: W }, () => COL_WIDTH),
    protect: true,
    showGridLines: false,
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      // Decree 30: left 30–35 mm, right 15–20 mm, top and bottom 20–25 mm.
      margins: { left: 1.18, right: 0.69, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    },
  });

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
