// What the comparison with last period ("so với cùng kỳ") says: the ready sentences of the summary report
// ("… tăng 112 trẻ em (9,8%) so với cùng kỳ năm trước"), a unit's value far from its own last value, where
// last period came from, and why last period cannot be compared. Vietnamese as reports write it, English
// second; figures through format.ts.
import { formatNumber } from "./format";
import type { Lang, Localized } from "./lang";

/** "năm 2023", "6 tháng đầu năm 2023" (vi); "2023", "the first six months of 2023" (en). */
export function periodWords(period: string): Localized {
  const m = /^(\d{4})(-6T)?$/i.exec(period.trim());
  if (!m) return { vi: `kỳ ${period}`, en: `period ${period}` };
  return m[2]
    ? { vi: `6 tháng đầu năm ${m[1]}`, en: `the first six months of ${m[1]}` }
    : { vi: `năm ${m[1]}`, en: m[1] };
}

/** What a change is measured against: the same period last year, or the period the user named. */
export function againstWords(sameTime: boolean, previousPeriod: string): Localized {
  return sameTime ? { vi: "cùng kỳ năm trước", en: "the same period last year" } : periodWords(previousPeriod);
}

/**
 * Said at the head of each table's sentences when the two periods do not count the same units, so a total that
 * fell because communes have not reported yet is not read as a fall.
 */
export function unlikeUnits(gone: number, added: number): Localized | undefined {
  if (!gone && !added) return undefined;
  const vi = [
    gone ? `${formatNumber(gone, "vi")} đơn vị có số liệu cùng kỳ chưa có trong tổng kỳ này` : "",
    added ? `${formatNumber(added, "vi")} đơn vị kỳ này không có số liệu cùng kỳ` : "",
  ];
  const units = (n: number) => `${formatNumber(n, "en")} ${n === 1 ? "unit" : "units"}`;
  const en = [
    gone ? `${units(gone)} with figures last period ${gone === 1 ? "is" : "are"} not in this period's totals` : "",
    added ? `${units(added)} of this period ${added === 1 ? "has" : "have"} no figures last period` : "",
  ];
  const join = (xs: string[]) => xs.filter((x) => x).join("; ");
  return {
    vi: `Lưu ý: ${join(vi)}, nên các số so sánh dưới đây chưa cùng số đơn vị.`,
    en: `Note: ${join(en)}, so the comparisons below do not cover the same units.`,
  };
}

/** How a unit's warning names the two periods: "năm trước … năm nay", or "kỳ 2023 … kỳ này". */
export function historyWords(sameTime: boolean, previousPeriod: string): { then: Localized; now: Localized } {
  return sameTime
    ? { then: { vi: "năm trước", en: "last year" }, now: { vi: "năm nay", en: "this year" } }
    : { then: { vi: `kỳ ${previousPeriod}`, en: `in ${previousPeriod}` }, now: { vi: "kỳ này", en: "this period" } };
}

/** A figure with its noun ("1.254 trẻ em", "15.000.000 đồng"; English: "1,254", "15,000,000 VND"). */
function amount(n: number, lang: Lang, kind: string, noun: string): string {
  const s = formatNumber(n, lang);
  if (kind === "money") return `${s} ${lang === "vi" ? "đồng" : "VND"}`;
  return lang === "vi" && noun ? `${s} ${noun}` : s;
}

/** A ratio as a percentage with one decimal ("9,8%"), "dưới 0,1%" for a change that rounds to nothing. */
export function percentWords(ratio: number, lang: Lang): string {
  const pct = Math.abs(ratio) * 100;
  if (pct > 0 && pct < 0.05) return lang === "vi" ? "dưới 0,1%" : "under 0.1%";
  const s = String(Math.round(pct * 10) / 10);
  return (lang === "vi" ? s.replace(".", ",") : s) + "%";
}

/** Percentage points with one decimal ("2,5"). */
export function pointWords(points: number, lang: Lang): string {
  const s = String(Math.round(Math.abs(points) * 10) / 10);
  return lang === "vi" ? s.replace(".", ",") : s;
}

