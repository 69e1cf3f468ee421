// What tonghop tells the people who author templates: about an outline they
// pasted, a template file they give, or a definition workbook they edited.
// Part of the core's catalogue (messages.ts holds the findings on reports).
import type { Localized } from "./lang";

/** Problems in an outline pasted as text; each names its line. */
export const outlineMessages = {
  tooLarge: (chars: number, max: number): Localized => ({
    vi: `Đề cương quá dài (${chars} ký tự, tối đa ${max}): hãy chỉ dán phần đề cương của kế hoạch.`,
    en: `The outline is too long (${chars} characters, at most ${max}): paste only the plan's outline.`,
  }),
  tooManyLines: (lines: number, max: number): Localized => ({
    vi: `Đề cương có ${lines} dòng, nhiều hơn mức cho phép (${max}): hãy chỉ dán phần đề cương của kế hoạch.`,
    en: `The outline has ${lines} lines, more than allowed (${max}): paste only the plan's outline.`,
  }),
  lineTooLong: (line: number, chars: number, max: number): Localized => ({
    vi: `Dòng ${line} dài ${chars} ký tự, nhiều hơn mức cho phép (${max}): đề cương không có dòng dài như vậy. Hãy kiểm tra nội dung đã dán.`,
    en: `Line ${line} is ${chars} characters long, more than allowed (${max}): an outline has no line that long. Check what was pasted.`,
  }),
  tooManyColumns: (line: number, cells: number, max: number): Localized => ({
    vi: `Dòng ${line} có ${cells} ô cách nhau bằng Tab, nhiều hơn mức cho phép (${max}): hãy kiểm tra hàng tiêu đề bảng đã dán.`,
    en: `Line ${line} has ${cells} Tab-separated cells, more than allowed (${max}): check the table header row that was pasted.`,
  }),
  noTitle: (): Localized => ({
    vi: 'Không thấy dòng tên báo cáo (ví dụ "BÁO CÁO KẾT QUẢ … NĂM 2024") trước mục I. Thêm dòng tên báo cáo ở đầu đề cương.',
    en: 'No title line (e.g. "BÁO CÁO KẾT QUẢ … NĂM 2024") before section I. Add the report title at the top of the outline.',
  }),
  noYear: (): Localized => ({
    vi: 'Tên báo cáo không ghi năm ("NĂM 2024" hoặc "6 THÁNG ĐẦU NĂM 2024"): kỳ báo cáo sẽ được in ở cuối tên.',
    en: 'The title has no year ("NĂM 2024" or "6 THÁNG ĐẦU NĂM 2024"): the period will be printed at its end.',
  }),
  noSections: (): Localized => ({
    vi: 'Không thấy mục nào được đánh số (ví dụ "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN" hoặc "1. Kết quả").',
    en: 'No numbered section (e.g. "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN" or "1. Kết quả").',
  }),
  noTables: (): Localized => ({
    vi: "Đề cương không có biểu số liệu nào. Dán cả các bảng, mỗi hàng tiêu đề một dòng, các ô cách nhau bằng phím Tab (như khi sao chép từ Word).",
    en: "The outline has no table of figures. Paste the tables too, one header row a line, cells separated by Tab (as copied from Word).",
  }),
  beforeOutline: (lines: number): Localized => ({
    vi: `Dòng 1–${lines} (phần kế hoạch trước dòng "Đề cương") được bỏ qua: chỉ đọc đề cương.`,
    en: `Lines 1–${lines} (the plan before the "Đề cương" line) are left out: only the outline is read.`,
  }),
  tableBeforeSection: (line: number): Localized => ({
    vi: `Dòng ${line}: bảng đứng trước mục đầu tiên. Đặt bảng dưới mục mà nó thuộc về.`,
    en: `Line ${line}: a table comes before the first section. Put it under the section it belongs to.`,
  }),
  lineIgnored: (line: number, text: string): Localized => ({
    vi: `Dòng ${line} không phải tên mục, bảng hay tiêu đề bảng nên được bỏ qua: "${text}".`,
    en: `Line ${line} is not a heading, a table or a table caption, so it is left out: "${text}".`,
  }),
  rowIgnored: (line: number): Localized => ({
    vi: `Dòng ${line}: chỉ đọc hai hàng tiêu đề của bảng; hàng này được bỏ qua.`,
    en: `Line ${line}: only a table's two header rows are read; this row is left out.`,
  }),
  numberColumnSkipped: (line: number, label: string): Localized => ({
    vi: `Dòng ${line}: cột "${label}" là số thứ tự, không phải chỉ tiêu: bỏ qua.`,
    en: `Line ${line}: column "${label}" numbers rows and is not a figure: left out.`,
  }),
  /**
   * The upper header row has fewer cells than the row beneath (merged cells pasted from Word): how many columns
   * each label spans is asked, with the split proposed where there is one. Starts with the question itself.
   */
  unevenHeader: (line: number, labels: string[], columns: number, suggested?: number[]): Localized => {
    const n = labels.length;
    const even = suggested && suggested.every((s) => s === suggested[0]);
    const ask = {
      vi: !suggested
        ? `mỗi nhóm mấy cột?`
        : even
          ? `mỗi nhóm ${suggested[0]} cột?`
          : `${labels.map((l, i) => `"${l}" ${suggested[i]} cột`).join(", ")}?`,
      en: !suggested
        ? `how many columns does each take?`
        : even
          ? `${suggested[0]} columns each?`
          : `${labels.map((l, i) => `"${l}" ${suggested[i]} ${suggested[i] === 1 ? "column" : "columns"}`).join(", ")}?`,
    };
    return {
      vi: `Dòng ${line}: ${n} tên nhóm trên ${columns} cột: ${ask.vi} Hàng tiêu đề trên có ít ô hơn hàng dưới (ô gộp khi chép từ Word) nên chưa rõ mỗi tên nhóm gồm những cột nào.`,
      en: `Line ${line}: ${n} group names over ${columns} columns: ${ask.en} The upper header row has fewer cells than the row beneath (merged cells copied from Word), so which columns each group name covers is not known.`,
    };
  },
  /** An answer to unevenHeader that does not fit: `given` columns per label. */
  columnsDoNotFit: (line: number, given: number[], labels: number, columns: number): Localized => ({
    vi: `Dòng ${line}: cách chia ${given.join(", ")} không khớp: cần ${labels} số (mỗi tên nhóm một số, ít nhất 1), cộng lại bằng ${columns} cột.`,
    en: `Line ${line}: the split ${given.join(", ")} does not fit: give ${labels} numbers (one for each group name, at least 1), adding up to ${columns} columns.`,
  }),
  emptyGroup: (line: number, label: string): Localized => ({
    vi: `Dòng ${line}: nhóm cột "${label}" có ô trống ở hàng tiêu đề dưới; các ô trống đó được bỏ qua.`,
    en: `Line ${line}: column group "${label}" has blank sub-headers; those blank columns are left out.`,
  }),
};

