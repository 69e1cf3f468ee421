// What is wrong with a unit's details as a person typed them (core/meta-input.ts's problems): said by
// `tonghop new` (naming the option) and the pane's Mẫu báo cáo form (under the field), in either language.
// A missing value is said by each front end its own way (the option to add, the field to fill).
import type { Localized } from "./lang";

export const metaMessages = {
  /** `name`: the option or field, as the front end calls it. */
  tooLong: (name: string, max: number): Localized => ({
    vi: `${name} dài quá ${max} ký tự: hãy viết gọn lại.`,
    en: `${name} is longer than ${max} characters: shorten it.`,
  }),
  badCode: (max: number): Localized => ({
    vi: `Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch (tối đa ${max} ký tự).`,
    en: `A unit code has letters, digits, dots and dashes only (${max} at most).`,
  }),
  badDate: (text: string): Localized => ({
    vi: `Ngày "${text}" không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 03/07/2024.`,
    en: `Date "${text}" is not valid: write day/month/year, e.g. 03/07/2024.`,
  }),
};
