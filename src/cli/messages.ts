// Everything the command line says, in Vietnamese first and English second.
import { interpolate, type Lang } from "../core/i18n/lang";
import { shown } from "./shown";

export type { Lang } from "../core/i18n/lang";

const vi = {
  usage: `tonghop — báo cáo công tác trẻ em: mẫu báo cáo, kiểm tra số liệu, tổng hợp

Cách dùng:
  tonghop templates [--json]
  tonghop new <mẫu> | --template <mau.json | dinh-nghia.xlsx> --out <tệp.xlsx> --unit-name <tên đơn vị> --period <kỳ>
              [--unit-code <mã>] [--level xa|huyen|tinh] [--report-date dd/mm/yyyy]
              [--issuer <cơ quan ban hành>] [--place <địa danh>] [--force] [--lang vi|en]
  tonghop validate <tệp.xlsx>... [--template <mẫu | mau.json | dinh-nghia.xlsx>] [--threads N] [--json] [--lang vi|en]
  tonghop consolidate <tệp hoặc thư mục>... --out <tong-hop.xlsx> [--roster <danh-sach.csv|.xlsx|.xls>]
              [--period <kỳ>] [--deadline dd/mm/yyyy] [--as-unit <tên đơn vị tổng hợp>]
              [--unit-code <mã>] [--level huyen|tinh] [--report-date dd/mm/yyyy]
              [--template <mẫu | mau.json | dinh-nghia.xlsx>] [--keep <tệp giữ lại khi mâu thuẫn>]...
              [--threads N] [--json] [--force] [--lang vi|en]
  tonghop demo [--out <thư mục>]
  tonghop --version
  tonghop template from-outline <de-cuong.txt> --out <mau.json> [--force]
  tonghop template export <mẫu | mau.json | dinh-nghia.xlsx> --out <dinh-nghia.xlsx> [--force]
  tonghop template check <mau.json | dinh-nghia.xlsx>

Kỳ báo cáo: năm (2024) hoặc 6 tháng đầu năm (2024-6T, nếu mẫu cho phép).
--threads N: số luồng đọc tệp (mặc định: số lõi CPU trừ 1, tối đa 8; máy 2 lõi: 1).`,
  unknownCommand: "Lệnh không hợp lệ: {cmd}.{hint} Xem: tonghop --help",
  unknownOption: "Không có tùy chọn {option}.{hint} Xem: tonghop --help",
  optionNeedsValue: "Tùy chọn {option} cần một giá trị, ví dụ {option} {example}.",
  optionTakesNoValue: "Tùy chọn {option} không nhận giá trị: chỉ ghi {option}.",
  didYouMean: " Có phải ý bạn là {name}?",
  argFiles: "<tệp hoặc thư mục>",
  argFile: "<tệp.xlsx>",
  badArgs: "Tham số không hợp lệ: {detail}",
  badLang:
    '--lang "{value}" không hợp lệ: hãy ghi --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh). / --lang "{value}" is not valid: write --lang vi or --lang en.',
  missingArg: "Thiếu tham số {arg}.",
  unknownTemplate: 'Không có mẫu báo cáo "{id}". Các mẫu hiện có: {ids}.',
  badPeriod: 'Kỳ báo cáo "{period}" không hợp lệ cho mẫu {id}. Ví dụ hợp lệ: {examples}.',
  badLevel: 'Cấp "{level}" không hợp lệ: dùng xa, huyen hoặc tinh.',
  badMeta: "Thông tin đơn vị không hợp lệ: {detail}",
  exists: "Tệp {file} đã có. Thêm --force nếu muốn ghi đè.",
  wrote: "Đã tạo {file}",
  templatesHeader: "Các mẫu báo cáo:",
  demoDone: "Đã tạo {n} báo cáo mẫu của các xã trong thư mục {dir}",
  cannotOpen: "{file}: {detail}",
  unreadable: "Không đọc được báo cáo",
  readyToSubmit: "Sẵn sàng nộp: không có lỗi ({warnings} cảnh báo).",
  notReady: "Chưa nộp được: {errors} lỗi, {warnings} cảnh báo. Sửa các ô báo LỖI rồi kiểm tra lại.",
  validateTotal: "Tổng cộng {files} tệp: {errors} lỗi, {warnings} cảnh báo.",
  badRoster: "{file}: {why}",
  noInputs: "Không có tệp báo cáo nào để tổng hợp (.xlsx, .xlsm, .xls, .ods, .zip).",
  nothingToConsolidate: "Không tổng hợp được: không có báo cáo hợp lệ nào đúng mẫu và kỳ báo cáo.",
  keepUnknown: "--keep {file}: không có tệp đầu vào nào tên như vậy.",
  noReportOfPeriod:
    "{why} Không có báo cáo nào của kỳ {period}; các tệp là của kỳ {others}. Nếu muốn tổng hợp kỳ đó, thêm --period {example}.",
  keepAmbiguous: "--keep {file}: có nhiều tệp cùng tên ({files}); hãy ghi cả đường dẫn.",
  outIsInput:
    "Không ghi vào {file}: đó là một tệp đầu vào hoặc nằm trong thư mục đang đọc (kể cả qua liên kết). Hãy chọn nơi ghi khác.",
  outReadOnly: "Không ghi được {file}: thư mục chỉ cho đọc hoặc không có quyền ghi. Hãy chọn thư mục khác.",
  outIsFolder: "Không ghi được {file}: đó là một thư mục. Hãy ghi tên tệp, ví dụ tong-hop.xlsx.",
  outDiskFull: "Không ghi được {file}: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn ổ khác.",
  outFailed: "Không ghi được {file}. Hãy kiểm tra đường dẫn và quyền ghi.",
  cannotRead: "Không đọc được {file}. Hãy kiểm tra đường dẫn và quyền đọc.",
  unexpected:
    "tonghop gặp lỗi ngoài dự kiến và đã dừng ({detail}). Không tệp đầu vào nào bị thay đổi. Hãy gửi báo lỗi kèm lệnh đã chạy.",
  deadlineGiven: "Hạn nộp: {date} (theo --deadline).",
  deadlineTemplate: "Hạn nộp: {date} (theo mẫu, hạn cấp {level} nộp lên cấp {above}; đổi bằng --deadline).",
  none: "không",
  templateFileInvalid: "Mẫu {file} không dùng được:\n{problems}",
  templateTwice: "Chỉ cho một mẫu: tên mẫu có sẵn ({id}) hoặc --template <tệp>, không cả hai.",
  outlineProblems: "Đề cương {file}:\n{problems}",
  outlineFailed: "Chưa tạo được mẫu từ đề cương {file}: sửa các lỗi trên rồi chạy lại.",
  templateWrote:
    "Đã tạo mẫu {file}: {sections} mục, {tables} bảng, {fields} chỉ tiêu (trong đó {money} chỉ tiêu tiền). Kiểm tra lại loại từng cột trước khi dùng.",
  templateUsage:
    "Cách dùng: tonghop template from-outline <de-cuong.txt> --out <mau.json> | export <mẫu hoặc tệp> --out <dinh-nghia.xlsx> | check <tệp>",
  templateOk:
    "Mẫu {id} (phiên bản {version}) dùng được: {sections} mục, {tables} bảng, {fields} chỉ tiêu, {rules} quy tắc.",
  severityError: "LỖI",
  severityWarning: "Cảnh báo",
  kindCount: "số đếm",
  kindMoney: "tiền",
  tableAfter: "{table} (sau mục {section})",
  fileCount: "{n} tệp",
  late: "muộn",
  errorCount: "{n} lỗi",
  warningCount: "{n} cảnh báo",
  lateHead: "Nộp muộn:",
  totalsHead: "Tổng cộng:",
  readingProgress: "Đang đọc",
  fieldCount: "{n} chỉ tiêu",
  levelXa: "xã",
  levelHuyen: "huyện",
  levelTinh: "tỉnh",
  demoTotals: "Tổng số trẻ em tham dự lễ phát động: {children}; tổng kinh phí: {funds} đồng",
  threadsOverCores:
    "--threads {n} nhiều hơn số lõi của máy ({cores}): không nhanh hơn mà mỗi luồng tốn thêm khoảng 20 MB bộ nhớ. Thường nên bỏ --threads để tonghop tự chọn.",
  badThreads: '--threads "{value}" không hợp lệ: hãy ghi một số nguyên từ 1 đến {max}, ví dụ --threads 4.',
  threadOutOfMemory:
    "Luồng đọc đã dùng hết bộ nhớ cho phép ({mb} MB) khi đọc tệp này. Hãy chạy lại với --threads 1 (đọc trên luồng chính, nhiều bộ nhớ hơn) hoặc đề nghị đơn vị gửi lại tệp nhỏ hơn.",
  threadFailed:
    "Luồng đọc dừng bất thường khi đọc tệp này ({detail}). Hãy chạy lại với --threads 1; nếu vẫn lỗi, hãy gửi báo lỗi kèm tệp này.",
};
type Key = keyof typeof vi;

