// What the user reads when Excel refuses a request: each common Office.js error
// code in Vietnamese with its English twin, saying what to do, and every code
// Microsoft documents for size and for cell editing ("Error handling with the
// application-specific JavaScript APIs"). The pane shows these, never Excel's raw
// English text: a code not listed here is named, with general advice.
import type { Localized } from "../core/i18n/lang";

/**
 * Excel on the web refuses a request above 5 MB (RequestPayloadSizeLimitExceeded, Office error 5103)
 * and an answer above 5 MB (ResponsePayloadSizeLimitExceeded, Office error 5104): asking for less at a
 * time is the cure for both.
 */
export const TOO_LARGE_CODES = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"] as const;

/** Whether Excel refused a request or its answer for its size. */
export function isTooLarge(e: unknown): boolean {
  return (TOO_LARGE_CODES as readonly string[]).includes(officeErrorCode(e) ?? "");
}

/** The user is typing in a cell (Office error 5004): Excel runs nothing until the edit ends. */
export const CELL_EDIT_CODE = "InvalidOperationInCellEditMode";

export const OFFICE_ERRORS: Record<string, Localized> = {
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc để rời ô đang gõ, rồi bấm lại.",
    en: "Excel is editing a cell: press Enter or Esc to leave the cell, then click again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu quá lớn để Excel nhận một lần: hãy tổng hợp ít tệp hơn mỗi lần, hoặc dùng trang web hay dòng lệnh tonghop.",
    en: "Too much data for Excel to take at once: consolidate fewer files at a time, or use the tonghop web page or command line.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Excel không gửi lại được nhiều dữ liệu như vậy một lần (quá 5 MB), kể cả khi đã chia nhỏ: hãy xóa các ô thừa ở xa vùng báo cáo (Ctrl+End để tìm) rồi thử lại, hoặc lưu sổ làm việc và kiểm tra tệp bằng trang web hay dòng lệnh tonghop.",
    en: "Excel cannot send back that much data at once (over 5 MB), even in smaller pieces: delete stray cells far from the report (Ctrl+End finds them) and try again, or save the workbook and check the file with the tonghop web page or command line.",
  },
  RangeExceedsLimit: {
    vi: "Vùng ô quá lớn để Excel đọc một lần (quá 5 triệu ô): hãy xóa các ô thừa ở xa vùng báo cáo (Ctrl+End để tìm), lưu lại rồi thử lại.",
    en: "The range is too large for Excel to read at once (over 5 million cells): delete stray cells far from the report (Ctrl+End finds them), save, then try again.",
  },
  OperationCellsExceedLimit: {
    vi: "Thao tác này chạm tới quá nhiều ô (quá giới hạn 33 triệu ô của Excel): hãy xóa các ô thừa ở xa vùng báo cáo (Ctrl+End để tìm), lưu lại rồi thử lại.",
    en: "This operation touches too many cells (over Excel's limit of 33 million): delete stray cells far from the report (Ctrl+End finds them), save, then try again.",
  },
  MemoryLimitReached: {
    vi: "Excel đã hết bộ nhớ cho thao tác này: hãy lưu và đóng bớt các sổ làm việc khác rồi thử lại, hoặc dùng trang web hay dòng lệnh tonghop.",
    en: "Excel ran out of memory for this operation: save and close other workbooks, then try again, or use the tonghop web page or command line.",
  },
  ActivityLimitReached: {
    vi: "Excel đang nhận quá nhiều yêu cầu cùng lúc: hãy đợi một lát rồi bấm lại.",
    en: "Excel is receiving too many requests at once: wait a moment, then click again.",
  },
  FormulaLengthExceedsLimit: {
    vi: "Một công thức quá dài để Excel nhận: hãy tổng hợp ít đơn vị hơn mỗi lần, hoặc tải bảng tổng hợp bằng trang web hay dòng lệnh tonghop.",
    en: "A formula is too long for Excel to accept: consolidate fewer units at a time, or use the tonghop web page or command line to make the summary.",
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

/**
 * What to tell the user about an error from Excel: its message when the code is known, else the
 * code's name (for whoever helps them) with general advice. Excel's own text (English, or in the
 * language of Office) is never shown.
 */
export function officeErrorText(e: unknown): Localized {
  const code = officeErrorCode(e);
  const known = OFFICE_ERRORS[code ?? ""];
  if (known) return known;
  const named = code && /^\w{1,64}$/.test(code) ? code : undefined;
  return {
    vi: `Excel báo lỗi${named ? ` (mã ${named})` : ""}. Hãy thử lại; nếu vẫn lỗi, lưu sổ làm việc rồi mở lại Excel.`,
    en: `Excel reported an error${named ? ` (code ${named})` : ""}. Try again; if it persists, save the workbook and reopen Excel.`,
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
