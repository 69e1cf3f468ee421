// The index of a run's feedback (danh-sach-phan-hoi.xlsx): one row per unit written to — why, how many
// errors and warnings, its workbook's file name — then the files whose unit cannot be told, with their
// reason. A hidden sheet marks it, so it is never read as a report if it lands among the inputs.
import { formatVnDate } from "../dates";
import {
  FEEDBACK_INDEX_SHEET,
  FEEDBACK_KEYS,
  FEEDBACK_MARK,
  FEEDBACK_META_SHEET,
  FEEDBACK_SCHEMA,
} from "../form/feedback";
import { fileLabel } from "../paths";
import { feedbackMessages as m } from "../i18n/feedback";
import { SheetBuilder, wrappedHeight } from "../layout/builder";
import type { CellStyle, ModelSheet, SheetModel } from "../layout/model";
import { keyValueSheet } from "../layout/meta-sheet";
import { FONT } from "../layout/report";
import { FEEDBACK_PRINT } from "./layout";
import type { FeedbackSet } from "./plan";

/** The index workbook's file name. */
export const FEEDBACK_INDEX_FILE = "danh-sach-phan-hoi.xlsx";
/** The covering letter's file name (document/letter.ts). */
export const FEEDBACK_LETTER_FILE = "cong-van-de-nghi-hoan-thien-so-lieu.docx";

const COLUMNS = ["STT", "Đơn vị", "Mã", "Tình trạng", "Số lỗi", "Số cảnh báo", "Nội dung", "Tệp phản hồi"];
const WIDTHS = [5, 26, 9, 24, 8, 10, 60, 30];
const box: CellStyle = { border: true, vertical: "top", wrap: true, font: { size: 11 } };
const head: CellStyle = {
  ...box,
  vertical: "middle",
  horizontal: "center",
  font: { size: 11, bold: true },
  fill: "E8EEF7",
};
const number: CellStyle = { ...box, horizontal: "center" };

function hiddenSheet(set: FeedbackSet): ModelSheet {
  return keyValueSheet(
    FEEDBACK_META_SHEET,
    [
      [FEEDBACK_MARK, "Trang thông tin của tonghop (danh sách phiếu phản hồi). Không sửa hoặc xóa trang này."],
      [FEEDBACK_KEYS.schema, String(FEEDBACK_SCHEMA)],
      [FEEDBACK_KEYS.kind, "index"],
      [FEEDBACK_KEYS.templateId, set.template?.id ?? ""],
      [FEEDBACK_KEYS.period, set.period ?? ""],
      [FEEDBACK_KEYS.fromUnit, set.from ?? ""],
    ],
    [24, 80],
  );
}

export function feedbackIndex(set: FeedbackSet): SheetModel {
  const b = new SheetBuilder();
  const W = COLUMNS.length;
  const title = `DANH SÁCH PHIẾU PHẢN HỒI${set.period ? ` — KỲ ${set.period}` : ""}`;
  b.block(1, 1, 1, W, title, { font: { bold: true, size: 14 }, horizontal: "center" });
  const facts = [
    set.from ? `Đơn vị gửi phiếu: ${set.from}` : "",
    set.template ? `Mẫu báo cáo: ${set.template.name.vi}` : "",
    set.deadline ? `Hạn nộp: ${formatVnDate(set.deadline)}` : "",
    `Hạn gửi lại báo cáo đã sửa: ${set.resubmitBy ? formatVnDate(set.resubmitBy) : "……/……/…………"}`,
    `Số đơn vị cần phản hồi: ${set.units.length}`,
    ...(set.units.length === 0 ? [m.noneNeeded().vi] : []),
  ].filter((x) => x);
  facts.forEach((text, i) => b.block(2 + i, 1, 2 + i, W, text, { font: { size: 12 } }));
  let row = 2 + facts.length + 1;
  COLUMNS.forEach((c, i) => b.put(row, i + 1, c, head));
  b.height(row, 30);
  const headerRow = row;
  row += 1;
  let stt = 1;
  const put = (values: (string | number)[]) => {
    values.forEach((v, i) => b.put(row, i + 1, v, i === 0 || i === 4 || i === 5 ? number : box));
    b.height(row, Math.min(409, Math.max(18, wrappedHeight(String(values[6]), WIDTHS[6], 11))));
    row += 1;
  };
  for (const u of set.units) {
    const errors = u.items.filter((i) => i.finding.severity === "error").length;
    put([
      stt++,
      u.unit.name,
      u.unit.code ?? "",
      u.needs.map((n) => m.need(n).vi).join("; "),
      errors,
      u.items.length - errors,
      u.notes.map((n) => n.vi).join("\n"),
      u.fileName,
    ]);
  }
  for (const x of set.unaddressed)
    put([stt++, "", "", "Không xác định được đơn vị", "", "", m.unitUnknown(fileLabel(x.file), x.reason).vi, ""]);
  const sheet = b.sheet(FEEDBACK_INDEX_SHEET, {
    state: "visible",
    columns: WIDTHS,
    protect: false,
    showGridLines: false,
    print: FEEDBACK_PRINT,
    frozenRows: headerRow,
  });
  return { font: FONT, sheets: [sheet, hiddenSheet(set)] };
}
