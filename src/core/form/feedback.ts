// The feedback workbook's contract (phiếu phản hồi): its sheets, the columns of its table, the keys of its
// hidden sheet. Written by core/feedback/ and read back by read/feedback.ts when the unit returns it with its
// explanations. Workbooks already sent keep the names below: change them only with a reader for the old ones.

/** The visible sheet the unit reads and answers in. */
export const FEEDBACK_SHEET = "Phiếu phản hồi";
/** The visible sheet of the index workbook (one row per unit written to). */
export const FEEDBACK_INDEX_SHEET = "Danh sách phiếu phản hồi";
/** The findings of Kiểm tra written into the open workbook (the same table, no hidden sheet). */
export const FINDINGS_SHEET = "Kết quả kiểm tra";

/** The hidden sheet that says a workbook is a feedback workbook (never a report: it has no _tonghop sheet). */
export const FEEDBACK_META_SHEET = "_tonghop_phan_hoi";
/** First cell of the hidden sheet. */
export const FEEDBACK_MARK = "tonghop-phan-hoi";
export const FEEDBACK_SCHEMA = 1;

export const FEEDBACK_KEYS = {
  schema: "schema",
  /** "unit": a unit's feedback workbook; "index": the list of them. */
  kind: "kind",
  templateId: "template_id",
  templateVersion: "template_version",
  period: "period",
  unitName: "unit_name",
  unitCode: "unit_code",
  fromUnit: "from_unit",
  resubmitBy: "resubmit_by",
  /** The visible sheet's name as written (a reader looks for the table there). */
  sheet: "sheet",
} as const;

/** Keys of per-finding rows: "row:14" → the finding's key as JSON ({code, sheet, cell, field, stt}). */
export const FEEDBACK_ROW_KEY = "row:";

/** The table's columns, as the issue of the form lists them (verbatim). */
export const FEEDBACK_COLUMNS = [
  "STT",
  "Bảng",
  "Ô",
  "Chỉ tiêu",
  "Giá trị nhận được",
  "Vấn đề",
  "Đề nghị sửa",
  "Mức độ",
  "Giải trình của đơn vị",
] as const;

/** The column the unit types its answers in (1-based): unlocked under sheet protection. */
export const EXPLANATION_COLUMN = FEEDBACK_COLUMNS.indexOf("Giải trình của đơn vị") + 1;

/** How much a finding matters, in the form's words: an error must be fixed, a warning explained (or fixed). */
export const SEVERITY_WORDS = { error: "Phải sửa", warning: "Cần giải trình" } as const;

/** Longest answer kept from one cell (an answer is a sentence or a paragraph, never a file). */
export const MAX_EXPLANATION = 2_000;
