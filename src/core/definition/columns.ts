// The definition workbook's layout, in one place for the writer and the reader:
// its sheets, their columns (found by header, so users may reorder them), and
// the words users write for fixed values ("tiền" for money, "lỗi" for error).

export const SHEETS = {
  info: "Thông tin",
  sections: "Mục",
  tables: "Bảng",
  fields: "Chỉ tiêu",
  rates: "Tỷ lệ",
  rules: "Quy tắc",
  deadlines: "Hạn nộp",
} as const;

/** A fixed set of values: the word a user writes, and what it stands for. */
export type Words<T> = readonly (readonly [word: string, value: T])[];

/** A fixed set of values as a table, word → value, in the order the workbook's drop-down lists them. */
const words = <T extends string | boolean>(table: Record<string, T>): Words<T> => Object.entries(table);

export const KIND: Words<"count" | "money"> = words({ "số đếm": "count", tiền: "money" });
export const SEVERITY: Words<"error" | "warning"> = words({ lỗi: "error", "cảnh báo": "warning" });
export const ORIENTATION: Words<"columns" | "rows"> = words({ cột: "columns", dòng: "rows" });
export const YES_NO: Words<boolean> = words({ có: true, không: false });
export const PERIOD_KIND: Words<"year" | "half-or-year"> = words({ năm: "year", "6 tháng hoặc năm": "half-or-year" });
export const SPAN: Words<"year" | "half"> = words({ năm: "year", "6 tháng": "half" });
export const LEVEL: Words<"xa" | "huyen" | "tinh"> = words({ xã: "xa", huyện: "huyen", tỉnh: "tinh" });
export const OPERATOR: Words<"<" | "<=" | ">" | ">=" | "=" | "!="> = (["<", "<=", ">", ">=", "=", "!="] as const).map(
  (op) => [op, op] as const,
);

export interface Column {
  key: string;
  header: string;
  width: number;
  /** Fixed values: a drop-down in the workbook, checked when read. */
  words?: Words<unknown>;
  required?: boolean;
}

const col = (key: string, header: string, width: number, more: Partial<Column> = {}): Column => ({
  key,
  header,
  width,
  ...more,
});

export const COLUMNS = {
  sections: [
    col("id", "Mã mục", 12, { required: true }),
    col("heading", "Tên mục", 70, { required: true }),
    col("narrative", "Có ô viết", 12, { words: YES_NO, required: true }),
  ],
  tables: [
    col("id", "Mã bảng", 18, { required: true }),
    col("name", "Tên bảng", 36, { required: true }),
    col("caption", "Tiêu đề in trên bảng", 40),
    col("afterSection", "Sau mục (mã mục)", 16, { required: true }),
    col("orientation", "Kiểu bảng", 12, { words: ORIENTATION, required: true }),
  ],
  fields: [
    col("table", "Mã bảng", 18, { required: true }),
    col("group", "Nhóm (tiêu đề trên)", 40),
    col("label", "Chỉ tiêu (tiêu đề dưới)", 40, { required: true }),
    col("id", "Mã chỉ tiêu", 30, { required: true }),
    col("kind", "Loại", 10, { words: KIND, required: true }),
    col("unit", "Đơn vị tính", 14),
  ],
  rates: [
    col("table", "Mã bảng", 18, { required: true }),
    col("id", "Mã tỷ lệ", 30, { required: true }),
    col("label", "Tên tỷ lệ", 50, { required: true }),
    col("numerator", "Tử số (mã chỉ tiêu)", 26, { required: true }),
    col("denominator", "Mẫu số (mã chỉ tiêu)", 26, { required: true }),
    col("afterField", "Sau chỉ tiêu (mã)", 26, { required: true }),
  ],
  rules: [
    col("id", "Mã quy tắc", 30, { required: true }),
    col("left", "Vế trái", 34, { required: true }),
    col("op", "So sánh", 9, { words: OPERATOR, required: true }),
    col("right", "Vế phải", 26, { required: true }),
    col("severity", "Mức độ", 11, { words: SEVERITY, required: true }),
    col("when", "Chỉ khi (điều kiện, cách nhau bằng ;)", 34),
    col("levels", "Chỉ cho cấp (xã, huyện, tỉnh)", 16),
    col("cell", "Ô báo (mã chỉ tiêu)", 22),
    col("messageVi", "Thông báo (tiếng Việt)", 60, { required: true }),
    col("messageEn", "Thông báo (tiếng Anh)", 60, { required: true }),
  ],
  deadlines: [
    col("span", "Kỳ", 12, { words: SPAN, required: true }),
    col("level", "Cấp (để trống: mọi cấp)", 14, { words: LEVEL }),
    col("day", "Ngày", 8, { required: true }),
    col("month", "Tháng", 8, { required: true }),
  ],
} as const satisfies Record<Exclude<keyof typeof SHEETS, "info">, readonly Column[]>;

/** Rows of the Thông tin sheet: a label in column A, its value in column B. */
export const INFO_ROWS = [
  col("id", "Mã mẫu", 0, { required: true }),
  col("version", "Phiên bản", 0, { required: true }),
  col("nameVi", "Tên mẫu (tiếng Việt)", 0, { required: true }),
  col("nameEn", "Tên mẫu (tiếng Anh)", 0, { required: true }),
  col("title", "Tên báo cáo in trên trang ({period} là kỳ báo cáo)", 0, { required: true }),
  col("periodKind", "Kỳ báo cáo", 0, { words: PERIOD_KIND, required: true }),
  col("source", "Nguồn", 0, { required: true }),
  col("chartTitle", "Biểu đồ tổng hợp: tiêu đề", 0),
  col("chartFields", "Biểu đồ tổng hợp: mã chỉ tiêu (cách nhau bằng dấu phẩy)", 0),
] as const;
export const INFO_HEADERS = ["Thuộc tính", "Giá trị"] as const;

export function wordOf<T>(words: Words<T>, value: T): string {
  return words.find(([, v]) => v === value)?.[0] ?? String(value);
}
