// The catalogue of what tonghop tells users about their files and cells, in
// Vietnamese and English. Every message says what is wrong and how to fix it.
import type { Localized } from "../report";
import type { ValueProblem } from "../read/value";
import type { Lang } from "./lang";

export type { Lang } from "./lang";

export function formatNumber(n: number, lang: Lang): string {
  const rounded = Math.round(n);
  const sep = lang === "vi" ? "." : ",";
  const s = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (rounded < 0 ? "-" : "") + s;
}

export function formatPercent(ratio: number, lang: Lang): string {
  const pct = Math.round(ratio * 1000) / 10;
  return (lang === "vi" ? String(pct).replace(".", ",") : String(pct)) + "%";
}

/** A cell's content as the user saw it; a decimal with the user's mark ("1,5" in Vietnamese). */
function show(raw: string | number | boolean | null, lang: Lang): string {
  if (raw === null) return lang === "vi" ? "(trống)" : "(blank)";
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "number") return `"${formatDecimal(raw, lang)}"`;
  return `"${raw}"`;
}

/** A number as written in the language: groups, and up to 6 decimals after a comma in Vietnamese ("1.234,5"). */
export function formatDecimal(n: number, lang: Lang): string {
  if (Number.isInteger(n)) return formatNumber(n, lang);
  const [int, frac] = Math.abs(n).toFixed(6).replace(/0+$/, "").split(".");
  return (n < 0 ? "-" : "") + formatNumber(Number(int), lang) + (lang === "vi" ? "," : ".") + frac;
}

