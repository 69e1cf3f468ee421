// What tonghop says about the cells and sections of one report (kiểm tra số
// liệu): a value that is not a number, a blank table, a moved header. Said to
// the unit that fills the report, naming the cell and what to type instead.
import type { Localized } from "./lang";
import type { SummaryGaps } from "../form/sheets";
import type { ValueProblem } from "../vocabulary";
import { formatNumber, show } from "./format";
import type { Lang } from "./lang";

/** A value-rule finding for the cell at `where` ("Ô B23 (Tặng quà › Kinh phí)"). */
export function valueMessage(
  problem: ValueProblem,
  raw: string | number | boolean | null,
  cell: string,
  label: string,
  money: boolean,
  suggestion?: number,
): Localized {
  const fix = (lang: Lang) =>
    suggestion !== undefined
      ? lang === "vi"
        ? ` Có thể sửa thành ${formatNumber(suggestion, "vi")}.`
        : ` It could be corrected to ${formatNumber(suggestion, "en")}.`
      : "";
  const whatVi = money ? "số tiền bằng đồng (số nguyên, ví dụ 1500000)" : "số nguyên không âm (ví dụ 25)";
  const whatEn = money ? "an amount in whole VND (e.g. 1500000)" : "a whole number ≥ 0 (e.g. 25)";
  const at = { vi: `Ô ${cell} (${label})`, en: `Cell ${cell} (${label})` };
  switch (problem) {
    case "number_as_text":
      return {
        vi: `${at.vi}: số được nhập dạng văn bản ${show(raw, "vi")}; đã tính là ${formatNumber(suggestion ?? 0, "vi")}. Nên nhập lại dạng số để tránh nhầm.`,
        en: `${at.en}: number entered as text ${show(raw, "en")}; counted as ${formatNumber(suggestion ?? 0, "en")}. Re-enter it as a number to be safe.`,
      };
    case "negative":
      return {
        vi: `${at.vi}: số âm ${show(raw, "vi")} không hợp lệ. Nhập ${whatVi}.`,
        en: `${at.en}: negative value ${show(raw, "en")} is not allowed. Enter ${whatEn}.`,
      };
    case "fraction":
      return {
        vi: `${at.vi}: số lẻ ${show(raw, "vi")} không hợp lệ. Nhập ${whatVi}${money ? "; nếu đã nhập theo triệu đồng, hãy đổi ra đồng" : ""}.`,
        en: `${at.en}: fractional value ${show(raw, "en")} is not allowed. Enter ${whatEn}${money ? "; if entered in millions, convert to VND" : ""}.`,
      };
    case "too_large":
      return {
        vi: `${at.vi}: số ${show(raw, "vi")} quá lớn. Kiểm tra lại số liệu.`,
        en: `${at.en}: value ${show(raw, "en")} is too large. Check the figure.`,
      };
    case "error_value":
      return {
        vi: `${at.vi}: ô đang báo lỗi ${show(raw, "vi")}. Sửa công thức hoặc nhập trực tiếp ${whatVi}.`,
        en: `${at.en}: the cell shows the error ${show(raw, "en")}. Fix the formula or enter ${whatEn}.`,
      };
    case "formula_no_value":
      return {
        vi: `${at.vi}: ô có công thức nhưng chưa có kết quả. Hãy mở tệp bằng Excel, lưu lại rồi kiểm tra lại.`,
        en: `${at.en}: the cell holds a formula with no computed result. Open the file in Excel, save it, and check again.`,
      };
    case "money_with_unit":
      return {
        vi: `${at.vi}: số tiền ghi kèm đơn vị ${show(raw, "vi")}; đã tính là ${formatNumber(suggestion ?? 0, "vi")} đồng. Nên nhập số tiền bằng đồng, chỉ ghi số.`,
        en: `${at.en}: amount written with units ${show(raw, "en")}; counted as ${formatNumber(suggestion ?? 0, "en")} VND. Enter the amount in VND, digits only.`,
      };
    case "money_ambiguous":
      return {
        vi: `${at.vi}: ${show(raw, "vi")} có thể hiểu hai cách (dấu phẩy là dấu thập phân hay dấu phân cách hàng nghìn?). Nhập lại ${whatVi}.`,
        en: `${at.en}: ${show(raw, "en")} can be read two ways (is the comma a decimal mark or a thousands separator?). Enter ${whatEn}.`,
      };
    case "none_as_word":
      return {
        vi: `${at.vi}: ghi ${show(raw, "vi")}; đã tính là 0. Nên nhập số 0.`,
        en: `${at.en}: written ${show(raw, "en")}; counted as 0. Enter the number 0.`,
      };
    case "count_with_noun":
      return {
        vi: `${at.vi}: số ghi kèm chữ ${show(raw, "vi")}; đã tính là ${formatNumber(suggestion ?? 0, "vi")}. Nên chỉ ghi số.`,
        en: `${at.en}: number written with a word ${show(raw, "en")}; counted as ${formatNumber(suggestion ?? 0, "en")}. Enter the number only.`,
      };
    case "money_too_small":
      return {
        vi: `${at.vi}: ${show(raw, "vi")} đồng là quá nhỏ cho một khoản kinh phí; có thể đã nhập theo triệu hoặc nghìn đồng. Nhập số tiền bằng đồng (ví dụ 15 triệu là 15000000).`,
        en: `${at.en}: ${show(raw, "en")} VND is too small for a budget line; perhaps it was entered in millions or thousands. Enter the amount in VND (e.g. 15 million is 15000000).`,
      };
    case "not_a_number":
      return {
        vi: `${at.vi}: ${show(raw, "vi")} không phải là số. Chỉ nhập ${whatVi}, không ghi chữ hay đơn vị.${fix("vi")}`,
        en: `${at.en}: ${show(raw, "en")} is not a number. Enter only ${whatEn}, no words or units.${fix("en")}`,
      };
  }
}