/** The English twins, exported for the test that English counts agree with their number. */
export const en: Record<Key, string> = {
  usage: `tonghop — child-work reports: report templates, number checks, consolidation

Usage:
  tonghop templates [--json]
  tonghop new <template> | --template <template.json | definition.xlsx> --out <file.xlsx> --unit-name <unit name> --period <period>
              [--unit-code <code>] [--level xa|huyen|tinh] [--report-date dd/mm/yyyy]
              [--issuer <issuing body>] [--place <place>] [--force] [--lang vi|en]
  tonghop validate <file.xlsx>... [--template <template | template.json | definition.xlsx>] [--threads N] [--json] [--lang vi|en]
  tonghop consolidate <file or folder>... --out <summary.xlsx> [--roster <roster.csv|.xlsx|.xls>]
              [--period <period>] [--deadline dd/mm/yyyy] [--as-unit <consolidating unit>]
              [--unit-code <code>] [--level huyen|tinh] [--report-date dd/mm/yyyy]
              [--template <template | template.json | definition.xlsx>] [--keep <file to keep in a conflict>]...
              [--threads N] [--json] [--force] [--lang vi|en]
  tonghop demo [--out <folder>]
  tonghop --version
  tonghop template from-outline <outline.txt> --out <template.json> [--force]
  tonghop template export <template | template.json | definition.xlsx> --out <definition.xlsx> [--force]
  tonghop template check <template.json | definition.xlsx>

Period: a year (2024) or the first six months (2024-6T, where the template allows it).
--threads N: threads reading the files (default: CPU cores minus 1, at most 8; 1 on 2 cores).`,
  unknownCommand: "Unknown command: {cmd}.{hint} See: tonghop --help",
  unknownOption: "Unknown option {option}.{hint} See: tonghop --help",
  optionNeedsValue: "Option {option} needs a value, e.g. {option} {example}.",
  optionTakesNoValue: "Option {option} takes no value: write just {option}.",
  didYouMean: " Did you mean {name}?",
  argFiles: "<file or folder>",
  argFile: "<file.xlsx>",
  badArgs: "Bad arguments: {detail}",
  badLang: '--lang "{value}" is not valid: write --lang vi (Vietnamese) or --lang en (English).',
  missingArg: "Missing {arg}.",
  unknownTemplate: 'No report template "{id}". Available: {ids}.',
  badPeriod: 'Period "{period}" does not fit template {id}. Valid examples: {examples}.',
  badLevel: 'Level "{level}" is not valid: use xa, huyen or tinh.',
  badMeta: "Invalid unit details: {detail}",
  exists: "{file} already exists. Add --force to overwrite it.",
  wrote: "Wrote {file}",
  templatesHeader: "Report templates:",
  demoDone: "Wrote {n} sample commune reports to {dir}",
  cannotOpen: "{file}: {detail}",
  unreadable: "Cannot read the report",
  readyToSubmit: "Ready to submit: no errors ({warnings} {warnings:warning|warnings}).",
  notReady:
    "Not ready: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}. Fix the cells marked ERROR and check again.",
  validateTotal:
    "In all {files} {files:file|files}: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}.",
  badRoster: "{file}: {why}",
  noInputs: "No report files to consolidate (.xlsx, .xlsm, .xls, .ods, .zip).",
  nothingToConsolidate: "Nothing to consolidate: no valid report of the template and period.",
  keepUnknown: "--keep {file}: no input file has that name.",
  noReportOfPeriod:
    "{why} No report is for {period}; the files are for {others}. To consolidate that period, add --period {example}.",
  keepAmbiguous: "--keep {file}: several files have that name ({files}); give the full path.",
  outIsInput:
    "Not writing {file}: it is an input file or inside a folder being read (links included). Choose somewhere else to write.",
  outReadOnly: "Cannot write {file}: the folder is read-only or not writable. Choose another folder.",
  outIsFolder: "Cannot write {file}: it is a folder. Give a file name, e.g. summary.xlsx.",
  outDiskFull: "Cannot write {file}: the disk is full. Free some space or choose another disk.",
  outFailed: "Cannot write {file}. Check the path and write permission.",
  cannotRead: "Cannot read {file}. Check the path and read permission.",
  unexpected:
    "tonghop met an unexpected error and stopped ({detail}). No input file was changed. Please report the bug with the command you ran.",
  deadlineGiven: "Deadline: {date} (from --deadline).",
  deadlineTemplate:
    "Deadline: {date} (the template's deadline for a {level} to report to its {above}; change it with --deadline).",
  none: "none",
  templateFileInvalid: "Template {file} cannot be used:\n{problems}",
  templateTwice: "Give one template: a built-in name ({id}) or --template <file>, not both.",
  outlineProblems: "Outline {file}:\n{problems}",
  outlineFailed: "No template made from the outline {file}: fix the errors above and run again.",
  templateWrote:
    "Wrote template {file}: {sections} {sections:section|sections}, {tables} {tables:table|tables}, {fields} {fields:field|fields} ({money} of them money). Check each column's kind before use.",
  templateUsage:
    "Usage: tonghop template from-outline <outline.txt> --out <template.json> | export <template or file> --out <definition.xlsx> | check <file>",
  templateOk:
    "Template {id} (version {version}) can be used: {sections} {sections:section|sections}, {tables} {tables:table|tables}, {fields} {fields:field|fields}, {rules} {rules:rule|rules}.",
  severityError: "ERROR",
  severityWarning: "Warning",
  kindCount: "count",
  kindMoney: "money",
  tableAfter: "{table} (after section {section})",
  fileCount: "{n} {n:file|files}",
  late: "late",
  errorCount: "{n} {n:error|errors}",
  warningCount: "{n} {n:warning|warnings}",
  lateHead: "Late:",
  totalsHead: "Totals:",
  readingProgress: "Reading",
  fieldCount: "{n} {n:field|fields}",
  levelXa: "commune",
  levelHuyen: "district",
  levelTinh: "province",
  demoTotals: "Children at the launch events: {children}; total funds: {funds} đồng",
  threadsOverCores:
    "--threads {n} is more than this machine's cores ({cores}): no faster, and each thread takes about 20 MB more memory. Usually leave --threads out and let tonghop choose.",
  badThreads: '--threads "{value}" is not valid: give a whole number from 1 to {max}, e.g. --threads 4.',
  threadOutOfMemory:
    "The reader thread used all the memory it is allowed ({mb} MB) reading this file. Run again with --threads 1 (read on the main thread, with more memory) or ask the unit to send a smaller file.",
  threadFailed:
    "The reader thread stopped unexpectedly while reading this file ({detail}). Run again with --threads 1; if it fails again, report the bug with this file.",
};

/** Parameters that are lists of lines the command line composed itself, each line already shown(): kept as they are. */
const LINES = new Set(["problems"]);

/** A message with its parameters filled, each text shown as the terminal may show it (file names, units: see shown.ts). */
export function msg(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const text = (lang === "en" ? en : vi)[key];
  return interpolate(text, (k) => {
    const v = Object.prototype.hasOwnProperty.call(params, k) ? params[k] : undefined;
    return typeof v === "string" && !LINES.has(k) ? shown(v) : v;
  });
}