/** A field's change, for a sentence. */
export interface ChangeFacts {
  label: string;
  kind: string;
  /** The count's noun where the form prints one ("trẻ em", "cuộc"). */
  noun: string;
  current: number;
  change: number;
  /** change ÷ previous; null on a small or zero base (the change alone is said). */
  ratio: number | null;
  against: Localized;
}

export interface RateFacts {
  label: string;
  /** Ratios (0.925 for 92,5%). */
  current: number;
  previous: number;
  points: number;
  against: Localized;
}

/** A unit's value against its own last value. */
export interface HistoryFacts {
  cell: string;
  label: string;
  kind: string;
  noun: string;
  current: number;
  previous: number;
  /** "năm trước" / "kỳ 2023" … and "năm nay" / "kỳ này" … */
  then: Localized;
  now: Localized;
  /** Where last period's value is: "tong-hop-2024.xlsx, Tổng hợp theo đơn vị!E12". */
  source: string;
}

/** Whether the slip looks like nghìn (1,000) or triệu (1,000,000) đồng. */
const SCALE_WORD: Record<string, Localized> = {
  "1000": { vi: "nghìn đồng", en: "thousands of VND" },
  "1000000": { vi: "triệu đồng", en: "millions of VND" },
};

const scaleWord = (scale: number) => SCALE_WORD[String(scale)] ?? { vi: "đơn vị khác", en: "another unit" };

/** "Ô D20 (Kinh phí): năm trước 12.000.000 đồng, năm nay 12.000" — the shared start of history warnings. */
function both(f: HistoryFacts, lang: Lang): string {
  const prev = amount(Number(f.previous), lang, f.kind, f.noun);
  const cur = amount(Number(f.current), lang, f.kind, f.noun);
  return lang === "vi"
    ? `Ô ${f.cell} (${f.label}): ${f.then.vi} ${prev}, ${f.now.vi} ${cur}`
    : `Cell ${f.cell} (${f.label}): ${prev} ${f.then.en}, ${cur} ${f.now.en}`;
}

const times = (n: number, lang: Lang) => formatNumber(Math.round(n), lang);