/** Why a template file given by a user cannot be used. */
export const templateFileMessages = {
  tooLarge: (bytes: number, max: number): Localized => ({
    vi: `Tệp mẫu quá lớn (${bytes} byte, tối đa ${max}).`,
    en: `The template file is too large (${bytes} bytes, at most ${max}).`,
  }),
  /** `line`, `column` (from 1): where the text stops being JSON. */
  notJson: (line: number, column: number): Localized => ({
    vi: `Tệp mẫu không phải JSON hợp lệ (lỗi ở dòng ${line}, cột ${column}): thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc hay dấu ngoặc kép. Mở tệp bằng trình soạn thảo văn bản và sửa chỗ đó.`,
    en: `The template file is not valid JSON (error at line ${line}, column ${column}): usually a missing or extra comma, bracket or quote. Open it in a text editor and correct it.`,
  }),
  /** `line`, `column`: the comma itself. */
  trailingComma: (line: number, column: number): Localized => ({
    vi: `Tệp mẫu không phải JSON hợp lệ (lỗi ở dòng ${line}, cột ${column}): thừa dấu phẩy ngay trước dấu ngoặc đóng "]" hoặc "}". Mở tệp bằng trình soạn thảo văn bản và xóa dấu phẩy đó.`,
    en: `The template file is not valid JSON (error at line ${line}, column ${column}): an extra comma right before a closing "]" or "}". Open it in a text editor and delete that comma.`,
  }),
  empty: (): Localized => ({
    vi: "Tệp mẫu trống (không có nội dung). Kiểm tra đã chọn đúng tệp mẫu; nếu chưa có mẫu, tạo mẫu từ đề cương bằng lệnh: tonghop template from-outline.",
    en: "The template file is empty (it has no content). Check that you chose the right template file; if you have no template yet, make one from the outline with: tonghop template from-outline.",
  }),
  tooMany: (whatVi: string, whatEn: string, n: number, max: number): Localized => ({
    vi: `Mẫu có ${n} ${whatVi}, nhiều hơn mức cho phép (${max}).`,
    en: `The template has ${n} ${whatEn}, more than allowed (${max}).`,
  }),
  textTooLong: (path: string, n: number, max: number): Localized => ({
    vi: `${path}: chữ dài ${n} ký tự, tối đa ${max}.`,
    en: `${path}: text of ${n} characters, at most ${max}.`,
  }),
  controlCharacter: (path: string): Localized => ({
    vi: `${path}: chữ có ký tự điều khiển (không in được). Xóa ký tự đó.`,
    en: `${path}: the text holds a control (unprintable) character. Remove it.`,
  }),
  tooDeep: (max: number): Localized => ({
    vi: `Mẫu lồng nhau quá sâu (hơn ${max} tầng danh sách hoặc nhóm): một mẫu chỉ lồng 7 tầng. Tệp này không phải tệp mẫu của tonghop hoặc đã bị hỏng.`,
    en: `The template nests too deep (more than ${max} levels of lists or objects): a template nests 7. This is not a tonghop template file, or it is damaged.`,
  }),
  tooManyValues: (max: number): Localized => ({
    vi: `Mẫu có hơn ${max} giá trị (chữ, số, danh sách): một mẫu có vài trăm. Tệp này không phải tệp mẫu của tonghop hoặc đã bị hỏng.`,
    en: `The template holds more than ${max} values (texts, numbers, lists): a template holds a few hundred. This is not a tonghop template file, or it is damaged.`,
  }),
  moreProblems: (n: number): Localized => ({
    vi: `… và ${n} vấn đề khác.`,
    en: `… and ${n} more ${n === 1 ? "problem" : "problems"}.`,
  }),
  /** `detail`: what is wrong there, from schemaMessages. */
  schema: (path: string, detail: Localized): Localized => ({
    vi: `Mẫu không hợp lệ tại ${path || "(gốc)"}: ${detail.vi}`,
    en: `The template is not valid at ${path || "(root)"}: ${detail.en}`,
  }),
};

