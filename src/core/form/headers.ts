// How a report names its columns: printed by the layout (layout/report.ts,
// layout/summary.ts) and searched for by the reader (read/locate.ts) when a
// report lost its defined names. Change a header here and both follow.
import type { Field } from "../templates";

/** Money is whole đồng: its unit cell and the suffix of its column header. */
export const MONEY_UNIT = "đồng";

/** Headers of a table laid out in rows (one indicator a row): STT | Chỉ tiêu | Đơn vị tính | Số liệu. */
export const ROW_TABLE_HEADERS = { number: "STT", label: "Chỉ tiêu", unit: "Đơn vị tính", value: "Số liệu" } as const;

/**
 * What people print over the figures of a table in rows instead of "Số liệu": a reader finds the value column
 * by any of these (the writer prints ROW_TABLE_HEADERS.value).
 */
export const ROW_TABLE_VALUE_HEADERS = [
  "Số lượng",
  "Kết quả",
  "Kết quả thực hiện",
  "Số liệu báo cáo",
  "Thực hiện",
  "Tổng số",
] as const;

/** Header text of a field: its label, and the unit for money ("Kinh phí (đồng)"). */
export function fieldHeader(field: Field): string {
  return field.kind === "money" ? `${field.label} (${MONEY_UNIT})` : field.label;
}

/** The unit printed beside a field in a row table. */
export function fieldUnit(field: Field): string {
  return field.kind === "money" ? MONEY_UNIT : (field.unit ?? "");
}
