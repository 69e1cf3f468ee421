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
              [--parent-body <cơ quan chủ quản>] [--abbreviation <chữ viết tắt, vd. UBND>]
              [--recipient <Kính gửi>] [--signer <họ tên người ký>] [--deputy]
  tonghop validate <tệp.xlsx>... [--template <mẫu | mau.json | dinh-nghia.xlsx>] [--threads N] [--json] [--lang vi|en]
              [--feedback <thư mục phiếu phản hồi> [--resubmit-by dd/mm/yyyy] [--force]]
  tonghop consolidate <tệp hoặc thư mục>... --out <tong-hop.xlsx> [--docx <tong-hop.docx>] [--roster <danh-sach.csv|.xlsx|.xls>]
              [--period <kỳ>] [--deadline dd/mm/yyyy] [--as-unit <tên đơn vị tổng hợp>]
              [--unit-code <mã>] [--level huyen|tinh] [--report-date dd/mm/yyyy]
              [--issuer …] [--place …] [--parent-body …] [--abbreviation …] [--recipient …] [--signer …] [--deputy]
              [--template <mẫu | mau.json | dinh-nghia.xlsx>] [--keep <tệp giữ lại khi mâu thuẫn>]...
              [--feedback <thư mục phiếu phản hồi>] [--resubmit-by dd/mm/yyyy]
              [--previous <tổng hợp kỳ trước.xlsx | báo cáo kỳ trước.xlsx | thư mục | .zip>] [--previous-period <kỳ>]
              [--threads N] [--json] [--force] [--lang vi|en]
  tonghop docx <báo-cáo.xlsx> --out <bao-cao.docx> [--force] [--lang vi|en]
  tonghop demo [--out <thư mục>]
  tonghop --version
  tonghop template from-outline <de-cuong.txt> --out <mau.json> [--group-columns <dòng>=2,2,2]... [--force]
  tonghop template export <mẫu | mau.json | dinh-nghia.xlsx> --out <dinh-nghia.xlsx> [--force]
  tonghop template check <mau.json | dinh-nghia.xlsx>

Kỳ báo cáo: năm (2024) hoặc 6 tháng đầu năm (2024-6T, nếu mẫu cho phép).
--docx: văn bản Word theo thể thức Nghị định 30/2020/NĐ-CP, để ký và gửi.
--threads N: số luồng đọc tệp (mặc định: số lõi CPU trừ 1, tối đa 8; máy 2 lõi: 1).
--feedback: mỗi đơn vị cần sửa, giải trình, nộp lại hoặc chưa nộp có một phiếu phản hồi (phan-hoi-<đơn vị>.xlsx)
  và danh sách (danh-sach-phan-hoi.xlsx). Phiếu đơn vị gửi lại, có ghi giải trình, để cùng các báo cáo khi tổng hợp lại.