/** What kind of value a template key holds, as a template author reads it. */
const KINDS: Record<string, Localized> = {
  string: { vi: "chữ trong ngoặc kép", en: "text in quotes" },
  number: { vi: "một số", en: "a number" },
  int: { vi: "một số nguyên", en: "a whole number" },
  boolean: { vi: "true hoặc false", en: "true or false" },
  array: { vi: "một danh sách [ … ]", en: "a list [ … ]" },
  object: { vi: "một nhóm { … }", en: "an object { … }" },
};
const kind = (k: string): Localized => KINDS[k] ?? { vi: k, en: k };
const things = (origin: string): Localized =>
  origin === "array" ? { vi: "mục", en: "items" } : { vi: "ký tự", en: "characters" };

/** What is wrong at one place of a template, as the schema finds it (shown after the place, by `schema`). */
export const schemaMessages = {
  missing: (): Localized => ({ vi: "thiếu, cần có", en: "missing, required" }),
  wrongKind: (expected: string): Localized => ({
    vi: `cần ${kind(expected).vi}`,
    en: `expected ${kind(expected).en}`,
  }),
  /** `origin`: what was measured ("string", "array", "number"). */
  tooSmall: (origin: string, min: number): Localized =>
    origin === "number"
      ? { vi: `cần từ ${min} trở lên`, en: `must be at least ${min}` }
      : min === 1
        ? { vi: "không được để trống", en: "must not be empty" }
        : { vi: `cần ít nhất ${min} ${things(origin).vi}`, en: `needs at least ${min} ${things(origin).en}` },
  tooBig: (origin: string, max: number): Localized =>
    origin === "number"
      ? { vi: `cần từ ${max} trở xuống`, en: `must be at most ${max}` }
      : { vi: `tối đa ${max} ${things(origin).vi}`, en: `at most ${max} ${things(origin).en}` },
  oneOf: (values: string[]): Localized => ({
    vi: `chỉ được là một trong: ${values.map((v) => `"${v}"`).join(", ")}`,
    en: `must be one of: ${values.map((v) => `"${v}"`).join(", ")}`,
  }),
  fieldIdFormat: (): Localized => ({
    vi: 'mã chỉ tiêu chỉ gồm chữ thường không dấu (a–z), chữ số và "_", bắt đầu bằng một chữ',
    en: 'a field id is lower-case letters (a–z), digits and "_", starting with a letter',
  }),
  templateIdFormat: (): Localized => ({
    vi: 'mã mẫu chỉ gồm chữ thường không dấu (a–z), chữ số và "-", bắt đầu bằng một chữ',
    en: 'a template id is lower-case letters (a–z), digits and "-", starting with a letter',
  }),
  /** The schema's own words (in English) stand in the Vietnamese too only for a check tonghop does not expect. */
  otherwise: (detail: string): Localized => ({ vi: `không hợp lệ (${detail})`, en: detail }),
  duplicateSection: (id: string): Localized => ({
    vi: `mã mục "${id}" bị trùng: mỗi mục cần một mã riêng`,
    en: `duplicate section id "${id}": each section needs its own`,
  }),
  duplicateField: (id: string): Localized => ({
    vi: `mã chỉ tiêu "${id}" bị trùng: mỗi chỉ tiêu cần một mã riêng`,
    en: `duplicate field id "${id}": each field needs its own`,
  }),
  groupLabelNeeded: (): Localized => ({
    vi: "bảng dạng danh sách chỉ tiêu (theo dòng) cần tên cho mỗi nhóm",
    en: "a list of indicators (a table by rows) needs a label for each group",
  }),
  noSection: (id: string): Localized => ({
    vi: `không có mục "${id}" để đặt bảng sau`,
    en: `no section "${id}" to put the table after`,
  }),
  unknownField: (id: string): Localized => ({
    vi: `không có chỉ tiêu mã "${id}"`,
    en: `unknown field "${id}"`,
  }),
  unknownFieldIn: (id: string, expression: string): Localized => ({
    vi: `không có chỉ tiêu mã "${id}" (trong "${expression}")`,
    en: `unknown field "${id}" in "${expression}"`,
  }),
  /** `detail`: the expression parser's own words, which quote the expression. */
  badExpression: (expression: string, detail: string): Localized => ({
    vi: `không đọc được biểu thức "${expression}": chỉ dùng mã chỉ tiêu, số, + - * / và ngoặc đơn`,
    en: `${detail}: use field ids, numbers, + - * / and parentheses`,
  }),
};