/** Findings about a report's tables, sections, headers and metadata. */
export const messages = {
  tableBlank: (table: string): Localized => ({
    vi: `${table}: cả bảng để trống. Nếu đơn vị không có hoạt động, hãy nhập 0 vào các ô để xác nhận.`,
    en: `${table}: the whole table is blank. If there was no activity, enter 0 in its cells to confirm.`,
  }),
  narrativeEmpty: (heading: string, cell: string): Localized => ({
    vi: `Mục "${heading}" (ô ${cell}) chưa có nội dung. Hãy viết nội dung của mục này.`,
    en: `Section "${heading}" (cell ${cell}) is empty. Write what the section asks for.`,
  }),
  /** `headings`: the sections' headings, each quoted, joined by commas. */
  narrativesEmpty: (headings: string, cell: string): Localized => ({
    vi: `Các mục chưa có nội dung (từ ô ${cell}): ${headings}. Hãy viết nội dung của từng mục.`,
    en: `These sections are empty (from cell ${cell}): ${headings}. Write what each section asks for.`,
  }),
  periodDateMismatch: (period: string, date: string): Localized => ({
    vi: `Báo cáo ghi kỳ ${period} nhưng ngày báo cáo là ${date}: có thể đã dùng lại mẫu của kỳ trước. Hãy kiểm tra kỳ báo cáo (tiêu đề) và ngày báo cáo.`,
    en: `The report is for period ${period} but dated ${date}: perhaps last period's form was reused. Check the period (title) and the report date.`,
  }),
  /** `nearest`, `cell`: the printed label that came closest, and where, when one did. */
  fieldMissing: (table: string, label: string, nearest?: string, cell?: string): Localized => ({
    vi: `Bảng "${table}": không tìm thấy chỉ tiêu "${label}"${nearest ? `; gần nhất là "${nearest}" ở ô ${cell}` : ""}. Số liệu của chỉ tiêu này chưa được tính vào tổng. Hãy ghi tên chỉ tiêu đúng như mẫu (hoặc tạo lại báo cáo từ mẫu và chép số liệu sang) rồi gửi lại.`,
    en: `Table "${table}": the indicator "${label}" was not found${nearest ? `; the nearest is "${nearest}" in ${cell}` : ""}. Its figure is not counted in the totals. Write the indicator's name as the template does (or make a fresh report from the template and copy the figures over), then send it again.`,
  }),
  headerChanged: (cell: string, found: string, expected: string): Localized => ({
    vi: `Tiêu đề ô ${cell} đã bị sửa thành "${found}" (mẫu: "${expected}"). Hãy trả lại tiêu đề đúng mẫu để tránh nhầm cột.`,
    en: `The header in ${cell} was changed to "${found}" (template: "${expected}"). Restore the template's header to avoid mixing columns.`,
  }),
  columnsMoved: (label: string, named: string, actual: string): Localized => ({
    vi: `Cột "${label}" đã bị di chuyển: ô đặt tên ở ${named} nằm dưới tiêu đề khác, số liệu được đọc ở ô ${actual} theo tiêu đề. Hãy kiểm tra lại bảng.`,
    en: `Column "${label}" was moved: the named cell ${named} sits under another header; the figure was read from ${actual}, under its header. Check the table.`,
  }),
  metaMissing: (template: string): Localized => ({
    vi: `Tệp không có trang thông tin của tonghop (có thể đã bị xóa); đã nhận ra mẫu "${template}" qua tiêu đề bảng. Không rõ kỳ báo cáo: không thấy dòng tên báo cáo ghi kỳ (ví dụ "… NĂM 2025" hoặc "… 6 THÁNG ĐẦU NĂM 2025"). Hãy ghi tên báo cáo có kỳ ở đầu trang, hoặc tạo báo cáo bằng tonghop rồi chép số liệu sang.`,
    en: `The file has no tonghop information sheet (deleted?); it was recognised as "${template}" by its table headers. The period is unknown: no title line names it (e.g. "… NĂM 2025" or "… 6 THÁNG ĐẦU NĂM 2025"). Put the report's title with its period at the top, or make the report with tonghop and copy the figures over.`,
  }),
  /** No issuer line names the unit: it was taken from the file's name. */
  metaUnitFromFile: (template: string, unit: string, period: string): Localized => ({
    vi: `Tệp không có trang thông tin của tonghop; đã nhận ra mẫu "${template}" qua tiêu đề bảng và kỳ ${period} qua tên báo cáo, nhưng không thấy dòng cơ quan ban hành (ví dụ "UBND xã Hướng Hóa"): đơn vị được lấy theo tên tệp "${unit}". Hãy ghi tên đơn vị ở đầu báo cáo.`,
    en: `The file has no tonghop information sheet; recognised as "${template}" by its table headers and period ${period} by its title, but no issuer line (e.g. "UBND xã Hướng Hóa") names the unit: it was taken from the file name "${unit}". Put the unit's name at the top of the report.`,
  }),
  metaPrinted: (template: string, unit: string, period: string): Localized => ({
    vi: `Tệp không có trang thông tin của tonghop (trang báo cáo được chép sang sổ làm việc khác?); đã nhận ra mẫu "${template}" qua tiêu đề bảng, đơn vị "${unit}" và kỳ ${period} qua dòng cơ quan ban hành và tên báo cáo. Hãy kiểm tra lại đơn vị và kỳ báo cáo.`,
    en: `The file has no tonghop information sheet (report sheet copied into another workbook?); recognised as "${template}" by its table headers, unit "${unit}" and period ${period} from the printed issuer line and title. Check the unit and period.`,
  }),
  reportDateMissing: (cell: string): Localized => ({
    vi: `Chưa có ngày báo cáo (ô ${cell}). Ghi ngày, ví dụ "ngày 03 tháng 7 năm 2024" hoặc 03/7/2024, để biết báo cáo nộp đúng hạn.`,
    en: `No report date (cell ${cell}). Enter it, e.g. "ngày 03 tháng 7 năm 2024" or 03/7/2024, so timeliness can be checked.`,
  }),
  /** `typed`: what the date cell or line holds, quoted as typed. */
  reportDateUnreadable: (cell: string, typed: string): Localized => ({
    vi: `Không đọc được ngày báo cáo ở ô ${cell}: "${typed}". Ghi ngày có thật, ví dụ "ngày 03 tháng 7 năm 2024" hoặc 03/7/2024, để biết báo cáo nộp đúng hạn.`,
    en: `The report date in cell ${cell} cannot be read: "${typed}". Enter a real date, e.g. "ngày 03 tháng 7 năm 2024" or 03/7/2024, so timeliness can be checked.`,
  }),
  /** A summary consolidated one level up that recorded what it left out. */
  summaryGaps: (unit: string, g: SummaryGaps): Localized => {
    const vi = [
      g.error_cells || g.missing_fields
        ? `${g.error_cells + g.missing_fields} ô của ${g.units_short} đơn vị chưa được tính`
        : "",
      g.not_sent ? `${g.not_sent} đơn vị chưa nộp` : "",
      g.unresolved ? `${g.unresolved} đơn vị đã nộp nhưng cần xử lý` : "",
    ];
    const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
    const en = [
      g.error_cells || g.missing_fields
        ? `${n(g.error_cells + g.missing_fields, "cell", "cells")} of ${n(g.units_short, "unit", "units")} not counted`
        : "",
      g.not_sent ? `${n(g.not_sent, "unit", "units")} not reported` : "",
      g.unresolved ? `${n(g.unresolved, "unit", "units")} sent but need attention` : "",
    ];
    const join = (xs: string[]) => xs.filter((x) => x).join("; ");
    return {
      vi: `Báo cáo tổng hợp của ${unit} chưa đầy đủ: ${join(vi)}. Các số của đơn vị này chưa gồm những phần đó; hãy hỏi ${unit} đã bổ sung chưa.`,
      en: `${unit}'s summary is incomplete: ${join(en)}. Its figures leave those out; ask ${unit} whether they have been added.`,
    };
  },
};