--previous: so sánh với cùng kỳ năm trước (6 tháng với 6 tháng, năm với năm); --previous-period: so sánh với kỳ khác.`,
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
  keepUnknown: "--keep {file}: không có tệp đầu vào nào tên như vậy.",
  periodHint: "Nếu muốn tổng hợp kỳ đó, thêm --period {example}.",
  keepAmbiguous: "--keep {file}: có nhiều tệp cùng tên ({files}); hãy ghi cả đường dẫn.",
  outIsInput:
    "Không ghi vào {file}: đó là một tệp đầu vào hoặc nằm trong thư mục đang đọc (kể cả qua liên kết). Hãy chọn nơi ghi khác.",
  feedbackLetter: "Công văn đề nghị hoàn thiện số liệu, kèm các phiếu: {file}",
  feedbackNoLetter:
    "Không lập công văn kèm theo: chưa có tên đơn vị tổng hợp (thêm --as-unit, và --issuer, --signer nếu cần).",
  feedbackIsInput:
    "Không ghi phiếu phản hồi vào {file}: đó là một tệp đầu vào hoặc nằm trong thư mục đang đọc (lần tổng hợp sau sẽ đọc lại). Hãy chọn thư mục --feedback ở nơi khác.",
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
  groupColumnsAnswer:
    "Trả lời bằng --group-columns {line}={spans} (số cột của từng tên nhóm, từ trái sang phải) rồi chạy lại; hoặc sửa dòng {line} trong đề cương: thêm một Tab sau mỗi tên nhóm cho mỗi cột nữa nó gồm.",
  badGroupColumns:
    '--group-columns "{value}" không hợp lệ: hãy ghi số dòng, dấu =, rồi số cột của từng tên nhóm, ví dụ --group-columns 18=2,2,2.',
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
  compareHead: "So sánh với {against} (kỳ {period}):",
  historyFlagged:
    "{n} ô có số liệu xa số liệu của chính đơn vị kỳ trước (cảnh báo ở từng tệp trên; trang So sánh theo đơn vị).",
  threadFailed:
    "Luồng đọc dừng bất thường khi đọc tệp này ({detail}). Hãy chạy lại với --threads 1; nếu vẫn lỗi, hãy gửi báo lỗi kèm tệp này.",
  docxOneFile: "tonghop docx làm văn bản của một báo cáo: hãy ghi một tệp .xlsx (đã nhận: {files}).",
  docxHasErrors:
    "Lưu ý: báo cáo còn {n} lỗi (xem bằng tonghop validate {file}); văn bản in các ô đó đúng như đã nhập. Sửa trong tệp Excel rồi tạo lại văn bản.",
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
              [--parent-body <parent body>] [--abbreviation <abbreviation, e.g. UBND>]
              [--recipient <Kính gửi: recipient>] [--signer <signer's name>] [--deputy]
  tonghop validate <file.xlsx>... [--template <template | template.json | definition.xlsx>] [--threads N] [--json] [--lang vi|en]
              [--feedback <feedback folder> [--resubmit-by dd/mm/yyyy] [--force]]
  tonghop consolidate <file or folder>... --out <summary.xlsx> [--docx <summary.docx>] [--roster <roster.csv|.xlsx|.xls>]
              [--period <period>] [--deadline dd/mm/yyyy] [--as-unit <consolidating unit>]
              [--unit-code <code>] [--level huyen|tinh] [--report-date dd/mm/yyyy]
              [--issuer …] [--place …] [--parent-body …] [--abbreviation …] [--recipient …] [--signer …] [--deputy]
              [--template <template | template.json | definition.xlsx>] [--keep <file to keep in a conflict>]...
              [--feedback <feedback folder>] [--resubmit-by dd/mm/yyyy]
              [--previous <last period's summary.xlsx | report.xlsx | folder | .zip>] [--previous-period <period>]
              [--threads N] [--json] [--force] [--lang vi|en]
  tonghop docx <report.xlsx> --out <report.docx> [--force] [--lang vi|en]
  tonghop demo [--out <folder>]
  tonghop --version
  tonghop template from-outline <outline.txt> --out <template.json> [--group-columns <line>=2,2,2]... [--force]
  tonghop template export <template | template.json | definition.xlsx> --out <definition.xlsx> [--force]
  tonghop template check <template.json | definition.xlsx>

Period: a year (2024) or the first six months (2024-6T, where the template allows it).
--docx: a Word document in the layout of Decree 30/2020/NĐ-CP, to sign and send.
--threads N: threads reading the files (default: CPU cores minus 1, at most 8; 1 on 2 cores).
--feedback: a feedback workbook (phan-hoi-<unit>.xlsx) for each unit that must correct, explain, resend or send
  its report, and their index (danh-sach-phan-hoi.xlsx). Put the workbooks units send back, with their
  explanations, beside the reports when consolidating again.
--previous: compare with the same period last year (six months with six months, a year with a year); --previous-period: with another period.`,
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
  keepUnknown: "--keep {file}: no input file has that name.",
  periodHint: "To consolidate that period, add --period {example}.",
  keepAmbiguous: "--keep {file}: several files have that name ({files}); give the full path.",
  outIsInput:
    "Not writing {file}: it is an input file or inside a folder being read (links included). Choose somewhere else to write.",
  feedbackLetter: "Covering letter asking the units to complete their figures, with the workbooks: {file}",
  feedbackNoLetter:
    "No covering letter: the consolidating unit is not named (add --as-unit, and --issuer, --signer if needed).",
  feedbackIsInput:
    "Not writing feedback to {file}: it is an input file or inside a folder being read (the next consolidation would read it). Choose a --feedback folder elsewhere.",
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
  groupColumnsAnswer:
    "Answer with --group-columns {line}={spans} (the columns of each group name, left to right) and run again; or edit line {line} of the outline: add a Tab after each group name for each further column it covers.",
  badGroupColumns:
    '--group-columns "{value}" is not valid: write the line number, =, then the columns of each group name, e.g. --group-columns 18=2,2,2.',
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
  compareHead: "Compared with {against} ({period}):",
  historyFlagged:
    "{n} {n:cell|cells} far from the unit's own figure of last period (warnings on each file above; sheet So sánh theo đơn vị).",
  threadFailed:
    "The reader thread stopped unexpectedly while reading this file ({detail}). Run again with --threads 1; if it fails again, report the bug with this file.",
  docxOneFile: "tonghop docx makes the document of one report: give one .xlsx file (given: {files}).",
  docxHasErrors:
    "Note: the report still has {n} {n:error|errors} (see them with tonghop validate {file}); the document prints those cells as typed. Fix them in the workbook and make the document again.",
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
