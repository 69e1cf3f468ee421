// A report without tonghop's metadata sheet (a commune copy-pasted the report
// sheet into a new workbook, or typed the form itself) still prints who issued
// it, for which period and when: "ỦY BAN NHÂN DÂN XÃ MƯỜNG LẠN" (or "UBND XÃ
// HƯỚNG HOÁ", or the two words on two lines), "BÁO CÁO … NĂM 2024" or "BIỂU SỐ
// LIỆU … 6 THÁNG ĐẦU NĂM 2025", "Mường Lạn, ngày 02 tháng 7 năm 2024". This
// reads them back from the printed sheet; without an issuer line, the unit is
// the file's name, said in a warning.
import { isoFromSerial, parseTypedDate, type IsoDate } from "../dates";
import { messages } from "../i18n/messages";
import type { ReportMeta } from "../meta";
import { PEOPLES_COMMITTEE } from "../form/decree30";
import { parsePeriod } from "../meta";
import { normText } from "../text";
import type { Level, Template } from "../templates";
import type { Finding, UnitReport } from "../vocabulary";
import { cellText, type GridSheet } from "./grid";
import type { Located } from "./locate";

export interface PrintedMeta {
  unitName?: string;
  level?: Level;
  period?: string;
  reportDate?: IsoDate;
}

/** Printed prefix (as in the issuer line, upper case) → how the unit's name is written, and its level. */
const PREFIXES: [string, string, Level][] = [
  ["THỊ TRẤN", "Thị trấn", "xa"],
  ["ĐẶC KHU", "Đặc khu", "xa"],
  ["PHƯỜNG", "Phường", "xa"],
  ["XÃ", "Xã", "xa"],
  ["THỊ XÃ", "Thị xã", "huyen"],
  ["THÀNH PHỐ", "Thành phố", "huyen"],
  ["HUYỆN", "Huyện", "huyen"],
  ["QUẬN", "Quận", "huyen"],
  ["TỈNH", "Tỉnh", "tinh"],
];
const ISSUER = PEOPLES_COMMITTEE;
/** Longer text is not a header line (issuer, title): a narrative. */
const MAX_LINE = 200;
/** "Thị trấn Mường Ảng, ngày 03 tháng 7 năm 2024" and no more. */
const MAX_DATE_LINE = 80;

function titleCase(words: string): string {
  return words
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}

/** "ỦY BAN NHÂN DÂN XÃ MƯỜNG LẠN" → Xã Mường Lạn (level xa); anything else → undefined. */
export function unitFromIssuer(text: string): { unitName: string; level: Level } | undefined {
  if (text.length > MAX_LINE) return undefined;
  const line = text.normalize("NFC").replace(/\s+/g, " ").trim();
  const m = ISSUER.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length).toLocaleUpperCase("vi");
  // Longest prefix first: "THỊ XÃ" before "XÃ".
  const hit = [...PREFIXES].sort((a, b) => b[0].length - a[0].length).find(([p]) => rest.startsWith(p + " "));
  if (!hit) return undefined;
  const name = rest.slice(hit[0].length).trim();
  return name ? { unitName: `${hit[1]} ${titleCase(name)}`, level: hit[2] } : undefined;
}

/** Words a report's title starts with, whatever the form calls itself. */
const TITLE_WORDS = /^(?:báo cáo|biểu|số liệu|tổng hợp|kết quả|bao cao|bieu)/u;
const PERIOD_WORDS = /(6 tháng đầu năm|6 tháng năm|6 tháng|năm)\s{0,3}(\d{4})(?!\d)/gu;

/**
 * The period a title names: the template's own title ("… NĂM 2024" → "2024",
 * "… 6 THÁNG ĐẦU NĂM 2024" → "2024-6T"), else any title line that starts like
 * one ("BIỂU SỐ LIỆU CÔNG TÁC TRẺ EM 6 THÁNG ĐẦU NĂM 2025"), when the template
 * has that kind of period.
 */
