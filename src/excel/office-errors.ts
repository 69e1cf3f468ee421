// What the user reads when Excel refuses a request: each common Office.js error
// code in Vietnamese with its English twin, saying what to do. The pane shows
// these instead of Excel's raw English text.
import type { Localized } from "../core/i18n/lang";

export const OFFICE_ERRORS: Record<string, Localized> = {
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc để rời ô đang gõ, rồi bấm lại.",
    en: "Excel is editing a cell: press Enter or Esc to leave the cell, then click again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu quá lớn để Excel nhận một lần: hãy tổng hợp ít tệp hơn mỗi lần, hoặc dùng trang web hay dòng lệnh tonghop.",
    en: "Too much data for Excel to take at once: consolidate fewer files at a time, or use the tonghop web page or command line.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy trang hoặc ô cần dùng (có thể đã bị đổi tên hoặc xóa): hãy kiểm tra lại sổ làm việc rồi thử lại.",
    en: "A sheet or cell tonghop needs is missing (renamed or deleted?): check the workbook, then try again.",
  },
  InvalidArgument: {
    vi: "Excel không nhận giá trị hoặc địa chỉ ô này: hãy kiểm tra ô đang chọn và thử lại; nếu vẫn lỗi, báo cho người quản trị kèm tên tệp.",
    en: "Excel did not accept this value or cell address: check the selected cell and try again; if it persists, tell your administrator, naming the file.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này thiếu chức năng cần dùng: hãy cập nhật Office, hoặc dùng trang web hay dòng lệnh tonghop.",
    en: "This version of Excel lacks a feature tonghop needs: update Office, or use the tonghop web page or command line.",
  },
  AccessDenied: {
    vi: "Excel không cho sửa: trang đang bị khóa hoặc sổ làm việc chỉ được xem. Hãy bỏ khóa trang (Xem lại › Bỏ bảo vệ trang) hoặc mở sổ làm việc để sửa, rồi thử lại.",
    en: "Excel does not allow changes: the sheet is protected or the workbook is read-only. Unprotect the sheet (Review › Unprotect Sheet) or open the workbook for editing, then try again.",
  },
  GeneralException: {
    vi: "Excel gặp lỗi khi thực hiện: hãy lưu sổ làm việc, đóng và mở lại Excel, rồi thử lại.",
    en: "Excel ran into an error: save the workbook, close and reopen Excel, then try again.",
  },
};

/** The code of an Office.js error ("ItemNotFound"), if it is one. */
export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** What to tell the user about an error from Excel. */
export function officeErrorText(e: unknown): Localized {
  const known = OFFICE_ERRORS[officeErrorCode(e) ?? ""];
  if (known) return known;
  const raw = e instanceof Error ? e.message : String(e);
  return {
    vi: `Excel báo lỗi: ${raw}. Hãy thử lại; nếu vẫn lỗi, lưu sổ làm việc rồi mở lại Excel.`,
    en: `Excel reported an error: ${raw}. Try again; if it persists, save the workbook and reopen Excel.`,
  };
}

/** An error the pane can show as it is: its message is already in the user's language. */
export class ExcelFailure extends Error {
  constructor(
    public text: Localized,
    lang: keyof Localized,
    public code?: string,
  ) {
    super(text[lang]);
    this.name = "ExcelFailure";
  }
}