/** A value-rule finding for the cell at `where` ("Ô B23 (Tặng quà › Kinh phí)"). */
export function valueMessage(problem: ValueProblem, raw: string | number | boolean | null, cell: string, label: string, money: boolean, suggestion?: number): Localized {
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

export const messages = {
  tableBlank: (table: string): Localized => ({
    vi: `${table}: cả bảng để trống. Nếu đơn vị không có hoạt động, hãy nhập 0 vào các ô để xác nhận.`,
    en: `${table}: the whole table is blank. If there was no activity, enter 0 in its cells to confirm.`,
  }),
  narrativeEmpty: (heading: string, cell: string): Localized => ({
    vi: `Mục "${heading}" (ô ${cell}) chưa có nội dung. Hãy viết tóm tắt kết quả của mục này.`,
    en: `Section "${heading}" (cell ${cell}) is empty. Write a short account for it.`,
  }),
  /** `headings`: the sections' headings, each quoted, joined by commas. */
  narrativesEmpty: (headings: string, cell: string): Localized => ({
    vi: `Các mục chưa có nội dung (từ ô ${cell}): ${headings}. Hãy viết tóm tắt kết quả của từng mục.`,
    en: `These sections are empty (from cell ${cell}): ${headings}. Write a short account for each.`,
  }),
  periodDateMismatch: (period: string, date: string): Localized => ({
    vi: `Báo cáo ghi kỳ ${period} nhưng ngày báo cáo là ${date}: có thể đã dùng lại mẫu của kỳ trước. Hãy kiểm tra kỳ báo cáo (tiêu đề) và ngày báo cáo.`,
    en: `The report is for period ${period} but dated ${date}: perhaps last period's form was reused. Check the period (title) and the report date.`,
  }),
  fieldMissing: (label: string): Localized => ({
    vi: `Không tìm thấy ô nhập "${label}": bảng đã bị xóa hoặc sửa tiêu đề. Hãy tạo lại báo cáo từ mẫu và chép số liệu sang.`,
    en: `Cannot find the input "${label}": the table was deleted or its headers changed. Make a fresh report from the template and copy the figures over.`,
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
    vi: `Tệp không có trang thông tin của tonghop (có thể đã bị xóa); đã nhận ra mẫu "${template}" qua tiêu đề bảng. Không rõ đơn vị, kỳ báo cáo: hãy tạo báo cáo bằng tonghop rồi chép số liệu sang.`,
    en: `The file has no tonghop information sheet (deleted?); it was recognised as "${template}" by its table headers. Unit and period are unknown: make the report with tonghop and copy the figures over.`,
  }),
  metaPrinted: (template: string, unit: string, period: string): Localized => ({
    vi: `Tệp không có trang thông tin của tonghop (trang báo cáo được chép sang sổ tính khác?); đã nhận ra mẫu "${template}" qua tiêu đề bảng, đơn vị "${unit}" và kỳ ${period} qua dòng cơ quan ban hành và tên báo cáo. Hãy kiểm tra lại đơn vị và kỳ báo cáo.`,
    en: `The file has no tonghop information sheet (report sheet copied into another workbook?); recognised as "${template}" by its table headers, unit "${unit}" and period ${period} from the printed issuer line and title. Check the unit and period.`,
  }),
  reportDateMissing: (cell: string): Localized => ({
    vi: `Chưa có ngày báo cáo (ô ${cell}). Nhập ngày theo dạng ngày/tháng/năm, ví dụ 03/07/2024, để biết báo cáo nộp đúng hạn.`,
    en: `No report date (cell ${cell}). Enter it as day/month/year, e.g. 03/07/2024, so timeliness can be checked.`,
  }),
};

export const failures = {
  notXlsx: (): Localized => ({
    vi: "Tệp không phải là sổ tính Excel hay LibreOffice (.xlsx, .xls, .ods). Hãy mở bằng Excel và lưu dạng .xlsx.",
    en: "The file is not a workbook (.xlsx, .xls, .ods). Open it in Excel and save it as .xlsx.",
  }),
  emptyFile: (): Localized => ({
    vi: "Tệp rỗng (0 byte): tệp chưa được gửi hoặc tải về hết. Hãy đề nghị đơn vị gửi lại.",
    en: "The file is empty (0 bytes): it was not fully sent or downloaded. Ask the unit to send it again.",
  }),
  wordDocument: (): Localized => ({
    vi: "Tệp là văn bản Word, không phải sổ tính báo cáo. Hãy đề nghị đơn vị gửi tệp Excel của báo cáo.",
    en: "The file is a Word document, not a report workbook. Ask the unit to send the report's Excel file.",
  }),
  otherDocument: (): Localized => ({
    vi: "Tệp là văn bản hoặc trình chiếu, không phải sổ tính báo cáo. Hãy đề nghị đơn vị gửi tệp Excel của báo cáo.",
    en: "The file is a document or presentation, not a report workbook. Ask the unit to send the report's Excel file.",
  }),
  picture: (): Localized => ({
    vi: "Tệp là ảnh (ảnh chụp hoặc bản quét), số liệu trong ảnh không đọc được. Hãy đề nghị đơn vị gửi tệp Excel của báo cáo.",
    en: "The file is a picture (photo or scan); figures in a picture cannot be read. Ask the unit to send the report's Excel file.",
  }),
  pdf: (): Localized => ({
    vi: "Tệp là PDF, số liệu trong PDF không đọc được. Hãy đề nghị đơn vị gửi kèm tệp Excel của báo cáo.",
    en: "The file is a PDF; figures in a PDF cannot be read. Ask the unit to send the report's Excel file as well.",
  }),
  systemFile: (): Localized => ({
    vi: "Tệp tạm của Excel (~$…) hoặc tệp hệ thống (.DS_Store, Thumbs.db), không phải báo cáo: bỏ qua.",
    en: "An Excel temporary file (~$…) or a system file (.DS_Store, Thumbs.db), not a report: skipped.",
  }),
  nestedArchive: (): Localized => ({
    vi: "Tệp nén nằm trong một tệp nén khác nên không được mở. Hãy giải nén rồi tổng hợp lại.",
    en: "An archive inside another archive is not opened. Extract it and consolidate again.",
  }),
  emptyArchive: (): Localized => ({
    vi: "Tệp nén không chứa tệp nào. Hãy đề nghị đơn vị gửi lại.",
    en: "The archive holds no files. Ask the unit to send it again.",
  }),
  xlsBinary: (): Localized => ({
    vi: "Tệp là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dạng .xlsx (Excel Workbook).",
    en: "The file is in the old Excel format (.xls). Open it in Excel and save it as .xlsx (Excel Workbook).",
  }),
  encrypted: (): Localized => ({
    vi: "Tệp được đặt mật khẩu mở. Hãy bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi gửi lại.",
    en: "The file is password-protected. Remove the password (File › Info › Protect Workbook) and send it again.",
  }),
  corrupt: (): Localized => ({
    vi: "Tệp bị hỏng hoặc chưa tải về hết. Hãy đề nghị đơn vị gửi lại tệp.",
    en: "The file is damaged or incompletely downloaded. Ask the unit to send it again.",
  }),
  tooLarge: (what: string): Localized => ({
    vi: `Tệp vượt giới hạn an toàn (${what}). Một báo cáo thường chỉ vài chục KB: hãy xóa ảnh, trang thừa rồi lưu lại.`,
    en: `The file exceeds a safety limit (${what}). A report is usually a few dozen KB: remove pictures and extra sheets and save again.`,
  }),
  tooSlow: (seconds: number): Localized => ({
    vi: `Đọc tệp quá ${seconds} giây nên đã dừng. Tệp có thể quá phức tạp hoặc bị hỏng: hãy mở bằng Excel, xóa trang thừa rồi lưu lại.`,
    en: `Reading the file took over ${seconds} seconds and was stopped. It may be too complex or damaged: open it in Excel, remove extra sheets and save again.`,
  }),
  internal: (detail: string): Localized => ({
    vi: `tonghop gặp lỗi khi đọc tệp này (${detail}). Các tệp khác vẫn được xử lý; hãy gửi tệp này cho bộ phận kỹ thuật.`,
    en: `tonghop failed while reading this file (${detail}). Other files are still processed; please send this file to technical support.`,
  }),
  unsafe: (): Localized => ({
    vi: "Tệp chứa khai báo XML không an toàn (DTD) nên không được đọc.",
    en: "The file contains an unsafe XML declaration (DTD) and was not read.",
  }),
  notAReport: (): Localized => ({
    vi: "Tệp không phải là báo cáo theo mẫu (không có trang thông tin của tonghop và không nhận ra bảng số liệu nào). Hãy dùng mẫu báo cáo của tonghop.",
    en: "The file is not a report made from a template (no tonghop information sheet and no known table). Use a tonghop report template.",
  }),
  unknownTemplate: (id: string, version: string): Localized => ({
    vi: `Báo cáo được tạo từ mẫu "${id}" phiên bản ${version}, phiên bản tonghop này không có mẫu đó. Hãy cập nhật tonghop.`,
    en: `The report was made from template "${id}" version ${version}, which this version of tonghop does not know. Update tonghop.`,
  }),
  /** `template`: the template's name as users know it, not its id. */
  newerTemplate: (template: string, version: string, known: number): Localized => ({
    vi: `Báo cáo được tạo từ mẫu "${template}" phiên bản ${version}, mới hơn phiên bản ${known} mà tonghop này biết. Hãy cập nhật tonghop.`,
    en: `The report was made from template "${template}" version ${version}, newer than version ${known} known here. Update tonghop.`,
  }),
  /** `problemsVi`, `problemsEn`: the first few things wrong with the template, in each language. */
  embeddedTemplateInvalid: (id: string, problemsVi: string, problemsEn: string): Localized => ({
    vi: `Mẫu "${id}" lưu trong báo cáo bị hỏng hoặc vượt giới hạn nên không dùng được: ${problemsVi}. Đề nghị đơn vị tạo lại báo cáo từ tệp mẫu.`,
    en: `The template "${id}" stored in the report is damaged or over a limit and cannot be used: ${problemsEn}. Ask the unit to make the report again from the template file.`,
  }),
  embeddedTemplateAltered: (id: string): Localized => ({
    vi: `Mẫu "${id}" lưu trong báo cáo đã bị sửa (mã băm, mã mẫu hoặc phiên bản không khớp nội dung) nên không dùng được. Đề nghị đơn vị tạo lại báo cáo từ tệp mẫu.`,
    en: `The template "${id}" stored in the report was altered (its hash, id or version does not match its content) and cannot be used. Ask the unit to make the report again from the template file.`,
  }),
  metaInvalid: (detail: string): Localized => ({
    vi: `Trang thông tin của báo cáo bị sửa hỏng (${detail}). Hãy tạo lại báo cáo bằng tonghop.`,
    en: `The report's information sheet is damaged (${detail}). Make the report again with tonghop.`,
  }),
};

/** What consolidation says about files and units. */
export const consolidation = {
  skipped: (names: string[]): Localized => ({
    vi: `Bỏ qua ${names.length} tệp tạm/hệ thống (~$…, .DS_Store, Thumbs.db): ${names.join(", ")}`,
    en: `Skipped ${names.length} temporary/system files (~$…, .DS_Store, Thumbs.db): ${names.join(", ")}`,
  }),
  otherTemplate: (found: string, wanted: string): Localized => ({
    vi: `Báo cáo theo mẫu "${found}", không phải mẫu "${wanted}" đang tổng hợp.`,
    en: `The report uses template "${found}", not "${wanted}" being consolidated.`,
  }),
  /** Same template id, another version or content: fields may differ, so the report is not mixed in. */
  otherTemplateVersion: (name: string, found: string, wanted: string): Localized => ({
    vi: `Báo cáo theo mẫu "${name}" bản ${found}, khác bản ${wanted} đang tổng hợp (cùng mã mẫu nhưng khác phiên bản hoặc nội dung). Đề nghị đơn vị làm lại báo cáo từ đúng tệp mẫu, hoặc tổng hợp riêng các báo cáo bản ${found}.`,
    en: `The report uses template "${name}" ${found}, not ${wanted} being consolidated (same template id, another version or content). Ask the unit to redo it from the right template file, or consolidate the ${found} reports separately.`,
  }),
  otherPeriod: (found: string, wanted: string): Localized => ({
    vi: `Báo cáo kỳ ${found}, không phải kỳ ${wanted} đang tổng hợp. Đề nghị đơn vị gửi đúng báo cáo kỳ ${wanted}.`,
    en: `The report is for period ${found}, not ${wanted} being consolidated. Ask the unit for its ${wanted} report.`,
  }),
  noUnit: (): Localized => ({
    vi: "Không xác định được đơn vị báo cáo (tệp mất trang thông tin của tonghop). Đề nghị đơn vị tạo báo cáo bằng tonghop và gửi lại.",
    en: "The reporting unit cannot be identified (the file lost its tonghop information sheet). Ask the unit to make the report with tonghop and send it again.",
  }),
  ownSummary: (): Localized => ({
    vi: "Đây là báo cáo của chính đơn vị tổng hợp (có thể là bảng tổng hợp lần trước), không tính vào tổng.",
    en: "This is the consolidating unit's own report (perhaps a previous summary); it is not counted.",
  }),
  duplicate: (of: string): Localized => ({
    vi: `Trùng nội dung với tệp ${of}; chỉ tính một lần.`,
    en: `Same content as ${of}; counted once.`,
  }),
  superseded: (by: string, date: string): Localized => ({
    vi: `Bản cũ: đơn vị đã gửi bản mới hơn (${by}, ngày ${date}); chỉ tính bản mới.`,
    en: `Older version: the unit sent a newer one (${by}, dated ${date}); only the newer one is counted.`,
  }),
  conflict: (others: string): Localized => ({
    vi: `Mâu thuẫn: đơn vị có nhiều báo cáo khác nhau không phân biệt được bản nào mới hơn (${others}). Chưa tính bản nào: hãy chọn giữ một bản ("Giữ bản này" trong bảng tác vụ, hoặc --keep <tệp> trên dòng lệnh).`,
    en: `Conflict: the unit sent different reports with no way to tell which is newer (${others}). None is counted yet: choose the one to keep ("Keep this one" in the task pane, or --keep <file> on the command line).`,
  }),
  notKept: (kept: string): Localized => ({
    vi: `Không giữ: người tổng hợp đã chọn giữ bản ${kept} của đơn vị này.`,
    en: `Not kept: the consolidating officer chose to keep ${kept} for this unit.`,
  }),
  nearMatch: (written: string, roster: string): Localized => ({
    vi: `Báo cáo ghi "${written}", danh sách ghi "${roster}": đã coi là cùng một đơn vị. Nếu không đúng, hãy sửa tên trong báo cáo hoặc trong danh sách.`,
    en: `The report says "${written}", the roster "${roster}": taken as the same unit. If that is wrong, correct the name in the report or the roster.`,
  }),
  fileNameOther: (named: string, inside: string): Localized => ({
    vi: `Tên tệp gợi ý ${named}, báo cáo ghi ${inside}: có thể ${named} đã dùng nhầm mẫu của ${inside}. Tệp này không thay thế báo cáo của chính ${inside}; hãy kiểm tra, sửa tên đơn vị trong báo cáo rồi tổng hợp lại.`,
    en: `The file name suggests ${named}, the report says ${inside}: perhaps ${named} filled in ${inside}'s form. This file does not replace ${inside}'s own report; check it, correct the unit in the report and consolidate again.`,
  }),
  onlyRejected: (reason: Localized): Localized => ({
    vi: `Đã nộp nhưng không tính được: ${reason.vi}`,
    en: `Sent, but cannot be counted: ${reason.en}`,
  }),
  incomplete: (cells: number, units: number): Localized => ({
    vi: `Tổng số chưa đầy đủ: ${cells} ô lỗi của ${units} đơn vị chưa được tính.`,
    en: `Totals are incomplete: ${cells} error cells of ${units} units are not counted.`,
  }),
  period: (period: string, source: "option" | "deadline" | "latest", deadline: string, others: string[]): Localized => {
    const why = {
      option: { vi: "theo lựa chọn của người tổng hợp", en: "as chosen" },
      deadline: { vi: `theo năm của hạn nộp ${deadline}`, en: `from the year of the deadline ${deadline}` },
      latest: { vi: "kỳ mới nhất trong các tệp", en: "the latest period among the files" },
    }[source];
    return {
      vi: `Kỳ báo cáo ${period} (${why.vi}).${others.length ? ` Các kỳ khác trong các tệp: ${others.join(", ")}.` : ""}`,
      en: `Period ${period} (${why.en}).${others.length ? ` Other periods in the files: ${others.join(", ")}.` : ""}`,
    };
  },
  notInRoster: (unit: string, suggestions: string[]): Localized => ({
    vi: `Đơn vị "${unit}" không có trong danh sách đơn vị.${suggestions.length ? ` Có phải là: ${suggestions.join(", ")}? Nếu đúng, hãy sửa tên trong báo cáo hoặc trong danh sách.` : ""} Số liệu vẫn được tính.`,
    en: `Unit "${unit}" is not on the roster.${suggestions.length ? ` Did you mean: ${suggestions.join(", ")}? If so, correct the name in the report or the roster.` : ""} Its figures are still counted.`,
  }),
  maybeFile: (files: { file: string; unit: string }[]): Localized => ({
    vi: `Có thể là ${files.map((f) => `tệp ${f.file}, ghi tên "${f.unit}"`).join("; ")}.`,
    en: `Possibly ${files.map((f) => `${f.file}, which names "${f.unit}"`).join("; ")}.`,
  }),
  moneyLow: (cell: string, label: string, value: string, valueEn: string, median: string, medianEn: string): Localized => ({
    vi: `Ô ${cell} (${label}): ${value} đồng, chưa bằng một phần nghìn trung vị các đơn vị khác (${median} đồng). Có thể đã nhập theo triệu hoặc nghìn đồng: đề nghị đơn vị kiểm tra và nhập số tiền bằng đồng.`,
    en: `Cell ${cell} (${label}): ${valueEn} VND, below a thousandth of the other units' median (${medianEn} VND). Possibly entered in millions or thousands: ask the unit to check and enter the amount in VND.`,
  }),
  outlier: (cell: string, label: string, value: string, valueEn: string, median: string, medianEn: string, times: number): Localized => ({
    vi: `Ô ${cell} (${label}): ${value} gấp ${times} lần trung vị các đơn vị khác (${median}). Có thể đã nhập nhầm đơn vị tính (đồng, nghìn, triệu) hoặc thừa chữ số 0.`,
    en: `Cell ${cell} (${label}): ${valueEn} is ${times} times the other units' median (${medianEn}). Possibly a unit slip (VND, thousands, millions) or an extra zero.`,
  }),
};

/** Why a roster file is refused: it is never read as garbage units. */
export const rosterMessages = {
  empty: (): Localized => ({
    vi: "Danh sách đơn vị trống: không có dòng nào có tên đơn vị.",
    en: "The roster is empty: no row holds a unit name.",
  }),
  noHeader: (): Localized => ({
    vi: 'Không hiểu danh sách đơn vị: hãy thêm một dòng tiêu đề có cột "Tên đơn vị" (và "Mã ĐVHC" nếu có).',
    en: 'The roster cannot be understood: add a header row with a "Tên đơn vị" column (and "Mã ĐVHC" if there are codes).',
  }),
  badName: (line: number, text: string): Localized => ({
    vi: `Danh sách đơn vị không đọc được: dòng ${line} ("${text}") không phải tên đơn vị. Hãy lưu danh sách dạng .xlsx hoặc CSV UTF-8.`,
    en: `The roster cannot be read: row ${line} ("${text}") is not a unit name. Save the roster as .xlsx or CSV UTF-8.`,
  }),
  badCode: (line: number, text: string): Localized => ({
    vi: `Danh sách đơn vị không đọc được: mã đơn vị ở dòng ${line} ("${text}") không hợp lệ (chỉ gồm chữ, số, dấu chấm, gạch).`,
    en: `The roster cannot be read: the unit code on row ${line} ("${text}") is not valid (letters, digits, dots, dashes only).`,
  }),
};
