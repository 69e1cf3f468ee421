// What tonghop says when it sends findings back to a unit (phiếu phản hồi) and when the unit's answers come
// back: the feedback workbook's requests and advice (its Vietnamese is printed on the workbook, the official
// paper), the lines of the index, and what a returned workbook came to. Vietnamese first, English second.
import type { FeedbackNeed } from "../feedback/plan";
import { formatDecimal } from "./format";
import type { Localized } from "./lang";
import { STATUS_WORDS } from "./status";

const NEED_WORDS: Record<FeedbackNeed, Localized> = {
  findings: { vi: "Có lỗi hoặc cảnh báo", en: "Errors or warnings" },
  refused: { vi: "Tệp không được chấp nhận", en: "File not accepted" },
  conflict: { vi: "Nhiều bản khác nhau cùng ngày", en: "Different versions of one date" },
  held: { vi: "Không có trong danh sách đơn vị", en: "Not on the roster" },
  late: { vi: "Nộp muộn", en: "Late" },
  missing: STATUS_WORDS.missing.full,
};

export const feedbackMessages = {
  /** Why a unit is written to, in the index's words. */
  need: (need: FeedbackNeed): Localized => NEED_WORDS[need],
  /** Đề nghị sửa: the value the finding suggests. */
  writeValue: (value: number): Localized => ({
    vi: `Ghi là ${formatDecimal(value, "vi")}`,
    en: `Enter ${formatDecimal(value, "en")}`,
  }),
  /** Đề nghị sửa of an error with no value to suggest. */
  fixError: (): Localized => ({
    vi: "Sửa lại ô này cho đúng rồi gửi lại báo cáo.",
    en: "Correct this cell and send the report again.",
  }),
  /** Đề nghị sửa of a warning with no value to suggest: about a figure, or about the report's text. */
  checkWarning: (aboutFigure: boolean): Localized =>
    aboutFigure
      ? {
          vi: "Kiểm tra lại; nếu số liệu đúng, ghi giải trình ở cột bên.",
          en: "Check it; if the figure is right, explain it in the next column.",
        }
      : {
          vi: "Bổ sung hoặc kiểm tra lại; nếu không có gì để bổ sung, ghi giải trình ở cột bên.",
          en: "Complete or check it; if there is nothing to add, explain it in the next column.",
        },
  /** What to do with the workbook itself, printed under the table. */
  howToAnswer: (): Localized => ({
    vi: 'Đơn vị sửa báo cáo theo cột "Đề nghị sửa"; số liệu đúng mà vẫn được nêu thì ghi lý do vào cột "Giải trình của đơn vị". Lưu tệp này (giữ nguyên tên trang) và gửi lại cùng báo cáo đã sửa.',
    en: 'Correct the report as the "Suggested fix" column says; where a figure is right though listed, give the reason in the "Unit\'s explanation" column. Save this file (keep its sheets) and send it back with the corrected report.',
  }),
  noFindings: (): Localized => ({
    vi: "Không có lỗi hay cảnh báo nào trong số liệu đã nhận.",
    en: "No error or warning in the figures received.",
  }),
  /** The unit sent nothing for the period. */
  missing: (period: string, template: string): Localized => ({
    vi: `Chưa nhận được báo cáo kỳ ${period} (${template}) của đơn vị.`,
    en: `No report for ${period} (${template}) has been received from the unit.`,
  }),
  /** What a unit that sent nothing, or only files that were refused, is asked to send. */
  sendReport: (period: string, template: string): Localized => ({
    vi: `Đề nghị đơn vị gửi báo cáo kỳ ${period} theo đúng mẫu "${template}" (tệp Excel .xlsx, lập bằng tonghop hoặc từ tệp mẫu).`,
    en: `Please send the ${period} report on the "${template}" template (an Excel .xlsx file, made with tonghop or from the template file).`,
  }),
  /** A file that was refused: why (the consolidation's reason). */
  refused: (file: string, reason: Localized): Localized => ({
    vi: `Tệp ${file} không được chấp nhận: ${reason.vi}`,
    en: `File ${file} was not accepted: ${reason.en}`,
  }),
  /** Two different reports of one date from the unit. */
  twoReports: (files: string[]): Localized => ({
    vi: `Đơn vị gửi ${files.length} báo cáo khác nhau cùng ngày (${files.join(", ")}), không xác định được bản nào là bản đúng. Đề nghị đơn vị gửi lại một bản duy nhất (ghi "(sửa lại)" trong tên tệp, hoặc ghi ngày báo cáo mới).`,
    en: `The unit sent ${files.length} different reports of the same date (${files.join(", ")}); which one is right cannot be told. Please send one report only (with "(sửa lại)" in its file name, or a new report date).`,
  }),
  /** A report from a unit that is not on the consolidating unit's roster. */
  held: (unit: string): Localized => ({
    vi: `Đơn vị "${unit}" không có trong danh sách đơn vị báo cáo: số liệu chưa được tính. Đề nghị đơn vị kiểm tra lại tên đơn vị ghi trong báo cáo.`,
    en: `Unit "${unit}" is not on the roster of reporting units: its figures are not counted. Please check the unit's name written in the report.`,
  }),
  late: (date: string, deadline: string): Localized => ({
    vi: `Báo cáo đề ngày ${date}, sau hạn nộp ${deadline}.`,
    en: `The report is dated ${date}, after the deadline ${deadline}.`,
  }),
  /** Fix the findings above, then send the report again. */
  resendCorrected: (): Localized => ({
    vi: "Đề nghị đơn vị sửa các nội dung dưới đây và gửi lại báo cáo đã sửa.",
    en: "Please correct what is listed below and send the corrected report.",
  }),
  /** Warnings only: explain or correct. */
  explainOrCorrect: (): Localized => ({
    vi: "Đề nghị đơn vị kiểm tra các nội dung dưới đây: sửa nếu chưa đúng, hoặc ghi giải trình.",
    en: "Please check what is listed below: correct it, or explain it.",
  }),
  /** The status of a file checked before consolidating (validate): n errors, m warnings. */
  checked: (errors: number, warnings: number): Localized => ({
    vi: `Đã kiểm tra: ${errors} lỗi, ${warnings} cảnh báo`,
    en: `Checked: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  }),
  /** A file whose unit cannot be told: listed in the index, no workbook. */
  unitUnknown: (file: string, reason: Localized): Localized => ({
    vi: `Không xác định được đơn vị gửi tệp ${file}: ${reason.vi}`,
    en: `Which unit sent ${file} cannot be told: ${reason.en}`,
  }),
  /** A returned feedback workbook among the inputs: what became of its answers. */
  returned: (unit: string, answers: number, attached: number): Localized => ({
    vi: `Phiếu phản hồi của ${unit} gửi lại: ${answers} giải trình${answers ? `, ${attached} gắn được với vấn đề còn nêu trong báo cáo` : ""}.`,
    en: `${unit}'s feedback workbook sent back: ${answers} ${answers === 1 ? "explanation" : "explanations"}${answers ? `, ${attached} matched to ${attached === 1 ? "a finding" : "findings"} still in the report` : ""}.`,
  }),
  /** A returned feedback workbook of another template or period than the one consolidated. */
  returnedOther: (unit: string, period: string, wanted: string): Localized => ({
    vi: `Phiếu phản hồi của ${unit} là của kỳ ${period}, không phải kỳ ${wanted} đang tổng hợp: không dùng giải trình trong phiếu.`,
    en: `${unit}'s feedback workbook is for ${period}, not ${wanted} being consolidated: its explanations are not used.`,
  }),
  /** How an explained finding is listed (not as an open problem). */
  explained: (): Localized => ({ vi: "Đã giải trình", en: "Explained by the unit" }),
  /** An error the unit explained: shown with its explanation, still to be fixed (its value is not counted). */
  explainedError: (): Localized => ({
    vi: "Lỗi vẫn phải sửa (đơn vị đã giải trình)",
    en: "Error still to fix (the unit explained it)",
  }),
  /** How many findings were explained ("2 đã giải trình"). */
  explainedCount: (n: number): Localized => ({
    vi: `${n} đã giải trình`,
    en: `${n} explained`,
  }),
  /** The CLI and the pane: what was written. */
  wroteFeedback: (n: number, where: string): Localized => ({
    vi: `Đã ghi ${n} phiếu phản hồi và danh sách vào ${where}`,
    en: `Wrote ${n} feedback ${n === 1 ? "workbook" : "workbooks"} and their index to ${where}`,
  }),
  noneNeeded: (): Localized => ({
    vi: "Không đơn vị nào cần phản hồi: mọi báo cáo đã nhận đều đúng hạn, không lỗi, không cảnh báo.",
    en: "No unit needs feedback: every report received is on time, with no error or warning.",
  }),
};
