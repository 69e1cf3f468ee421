// Why a roster (danh sách đơn vị) file is refused.
import type { Localized } from "./lang";

/** Why a roster file is refused: it is never read as garbage units. */
export const rosterMessages = {
  emptyFile: (): Localized => ({
    vi: "Tệp danh sách đơn vị rỗng (0 byte). Hãy chọn lại tệp danh sách (.csv, .xlsx hoặc .xls).",
    en: "The roster file is empty (0 bytes). Choose the roster file again (.csv, .xlsx or .xls).",
  }),
  notATable: (): Localized => ({
    vi: 'Tệp danh sách đơn vị là ảnh hoặc PDF, không đọc được. Hãy dùng tệp .csv, .xlsx hoặc .xls có cột "Tên đơn vị".',
    en: 'The roster file is a picture or a PDF and cannot be read. Use a .csv, .xlsx or .xls file with a "Tên đơn vị" column.',
  }),
  empty: (): Localized => ({
    vi: "Danh sách đơn vị trống: không có dòng nào có tên đơn vị.",
    en: "The roster is empty: no row holds a unit name.",
  }),
  noHeader: (): Localized => ({
    vi: 'Không hiểu danh sách đơn vị: hãy thêm một dòng tiêu đề có cột "Tên đơn vị" (và "Mã ĐVHC" nếu có).',
    en: 'The roster cannot be understood: add a header row with a "Tên đơn vị" column (and "Mã ĐVHC" if there are codes).',
  }),
  tooManyLines: (lines: number, max: number): Localized => ({
    vi: `Danh sách đơn vị có ${lines} dòng, nhiều hơn mức cho phép (${max}): hãy kiểm tra đã chọn đúng tệp danh sách.`,
    en: `The roster has ${lines} rows, more than allowed (${max}): check that you chose the roster file.`,
  }),
  lineTooLong: (line: number, chars: number, max: number): Localized => ({
    vi: `Danh sách đơn vị không đọc được: dòng ${line} dài ${chars} ký tự, nhiều hơn mức cho phép (${max}). Hãy kiểm tra đã chọn đúng tệp danh sách.`,
    en: `The roster cannot be read: row ${line} is ${chars} characters long, more than allowed (${max}). Check that you chose the roster file.`,
  }),
  tooManyColumns: (line: number, cells: number, max: number): Localized => ({
    vi: `Danh sách đơn vị không đọc được: dòng ${line} có ${cells} cột, nhiều hơn mức cho phép (${max}). Danh sách chỉ cần cột mã và cột tên đơn vị.`,
    en: `The roster cannot be read: row ${line} has ${cells} columns, more than allowed (${max}). A roster needs only a code and a unit name column.`,
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