/** Problems in a definition workbook; each is shown with its sheet and cell. */
export const definitionMessages = {
  missingSheet: (sheet: string): Localized => ({
    vi: `Thiếu trang "${sheet}". Xuất lại bảng định nghĩa bằng "tonghop template export" để có đủ các trang.`,
    en: `Sheet "${sheet}" is missing. Export the definition workbook again with "tonghop template export" to get every sheet.`,
  }),
  missingColumn: (header: string): Localized => ({
    vi: `Thiếu cột "${header}" ở hàng tiêu đề (hàng 1).`,
    en: `Column "${header}" is missing from the header row (row 1).`,
  }),
  missingValue: (what: string): Localized => ({
    vi: `Ô này cần có ${what}.`,
    en: `This cell needs a value (${what}).`,
  }),
  notOneOf: (found: string, allowed: string[]): Localized => ({
    vi: `"${found}" không hợp lệ: chọn một trong ${allowed.join(", ")}.`,
    en: `"${found}" is not valid: choose one of ${allowed.join(", ")}.`,
  }),
  notWholeNumber: (found: string): Localized => ({
    vi: `"${found}" không phải số nguyên dương.`,
    en: `"${found}" is not a positive whole number.`,
  }),
  badCondition: (found: string): Localized => ({
    vi: `Điều kiện "${found}" không đọc được: viết như "gifts_funds > 0", nhiều điều kiện cách nhau bằng dấu chấm phẩy.`,
    en: `Condition "${found}" cannot be read: write it like "gifts_funds > 0", several separated by semicolons.`,
  }),
  unknownTable: (id: string): Localized => ({
    vi: `Không có bảng mã "${id}" ở trang Bảng.`,
    en: `No table with id "${id}" on sheet Bảng.`,
  }),
  /** A problem with the place it is at, for lists outside the workbook. */
  located: (sheet: string, cell: string, m: Localized): Localized => ({
    vi: `Trang "${sheet}", ô ${cell}: ${m.vi}`,
    en: `Sheet "${sheet}", cell ${cell}: ${m.en}`,
  }),
  duplicate: (id: string): Localized => ({
    vi: `Mã "${id}" bị trùng.`,
    en: `Id "${id}" is used twice.`,
  }),
};