export const compareMessages = {
  // Why last period cannot be compared (RefusedComparison).
  compareUnreadable: (file: string, reason: Localized): Localized => ({
    vi: `Không đọc được số liệu cùng kỳ từ ${file}: ${reason.vi}`,
    en: `Last period's figures cannot be read from ${file}: ${reason.en}`,
  }),
  compareOtherTemplate: (file: string, found: string, wanted: string): Localized => ({
    vi: `${file} theo mẫu "${found}", không phải mẫu "${wanted}" đang tổng hợp: không so sánh được. Hãy chọn bảng tổng hợp hoặc báo cáo kỳ trước theo đúng mẫu này.`,
    en: `${file} uses template "${found}", not "${wanted}" being consolidated: it cannot be compared. Choose last period's summary or reports in this template.`,
  }),
  compareNoPeriod: (file: string): Localized => ({
    vi: `Không xác định được kỳ báo cáo của ${file} (tệp không có trang thông tin của tonghop, tiêu đề không ghi kỳ): không biết có phải cùng kỳ không. Hãy chọn tệp do tonghop tạo, hoặc tạo báo cáo kỳ trước bằng tonghop rồi điền số liệu.`,
    en: `The period of ${file} cannot be told (no tonghop information sheet, no period in its title): whether it is the same period is unknown. Choose a file made by tonghop, or make last period's report with tonghop and fill in its figures.`,
  }),
  /** `found`: the period of last period's file(s); `expected`: the same period a year before `current`. */
  compareNotComparable: (found: string, expected: string, current: string): Localized => ({
    vi: `Số liệu kỳ trước là kỳ ${found}, không phải cùng kỳ của kỳ ${current} (cùng kỳ năm trước là kỳ ${expected}: 6 tháng so với 6 tháng, năm so với năm). Chưa so sánh. Nếu vẫn muốn so sánh với kỳ ${found}, hãy chọn kỳ so sánh ${found} ("So sánh với kỳ ${found}" trong bảng tác vụ, hoặc --previous-period ${found} trên dòng lệnh).`,
    en: `Last period's figures are for ${found}, not the same period as ${current} (the same period last year is ${expected}: six months with six months, a year with a year). Not compared. To compare with ${found} all the same, choose ${found} as the period to compare with ("Compare with ${found}" in the task pane, or --previous-period ${found} on the command line).`,
  }),
  /** Last period's file is of another period than the one the user named to compare with. */
  compareNotNamedPeriod: (found: string, named: string): Localized => ({
    vi: `Số liệu kỳ trước là kỳ ${found}, không phải kỳ so sánh ${named} đã chọn. Chưa so sánh: hãy chọn đúng tệp kỳ ${named}, hoặc chọn kỳ so sánh ${found}.`,
    en: `Last period's figures are for ${found}, not ${named}, the period chosen to compare with. Not compared: choose the ${named} file, or choose ${found} to compare with.`,
  }),
  compareNoReportsOfPeriod: (expected: string, found: string): Localized => ({
    vi: `Trong các báo cáo kỳ trước không có báo cáo nào của kỳ ${expected}; các báo cáo là của kỳ ${found}. Chưa so sánh. Hãy chọn đúng báo cáo kỳ ${expected}, hoặc chọn kỳ so sánh ("So sánh với kỳ …" trong bảng tác vụ, hoặc --previous-period trên dòng lệnh).`,
    en: `None of last period's reports is for ${expected}; they are for ${found}. Not compared. Choose the ${expected} reports, or choose the period to compare with ("Compare with …" in the task pane, or --previous-period on the command line).`,
  }),
  compareSamePeriod: (period: string): Localized => ({
    vi: `Kỳ so sánh ${period} trùng với kỳ đang tổng hợp: hãy chọn một kỳ trước đó.`,
    en: `The period to compare with, ${period}, is the period being consolidated: choose an earlier one.`,
  }),
  compareBadPeriod: (period: string, examples: string): Localized => ({
    vi: `Kỳ so sánh "${period}" không hợp lệ cho mẫu này. Ví dụ hợp lệ: ${examples}.`,
    en: `"${period}" is not a valid period to compare with for this template. Valid examples: ${examples}.`,
  }),
  /** Last period's reports picked one by one, named in a note ("xa-a.xlsx, xa-b.xlsx và 7 tệp khác"). */
  chosenFiles: (names: string[]): Localized => ({
    vi: `${names.slice(0, 3).join(", ")}${names.length > 3 ? ` và ${names.length - 3} tệp khác` : ""} (các tệp đã chọn)`,
    en: `${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more files` : ""} (the files chosen)`,
  }),
  noneCounted: (): Localized => ({ vi: "không có báo cáo nào tính được.", en: "no report can be counted." }),
  compareNothingCounted: (reason: Localized): Localized => ({
    vi: `Không tổng hợp được số liệu kỳ trước để so sánh: ${reason.vi}`,
    en: `Last period's reports cannot be consolidated to compare with: ${reason.en}`,
  }),

  // Where last period came from, and what it lacks (Comparison.notes).
  fromSummary: (period: string, unit: string, file: string, sha256: string): Localized => ({
    vi: `Số liệu ${periodWords(period).vi} lấy từ bảng tổng hợp của ${unit}: tệp ${file} (SHA-256 ${sha256}).`,
    en: `Figures for ${periodWords(period).en} from ${unit}'s summary: ${file} (SHA-256 ${sha256}).`,
  }),
  fromReport: (period: string, unit: string, file: string, sha256: string): Localized => ({
    vi: `Số liệu ${periodWords(period).vi} lấy từ báo cáo của ${unit}: tệp ${file} (SHA-256 ${sha256}). Báo cáo chỉ có số tổng: không so sánh được từng đơn vị.`,
    en: `Figures for ${periodWords(period).en} from ${unit}'s report: ${file} (SHA-256 ${sha256}). The report holds totals only: units are not compared one by one.`,
  }),
  fromReports: (period: string, units: number, source: string): Localized => ({
    vi: `Số liệu ${periodWords(period).vi} tổng hợp lại từ báo cáo của ${units} đơn vị trong ${source}, theo cùng quy tắc tổng hợp; tệp, ô và SHA-256 của từng báo cáo ở trang "Nguồn số liệu cùng kỳ".`,
    en: `Figures for ${periodWords(period).en} consolidated now from ${units} units' reports in ${source}, by the same rules; each report's file, cells and SHA-256 are on the sheet "Nguồn số liệu cùng kỳ".`,
  }),
  otherVersion: (previous: string, current: string, fields: string[]): Localized => ({
    vi: `Mẫu kỳ trước là phiên bản ${previous}, mẫu kỳ này phiên bản ${current}: chỉ so sánh các chỉ tiêu cùng mã và cùng loại.${fields.length ? ` Chưa so sánh được: ${fields.join("; ")}.` : ""}`,
    en: `Last period's template is version ${previous}, this period's version ${current}: only fields of the same id and kind are compared.${fields.length ? ` Not compared: ${fields.join("; ")}.` : ""}`,
  }),
  previousIncomplete: (cells: number, units: number): Localized => ({
    vi: `Số liệu cùng kỳ chưa đầy đủ: ${cells} ô lỗi của ${units} đơn vị không được tính vào tổng kỳ trước.`,
    en: `Last period's figures are incomplete: ${cells} error ${Number(cells) === 1 ? "cell" : "cells"} of ${units} ${Number(units) === 1 ? "unit" : "units"} are not in its totals.`,
  }),
  smallBase: (base: number): Localized => ({
    vi: `Tỷ lệ (%) chỉ tính khi số cùng kỳ từ ${base} trở lên; số cùng kỳ dưới ${base} (kể cả 0) chỉ nêu số tăng, giảm. Tỷ lệ (chỉ tiêu tính bằng %) so sánh bằng điểm phần trăm.`,
    en: `A change in % is given only where last period's figure is ${base} or more; below ${base} (0 included) the change alone is given. Rates are compared in percentage points.`,
  }),
  withoutHistory: (names: string[]): Localized => ({
    vi: `Chưa có số liệu cùng kỳ của ${names.length} đơn vị (không phải lỗi): ${names.join(", ")}.`,
    en: `No figures of last period for ${names.length} ${names.length === 1 ? "unit" : "units"} (not a mistake): ${names.join(", ")}.`,
  }),
  previousOnly: (names: string[]): Localized => ({
    vi: `Có số liệu cùng kỳ nhưng kỳ này không có báo cáo được tính: ${names.join(", ")}.`,
    en: `Figures of last period but no report counted this period: ${names.join(", ")}.`,
  }),
  historyMerged: (unit: string, names: string[]): Localized => ({
    vi: `Số liệu cùng kỳ của ${unit} là tổng của ${names.join(", ")} (theo ghi chú trong danh sách đơn vị).`,
    en: `${unit}'s figures of last period are the sum of ${names.join(", ")} (from the roster's remarks).`,
  }),
  historySpelling: (unit: string, previous: string): Localized => ({
    vi: `Số liệu cùng kỳ ghi tên "${previous}": đã coi là cùng đơn vị ${unit}.`,
    en: `Last period's figures are under "${previous}": taken as ${unit}.`,
  }),
  historyNone: (): Localized => ({ vi: "Chưa có số liệu cùng kỳ.", en: "No figures of last period." }),

  // The ready sentences, one per field and rate (TableSentences).
  changeSentence: (f: ChangeFacts): Localized => {
    const line = (lang: Lang) => {
      const cur = amount(f.current, lang, f.kind, f.noun);
      if (f.change === 0)
        return lang === "vi"
          ? `${f.label}: ${cur}, bằng ${f.against.vi}.`
          : `${f.label}: ${cur}, the same as ${f.against.en}.`;
      const by = amount(Math.abs(f.change), lang, f.kind, f.noun);
      const pct = f.ratio === null ? "" : ` (${percentWords(f.ratio, lang)})`;
      return lang === "vi"
        ? `${f.label}: ${cur}, ${f.change > 0 ? "tăng" : "giảm"} ${by}${pct} so với ${f.against.vi}.`
        : `${f.label}: ${cur}, ${f.change > 0 ? "up" : "down"} ${by}${pct} compared with ${f.against.en}.`;
    };
    return { vi: line("vi"), en: line("en") };
  },
  /** A field whose last value cannot be used (an error cell of last period). */
  noPreviousValue: (label: string, current: number, kind: string, noun: string, against: Localized): Localized => ({
    vi: `${label}: ${amount(current, "vi", kind, noun)}; ${against.vi} không có số liệu dùng được để so sánh.`,
    en: `${label}: ${amount(current, "en", kind, noun)}; ${against.en} has no usable figure to compare with.`,
  }),
  rateSentence: (f: RateFacts): Localized => {
    const line = (lang: Lang) => {
      const [cur, prev] = [percentWords(f.current, lang), percentWords(f.previous, lang)];
      if (Math.round(f.points * 10) === 0)
        return lang === "vi"
          ? `${f.label}: ${cur}, bằng ${f.against.vi} (${prev}).`
          : `${f.label}: ${cur}, the same as ${f.against.en} (${prev}).`;
      const by = pointWords(f.points, lang);
      return lang === "vi"
        ? `${f.label}: ${cur}, ${f.points > 0 ? "tăng" : "giảm"} ${by} điểm phần trăm so với ${f.against.vi} (${prev}).`
        : `${f.label}: ${cur}, ${f.points > 0 ? "up" : "down"} ${by} percentage points compared with ${f.against.en} (${prev}).`;
    };
    return { vi: line("vi"), en: line("en") };
  },

  // A unit's value far from its own last value: warnings at the cell (HISTORY_RULES).
  historyJump: (f: HistoryFacts, factor: number): Localized => ({
    vi: `${both(f, "vi")}: gấp ${times(factor, "vi")} lần. Có thể đã nhập nhầm đơn vị tính hoặc thừa chữ số 0; đề nghị đơn vị kiểm tra (${f.then.vi}: ${f.source}).`,
    en: `${both(f, "en")}: ${times(factor, "en")} times as much. Possibly a unit slip or an extra zero; ask the unit to check (${f.then.en}: ${f.source}).`,
  }),
  historyDrop: (f: HistoryFacts, factor: number): Localized => ({
    vi: `${both(f, "vi")}: chỉ bằng 1/${times(factor, "vi")}. Có thể đã nhập nhầm đơn vị tính hoặc thiếu chữ số; đề nghị đơn vị kiểm tra (${f.then.vi}: ${f.source}).`,
    en: `${both(f, "en")}: only 1/${times(factor, "en")} of it. Possibly a unit slip or a missing digit; ask the unit to check (${f.then.en}: ${f.source}).`,
  }),
  /** This period's money is `scale` times smaller: typed in nghìn or triệu đồng. */
  historyScaleDown: (f: HistoryFacts, scale: number): Localized => ({
    vi: `${both(f, "vi")}: có thể nhập theo ${scaleWord(scale).vi}. Đề nghị đơn vị kiểm tra và nhập số tiền bằng đồng (${f.then.vi}: ${f.source}).`,
    en: `${both(f, "en")}: possibly entered in ${scaleWord(scale).en}. Ask the unit to check and enter the amount in VND (${f.then.en}: ${f.source}).`,
  }),
  /** This period's money is `scale` times larger: last period's typed in nghìn or triệu, or extra zeros now. */
  historyScaleUp: (f: HistoryFacts, scale: number): Localized => ({
    vi: `${both(f, "vi")}: gấp khoảng ${times(scale, "vi")} lần, có thể kỳ trước đã nhập theo ${scaleWord(scale).vi} hoặc kỳ này thừa chữ số 0. Đề nghị đơn vị kiểm tra (${f.then.vi}: ${f.source}).`,
    en: `${both(f, "en")}: about ${times(scale, "en")} times as much; possibly last period's was entered in ${scaleWord(scale).en}, or this one has extra zeros. Ask the unit to check (${f.then.en}: ${f.source}).`,
  }),
  historyFromZero: (f: HistoryFacts): Localized => ({
    vi: `${both(f, "vi")}: từ 0 lên nhiều như vậy, đề nghị đơn vị kiểm tra (${f.then.vi}: ${f.source}).`,
    en: `${both(f, "en")}: from 0 to this many; ask the unit to check (${f.then.en}: ${f.source}).`,
  }),
  historyToZero: (f: HistoryFacts): Localized => ({
    vi: `${both(f, "vi")}: có thể bỏ sót số liệu (ô để trống hoặc ghi 0); đề nghị đơn vị kiểm tra (${f.then.vi}: ${f.source}).`,
    en: `${both(f, "en")}: possibly left out (the cell is blank or 0); ask the unit to check (${f.then.en}: ${f.source}).`,
  }),
};