export function periodFromTitle(template: Template, text: string): string | undefined {
  if (text.length > MAX_LINE) return undefined;
  const line = normText(text);
  const [before, after] = normText(template.title.replace("{period}", "\u0000"))
    .split("\u0000")
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const own = new RegExp(`^${before}(6 tháng đầu năm|năm) (\\d{4})${after ?? ""}$`).exec(line);
  const hits = own ? [own] : TITLE_WORDS.test(line) ? [...line.matchAll(PERIOD_WORDS)] : [];
  const last = hits[hits.length - 1];
  if (!last) return undefined;
  const period = last[1] === "năm" ? last[2] : `${last[2]}-6T`;
  return parsePeriod(template, period) ? period : undefined;
}

/** Excel serials of 01/01/2000 and 31/12/2100: a number in between above the title may be the report date. */
const SERIAL_RANGE = [36_526, 73_415];

/** Reads the issuer, title and date printed above a report's tables. */
export function printedMeta(template: Template, sheet: GridSheet, firstTableRow: number): PrintedMeta {
  const out: PrintedMeta = {};
  for (const [row, col, cell] of sheet.cells()) {
    if (row >= firstTableRow) break;
    const v = cell.value;
    if (!v) continue;
    if (v.t === "s") {
      // "ỦY BAN NHÂN DÂN" on a line of its own, the unit on the next.
      const below = /^(?:ủy|uỷ|uy) ban nhân dân$|^ubnd$/u.test(normText(v.v))
        ? `${v.v} ${cellText(sheet.cell(row + 1, col))}`
        : v.v;
      const unit = out.unitName ? undefined : unitFromIssuer(below);
      if (unit) Object.assign(out, unit);
      out.period ??= periodFromTitle(template, v.v);
      // A date line is short: a date inside a paragraph of narrative is not the report's.
      const d =
        v.v.length <= MAX_DATE_LINE && (/ngày|ngay/i.test(v.v) || /\d[/.-]\d/.test(v.v)) ? parseTypedDate(v.v) : null;
      if (d && d !== "blank") out.reportDate ??= d;
    } else if (v.t === "n" && Number.isInteger(v.v) && v.v >= SERIAL_RANGE[0] && v.v <= SERIAL_RANGE[1]) {
      out.reportDate ??= isoFromSerial(v.v) ?? undefined;
    }
  }
  return out;
}

/**
 * What a report without metadata says of itself, and the warning (or error) that says how it was read: unit
 * and period printed; the period printed and the unit from the file's name; or no period at all.
 */
export function fromPrintedLines(
  template: Template,
  sheet: GridSheet | undefined,
  located: Located,
  fileName: string,
): { metaSource: UnitReport["metaSource"]; meta: Partial<ReportMeta>; finding: Omit<Finding, "sheet" | "cell"> } {
  const firstRow = Math.min(...[...located.positions.values()].map((p) => p.row)) - 2;
  const printed = sheet ? printedMeta(template, sheet, firstRow) : {};
  const date = printed.reportDate ? { reportDate: printed.reportDate } : {};
  if (!printed.period)
    return {
      metaSource: "headers",
      meta: {},
      finding: { code: "meta_missing", severity: "error", message: messages.metaMissing(template.name.vi) },
    };
  if (!printed.unitName)
    return {
      metaSource: "file-name",
      meta: { unitName: fileName, period: printed.period, ...date },
      finding: {
        code: "meta_unit_from_file",
        severity: "warning",
        message: messages.metaUnitFromFile(template.name.vi, fileName, printed.period),
      },
    };
  return {
    metaSource: "printed",
    meta: { unitName: printed.unitName, level: printed.level ?? "xa", period: printed.period, ...date },
    finding: {
      code: "meta_printed",
      severity: "warning",
      message: messages.metaPrinted(template.name.vi, printed.unitName, printed.period),
    },
  };
}
