// Why a roster (danh sách đơn vị) file is refused.
import type { Localized } from "../report";


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
