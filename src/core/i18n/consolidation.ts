// What consolidation (tổng hợp) says to the consolidating unit: about files
// not counted, units matched or missing, the period chosen, amounts far from
// the other units'. Shown in the status sheet, the pane and the CLI.
import type { Localized } from "./lang";
import { formatNumber } from "./format";

/** What consolidation says about files and units. */
export const consolidation = {
  /** The summary's unit when the consolidating unit was not named. */
  unnamedUnit: (): Localized => ({ vi: "Đơn vị tổng hợp", en: "Consolidating unit" }),
  /** Ends a narrative cut to fit one cell: `n` units' texts did not fit. */
  narrativesLeftOut: (n: number): Localized => ({
    vi: `(… và ${n} đơn vị khác: xem báo cáo của từng đơn vị.)`,
    en: `(… and ${n} more units: see each unit's report.)`,
  }),
  skipped: (names: string[]): Localized => ({
    vi: `Bỏ qua ${names.length} tệp tạm/hệ thống (~$…, .DS_Store, Thumbs.db): ${names.join(", ")}`,
    en: `Skipped ${names.length} temporary/system files (~$…, .DS_Store, Thumbs.db): ${names.join(", ")}`,
  }),
  otherTemplate: (found: string, wanted: string): Localized => ({
    vi: `Báo cáo theo mẫu "${found}", không phải mẫu "${wanted}" đang tổng hợp.`,
    en: `The report uses template "${found}", not "${wanted}" being consolidated.`,
  }),
  /** Same template id, another version or content: fields may differ, so the report is not mixed in. */
  otherTemplateVersion: (name: string, found: string, wanted: string): Localized => ({
    vi: `Báo cáo theo mẫu "${name}" bản ${found}, khác bản ${wanted} đang tổng hợp (cùng mã mẫu nhưng khác phiên bản hoặc nội dung). Đề nghị đơn vị làm lại báo cáo từ đúng tệp mẫu, hoặc tổng hợp riêng các báo cáo bản ${found}.`,
    en: `The report uses template "${name}" ${found}, not ${wanted} being consolidated (same template id, another version or content). Ask the unit to redo it from the right template file, or consolidate the ${found} reports separately.`,
  }),
  otherPeriod: (found: string, wanted: string): Localized => ({
    vi: `Báo cáo kỳ ${found}, không phải kỳ ${wanted} đang tổng hợp. Đề nghị đơn vị gửi đúng báo cáo kỳ ${wanted}.`,
    en: `The report is for period ${found}, not ${wanted} being consolidated. Ask the unit for its ${wanted} report.`,
  }),
  noUnit: (): Localized => ({
    vi: "Không xác định được đơn vị báo cáo (tệp mất trang thông tin của tonghop). Đề nghị đơn vị tạo báo cáo bằng tonghop và gửi lại.",
    en: "The reporting unit cannot be identified (the file lost its tonghop information sheet). Ask the unit to make the report with tonghop and send it again.",
  }),
  ownSummary: (): Localized => ({
    vi: "Đây là báo cáo của chính đơn vị tổng hợp (có thể là bảng tổng hợp lần trước), không tính vào tổng.",
    en: "This is the consolidating unit's own report (perhaps a previous summary); it is not counted.",
  }),
  duplicate: (of: string): Localized => ({
    vi: `Trùng nội dung với tệp ${of}; chỉ tính một lần.`,
    en: `Same content as ${of}; counted once.`,
  }),
  superseded: (by: string, date: string): Localized => ({
    vi: `Bản cũ: đơn vị đã gửi bản mới hơn (${by}, ngày ${date}); chỉ tính bản mới.`,
    en: `Older version: the unit sent a newer one (${by}, dated ${date}); only the newer one is counted.`,
  }),
  conflict: (others: string): Localized => ({
    vi: `Mâu thuẫn: đơn vị có nhiều báo cáo khác nhau không phân biệt được bản nào mới hơn (${others}). Chưa tính bản nào: hãy chọn giữ một bản ("Giữ bản này" trong bảng tác vụ, hoặc --keep <tệp> trên dòng lệnh).`,
    en: `Conflict: the unit sent different reports with no way to tell which is newer (${others}). None is counted yet: choose the one to keep ("Keep this one" in the task pane, or --keep <file> on the command line).`,
  }),
  /** Same date as `by`, whose file name marks it as the correction. */
  correctedBy: (by: string): Localized => ({
    vi: `Bản cũ: tệp ${by} cùng ngày báo cáo, tên tệp ghi là bản sửa lại; chỉ tính bản sửa.`,
    en: `Older version: ${by}, of the same report date, is named as the correction; only the correction is counted.`,
  }),
  keptCorrection: (kept: string, others: string): Localized => ({
    vi: `Đã tính tệp ${kept} vì tên tệp ghi là bản sửa lại của ${others} (cùng ngày báo cáo). Nếu không đúng, hãy chọn giữ bản khác ("Giữ bản này", hoặc --keep <tệp>).`,
    en: `Counted ${kept}: its file name marks it as the correction of ${others} (same report date). If that is wrong, keep another ("Keep this one", or --keep <file>).`,
  }),
  notKept: (kept: string): Localized => ({
    vi: `Không giữ: người tổng hợp đã chọn giữ bản ${kept} của đơn vị này.`,
    en: `Not kept: the consolidating officer chose to keep ${kept} for this unit.`,
  }),
  nearMatch: (written: string, roster: string): Localized => ({
    vi: `Báo cáo ghi "${written}", danh sách ghi "${roster}": đã coi là cùng một đơn vị. Nếu không đúng, hãy sửa tên trong báo cáo hoặc trong danh sách.`,
    en: `The report says "${written}", the roster "${roster}": taken as the same unit. If that is wrong, correct the name in the report or the roster.`,
  }),
  fileNameOther: (named: string, inside: string): Localized => ({
    vi: `Tên tệp gợi ý ${named}, báo cáo ghi ${inside}: có thể ${named} đã dùng nhầm mẫu của ${inside}. Tệp này không thay thế báo cáo của chính ${inside}; hãy kiểm tra, sửa tên đơn vị trong báo cáo rồi tổng hợp lại.`,
    en: `The file name suggests ${named}, the report says ${inside}: perhaps ${named} filled in ${inside}'s form. This file does not replace ${inside}'s own report; check it, correct the unit in the report and consolidate again.`,
  }),
  onlyRejected: (reason: Localized): Localized => ({
    vi: `Đã nộp nhưng không tính được: ${reason.vi}`,
    en: `Sent, but cannot be counted: ${reason.en}`,
  }),
  /** Why nothing can be counted (Consolidation.nothing). */
  noReport: (): Localized => ({
    vi: "Không tổng hợp được: không tệp nào là báo cáo dùng được. Lý do của từng tệp ở danh sách tệp.",
    en: "Nothing to consolidate: no file is a usable report. Each file's reason is in the list of files.",
  }),
  /** `others`: the periods found, with their counts of files ("2023 (4)"). */
  noReportOfPeriod: (
    period: string,
    source: "option" | "deadline" | "latest",
    deadline: string,
    others: string,
  ): Localized => {
    const why = consolidation.period(period, source, deadline, []);
    return {
      vi: `${why.vi} Không có báo cáo nào của kỳ ${period}; các tệp là của kỳ ${others}.`,
      en: `${why.en} No report is for ${period}; the files are for ${others}.`,
    };
  },
  noneCountable: (): Localized => ({
    vi: "Không tổng hợp được: chưa có báo cáo nào tính được. Lý do của từng tệp ở danh sách tệp.",
    en: "Nothing to consolidate: no report can be counted yet. Each file's reason is in the list of files.",
  }),
  /** `missing`: indicators not found in the units' forms (typed differently, or left out). */
  incomplete: (cells: number, units: number, missing = 0): Localized => ({
    vi: `Tổng số chưa đầy đủ: ${cells ? `${cells} ô lỗi` : ""}${cells && missing ? " và " : ""}${missing ? `${missing} chỉ tiêu không tìm thấy` : ""} của ${units} đơn vị chưa được tính.`,
    en: `Totals are incomplete: ${cells ? `${cells} error ${cells === 1 ? "cell" : "cells"}` : ""}${cells && missing ? " and " : ""}${missing ? `${missing} ${missing === 1 ? "indicator" : "indicators"} not found` : ""} of ${units} ${units === 1 ? "unit" : "units"} are not counted.`,
  }),
  period: (period: string, source: "option" | "deadline" | "latest", deadline: string, others: string[]): Localized => {
    const why = {
      option: { vi: "theo lựa chọn của người tổng hợp", en: "as chosen" },
      deadline: { vi: `theo năm của hạn nộp ${deadline}`, en: `from the year of the deadline ${deadline}` },
      latest: { vi: "kỳ mới nhất trong các tệp", en: "the latest period among the files" },
    }[source];
    return {
      vi: `Kỳ báo cáo ${period} (${why.vi}).${others.length ? ` Các kỳ khác trong các tệp: ${others.join(", ")}.` : ""}`,
      en: `Period ${period} (${why.en}).${others.length ? ` Other periods in the files: ${others.join(", ")}.` : ""}`,
    };
  },
  notInRoster: (unit: string, suggestions: string[]): Localized => ({
    vi: `Đơn vị "${unit}" không có trong danh sách đơn vị.${suggestions.length ? ` Có phải là: ${suggestions.join(", ")}? Nếu đúng, hãy sửa tên trong báo cáo hoặc trong danh sách.` : ""} Số liệu vẫn được tính.`,
    en: `Unit "${unit}" is not on the roster.${suggestions.length ? ` Did you mean: ${suggestions.join(", ")}? If so, correct the name in the report or the roster.` : ""} Its figures are still counted.`,
  }),
  /**
   * A report from a unit not on the roster, held. `fits`: roster units its name is close to; `remarks`: roster
   * units whose remark names it (merged into them).
   */
  heldNotInRoster: (unit: string, fits: string[], remarks: string[]): Localized => ({
    vi: `Đơn vị "${unit}" không có trong danh sách: chưa tính vào tổng.${remarks.length ? ` Ghi chú của ${remarks.join(", ")} trong danh sách có nhắc đến đơn vị này (có thể đã sáp nhập): nếu vậy, số liệu nên do ${remarks.join(", ")} báo cáo.` : ""}${fits.length ? ` Tên gần giống: ${fits.join(", ")}.` : ""} Nếu đúng là đơn vị cần tổng hợp, hãy chọn giữ tệp này ("Giữ bản này", hoặc --keep <tệp>), hoặc thêm đơn vị vào danh sách.`,
    en: `Unit "${unit}" is not on the roster: not counted.${remarks.length ? ` The roster's remark on ${remarks.join(", ")} names this unit (merged?): if so, ${remarks.join(", ")} should report its figures.` : ""}${fits.length ? ` Similar names: ${fits.join(", ")}.` : ""} If it is a unit to consolidate, keep this file ("Keep this one", or --keep <file>), or add the unit to the roster.`,
  }),
  maybeFile: (files: { file: string; unit: string }[]): Localized => ({
    vi: `Có thể là ${files.map((f) => `tệp ${f.file}, ghi tên "${f.unit}"`).join("; ")}.`,
    en: `Possibly ${files.map((f) => `${f.file}, which names "${f.unit}"`).join("; ")}.`,
  }),
  /** `value`, `median`: whole đồng, written in each language's way. */
  moneyLow: (cell: string, label: string, value: number, median: number): Localized => ({
    vi: `Ô ${cell} (${label}): ${formatNumber(value, "vi")} đồng, chưa bằng một phần nghìn trung vị các đơn vị khác (${formatNumber(median, "vi")} đồng). Có thể đã nhập theo triệu hoặc nghìn đồng: đề nghị đơn vị kiểm tra và nhập số tiền bằng đồng.`,
    en: `Cell ${cell} (${label}): ${formatNumber(value, "en")} VND, below a thousandth of the other units' median (${formatNumber(median, "en")} VND). Possibly entered in millions or thousands: ask the unit to check and enter the amount in VND.`,
  }),
  /** `value` is more than 10× the other units' `median`; the message says how many times, rounded. */
  outlier: (cell: string, label: string, value: number, median: number): Localized => ({
    vi: `Ô ${cell} (${label}): ${formatNumber(value, "vi")} gấp ${Math.round(value / median)} lần trung vị các đơn vị khác (${formatNumber(median, "vi")}). Có thể đã nhập nhầm đơn vị tính (đồng, nghìn, triệu) hoặc thừa chữ số 0.`,
    en: `Cell ${cell} (${label}): ${formatNumber(value, "en")} is ${Math.round(value / median)} times the other units' median (${formatNumber(median, "en")}). Possibly a unit slip (VND, thousands, millions) or an extra zero.`,
  }),
};
