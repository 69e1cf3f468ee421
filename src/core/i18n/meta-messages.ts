// What is wrong with a unit's details as a person typed them (core/meta-input.ts's problems): said by
// `tonghop new` (naming the option) and the pane's Mẫu báo cáo form (under the field), in either language.
// A missing value is said by each front end its own way (the option to add, the field to fill).
import { daysInMonth, vnDateParts } from "../dates";
import type { Localized } from "./lang";

export const metaMessages = {
  /** A period as people say it: "Năm 2024", "6 tháng đầu năm 2024". */
  periodName: (year: number, half: boolean): Localized =>
    half ? { vi: `6 tháng đầu năm ${year}`, en: `First half of ${year}` } : { vi: `Năm ${year}`, en: `Year ${year}` },
  /** A report date outside the period chosen (meta.ts dateFitsPeriod): said before the report is made. */
  dateOutsidePeriod: (date: string, period: Localized): Localized => ({
    vi: `Ngày báo cáo ${date} không thuộc kỳ "${period.vi}": kiểm tra lại kỳ báo cáo hoặc ngày báo cáo.`,
    en: `The report date ${date} is not in the period "${period.en}": check the period or the report date.`,
  }),
  /** `name`: the option or field, as the front end calls it. */
  tooLong: (name: string, max: number): Localized => ({
    vi: `${name} dài quá ${max} ký tự: hãy viết gọn lại.`,
    en: `${name} is longer than ${max} characters: shorten it.`,
  }),
  badCode: (max: number): Localized => ({
    vi: `Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch (tối đa ${max} ký tự).`,
    en: `A unit code has letters, digits, dots and dashes only (${max} at most).`,
  }),
  /** A date not written dd/mm/yyyy; or written so, but a day that does not exist (31/6/2024). */
  badDate: (text: string): Localized => {
    const p = vnDateParts(text);
    if (p && p.month >= 1 && p.month <= 12) {
      const days = daysInMonth(p.year, p.month);
      return {
        vi: `Không có ngày ${text.trim()}: tháng ${p.month}/${p.year} chỉ có ${days} ngày.`,
        en: `There is no ${text.trim()} (day/month/year): ${p.month}/${p.year} has only ${days} days.`,
      };
    }
    if (p)
      return {
        vi: `Không có tháng ${p.month} trong ngày "${text.trim()}": hãy ghi theo dạng ngày/tháng/năm, ví dụ 03/07/2024.`,
        en: `There is no month ${p.month} in "${text.trim()}": write day/month/year, e.g. 03/07/2024.`,
      };
    return {
      vi: `Ngày "${text}" không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 03/07/2024.`,
      en: `Date "${text}" is not valid: write day/month/year, e.g. 03/07/2024.`,
    };
  },
};
