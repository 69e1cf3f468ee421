// Why a file cannot be read as a report (empty, a Word document, encrypted,
// too large, another template...): one reason per file, told in a status
// column and on the command line, with what the sender should do.
import type { Localized } from "./lang";
import { MAX_ARCHIVE_DEPTH } from "../limits";

const OPEN_PROBLEMS: Record<string, Localized> = {
  ENOENT: {
    vi: "Không có tệp này: hãy kiểm tra tên tệp và thư mục.",
    en: "There is no such file: check the file name and the folder.",
  },
  EACCES: {
    vi: "Không có quyền đọc tệp: hãy sao chép tệp vào thư mục của mình rồi chạy lại.",
    en: "No permission to read the file: copy it into a folder of your own and run again.",
  },
  EBUSY: {
    vi: "Tệp đang được chương trình khác mở và khóa: hãy đóng tệp trong Excel rồi chạy lại.",
    en: "Another program has the file open and locked: close it in Excel and run again.",
  },
};
OPEN_PROBLEMS.EPERM = OPEN_PROBLEMS.EACCES;

export const failures = {
  /** `code`: the system's error code (ENOENT…); the common ones are told in words, the rest named as they are. */
  cannotOpen: (code: string): Localized =>
    OPEN_PROBLEMS[code] ?? {
      vi: `Không mở được tệp (${code}).`,
      en: `Cannot open the file (${code}).`,
    },
  notAFile: (): Localized => ({
    vi: "Đây không phải là một tệp mà là ống dẫn (FIFO), thiết bị hoặc socket nên không được đọc.",
    en: "This is not a file but a pipe (FIFO), a device or a socket, so it is not read.",
  }),
  linkToFolder: (): Localized => ({
    vi: "Đây là liên kết tới một thư mục: liên kết nằm trong thư mục đang đọc không được đi theo (tránh đọc vòng lặp). Nếu cần, hãy ghi thẳng thư mục đó khi chạy lệnh.",
    en: "This is a link to a folder: links inside a folder being read are not followed (no loops). If needed, name that folder itself when running the command.",
  }),
  brokenLink: (): Localized => ({
    vi: "Đây là liên kết trỏ tới một tệp không còn tồn tại nên không đọc được.",
    en: "This is a link to a file that no longer exists, so it cannot be read.",
  }),
  linkLoop: (): Localized => ({
    vi: "Đây là liên kết trỏ vòng (tới chính nó, qua các liên kết khác) nên không đọc được.",
    en: "This is a link that loops back on itself (through other links), so it cannot be read.",
  }),
  notXlsx: (): Localized => ({
    vi: "Tệp không phải là sổ làm việc Excel hay LibreOffice (.xlsx, .xls, .ods). Hãy mở bằng Excel và lưu dạng .xlsx.",
    en: "The file is not a workbook (.xlsx, .xls, .ods). Open it in Excel and save it as .xlsx.",
  }),
  emptyFile: (): Localized => ({
    vi: "Tệp rỗng (0 byte): tệp chưa được gửi hoặc tải về hết. Cần gửi lại tệp.",
    en: "The file is empty (0 bytes): it was not fully sent or downloaded. The file must be sent again.",
  }),
  wordDocument: (): Localized => ({
    vi: "Tệp là văn bản Word, không phải sổ làm việc báo cáo. Hãy đề nghị đơn vị gửi tệp Excel của báo cáo.",
    en: "The file is a Word document, not a report workbook. Ask the unit to send the report's Excel file.",
  }),
  otherDocument: (): Localized => ({
    vi: "Tệp là văn bản hoặc trình chiếu, không phải sổ làm việc báo cáo. Hãy đề nghị đơn vị gửi tệp Excel của báo cáo.",
    en: "The file is a document or presentation, not a report workbook. Ask the unit to send the report's Excel file.",
  }),
  picture: (): Localized => ({
    vi: "Tệp là ảnh (ảnh chụp hoặc bản quét), số liệu trong ảnh không đọc được. Hãy đề nghị đơn vị gửi tệp Excel của báo cáo.",
    en: "The file is a picture (photo or scan); figures in a picture cannot be read. Ask the unit to send the report's Excel file.",
  }),
  textTable: (): Localized => ({
    vi: "Tệp là bảng số liệu lưu dạng văn bản (CSV), không phải báo cáo theo mẫu: dạng này mất tên đơn vị, kỳ báo cáo và vị trí các ô. Hãy đề nghị đơn vị gửi chính tệp Excel (.xlsx hoặc .xls) của báo cáo.",
    en: "The file is a table saved as text (CSV), not a report form: it has lost the unit, the period and where each figure is. Ask the unit for the report's Excel file itself (.xlsx or .xls).",
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
    vi: `Tệp nén nằm sâu hơn ${MAX_ARCHIVE_DEPTH} lớp tệp nén nên không được mở. Hãy giải nén rồi tổng hợp lại.`,
    en: `An archive more than ${MAX_ARCHIVE_DEPTH} archives deep is not opened. Extract it and consolidate again.`,
  }),
  emptyArchive: (): Localized => ({
    vi: "Tệp nén không chứa tệp nào. Cần gửi lại tệp.",
    en: "The archive holds no files. The file must be sent again.",
  }),
  xlsBinary: (): Localized => ({
    vi: "Tệp là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dạng .xlsx (Excel Workbook).",
    en: "The file is in the old Excel format (.xls). Open it in Excel and save it as .xlsx (Excel Workbook).",
  }),
  encrypted: (): Localized => ({
    vi: "Tệp được đặt mật khẩu mở. Hãy bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi gửi lại.",
    en: "The file is password-protected. Remove the password (File › Info › Protect Workbook) and send it again.",
  }),
  encryptedArchive: (): Localized => ({
    vi: "Tệp nén (.zip) được đặt mật khẩu nên không mở được. Hãy giải nén bằng mật khẩu rồi gửi các tệp báo cáo bên trong, hoặc đề nghị đơn vị gửi tệp nén không đặt mật khẩu.",
    en: "The archive (.zip) is password-protected and cannot be opened. Extract it with the password and give the report files inside, or ask the unit for an archive without a password.",
  }),
  duplicateMember: (): Localized => ({
    vi: "Tệp nén chứa hai tệp trùng tên này nên không biết tệp nào là báo cáo: cả hai đều không được đọc. Cần gửi lại tệp.",
    en: "The archive holds two files of this name, so which one is the report cannot be told: neither is read. The file must be sent again.",
  }),
  unsupportedEncoding: (): Localized => ({
    vi: "Tệp được lưu bằng bảng mã mà định dạng .xlsx không cho phép (chỉ UTF-8 hoặc UTF-16) nên không đọc đúng được. Hãy mở bằng Excel và lưu lại dạng .xlsx.",
    en: "The file is saved in a character encoding the .xlsx format does not allow (only UTF-8 or UTF-16), so it cannot be read correctly. Open it in Excel and save it as .xlsx.",
  }),
  corrupt: (): Localized => ({
    vi: "Tệp bị hỏng hoặc chưa tải về hết. Cần gửi lại tệp.",
    en: "The file is damaged or incompletely downloaded. The file must be sent again.",
  }),
  /** `limit`: which limit, from `safetyLimits`, in each language. */
  overSafetyLimit: (limit: Localized): Localized => ({
    vi: `Tệp vượt giới hạn an toàn (${limit.vi}). Một báo cáo thường chỉ vài chục KB: hãy xóa ảnh, trang thừa rồi lưu lại.`,
    en: `The file exceeds a safety limit (${limit.en}). A report is usually a few dozen KB: remove pictures and extra sheets and save again.`,
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
  /** A feedback workbook (phiếu phản hồi) sent back: its explanations are read, it is not a report. */
  feedbackWorkbook: (unit: string): Localized => ({
    vi: `Đây là phiếu phản hồi${unit ? ` gửi ${unit}` : ""}, không phải báo cáo: giải trình của đơn vị trong phiếu được gắn với các vấn đề đã nêu.`,
    en: `This is a feedback workbook${unit ? ` sent to ${unit}` : ""}, not a report: the unit's explanations in it are attached to the findings listed.`,
  }),
  feedbackIndex: (): Localized => ({
    vi: "Đây là danh sách phiếu phản hồi do tonghop lập, không phải báo cáo.",
    en: "This is tonghop's list of feedback workbooks, not a report.",
  }),
  /** `closest`: the template whose tables came nearest, what was found of it, and the first table not matched. */
  notAReport: (closest?: {
    template: string;
    tablesFound: number;
    tables: number;
    table?: string;
    label?: string;
    nearest?: string;
    cell?: string;
  }): Localized => {
    const c = closest;
    const table = (vi: boolean) =>
      c?.table
        ? vi
          ? `; bảng "${c.table}" không khớp (tìm chỉ tiêu "${c.label}"${c.nearest ? `, gần nhất là "${c.nearest}" ở ô ${c.cell}` : ""})`
          : `; table "${c.table}" does not match (looked for "${c.label}"${c.nearest ? `, nearest "${c.nearest}" in ${c.cell}` : ""})`
        : "";
    return {
      vi:
        "Tệp không phải là báo cáo theo mẫu (không có trang thông tin của tonghop và không nhận ra đủ bảng số liệu)." +
        (c ? ` Gần nhất là mẫu "${c.template}": tìm thấy ${c.tablesFound} trong ${c.tables} bảng${table(true)}.` : "") +
        " Hãy dùng mẫu báo cáo của tonghop, hoặc ghi tên bảng và chỉ tiêu đúng như mẫu.",
      en:
        "The file is not a report made from a template (no tonghop information sheet and not enough known tables)." +
        (c
          ? ` Closest is template "${c.template}": ${c.tablesFound} of ${c.tables} tables found${table(false)}.`
          : "") +
        " Use a tonghop report template, or write the tables' and indicators' names as the template does.",
    };
  },
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
  /** `version`: what the information sheet holds where the template's version belongs. */
  badVersion: (version: string): Localized => ({
    vi: `Trang thông tin của báo cáo bị sửa hỏng: phiên bản mẫu ghi "${version}", không phải một số nguyên. Hãy tạo lại báo cáo bằng tonghop.`,
    en: `The report's information sheet is damaged: the template version reads "${version}", not a whole number. Make the report again with tonghop.`,
  }),
  metaInvalid: (detail: string): Localized => ({
    vi: `Trang thông tin của báo cáo bị sửa hỏng (${detail}). Hãy tạo lại báo cáo bằng tonghop.`,
    en: `The report's information sheet is damaged (${detail}). Make the report again with tonghop.`,
  }),
};

/** The safety limits a file may exceed, as `failures.overSafetyLimit` names them (sizes in MB). */
export const safetyLimits = {
  fileSize: (mb: number): Localized => ({ vi: `${mb} MB mỗi tệp`, en: `${mb} MB per file` }),
  zip: (entries: number, partMb: number, totalMb: number): Localized => ({
    vi: `${entries} mục nén, ${partMb} MB mỗi phần, ${totalMb} MB khi giải nén`,
    en: `${entries} zip entries, ${partMb} MB per part, ${totalMb} MB inflated`,
  }),
  sheets: (n: number): Localized => ({ vi: `${n} trang tính`, en: `${n} sheets per workbook` }),
  cellsPerSheet: (n: number): Localized => ({ vi: `${n} ô mỗi trang`, en: `${n} cells per sheet` }),
};
