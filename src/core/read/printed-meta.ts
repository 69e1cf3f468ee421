// A report without tonghop's metadata sheet (a commune copy-pasted the report
// sheet into a new workbook) still prints who issued it, for which period and
// when: "ỦY BAN NHÂN DÂN XÃ MƯỜNG LẠN", "BÁO CÁO … NĂM 2024", "Mường Lạn,
// ngày 02 tháng 7 năm 2024". This reads them back from the printed sheet.
import { isoFromParts, isoFromSerial, type IsoDate } from "../dates";
import { PEOPLES_COMMITTEE } from "../document/decree30";
import { parsePeriod } from "../meta";
import type { Level, Template } from "../templates";
import type { GridSheet } from "./grid";
import { normText } from "./locate";

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

function titleCase(words: string): string {
  return words
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}

/** "ỦY BAN NHÂN DÂN XÃ MƯỜNG LẠN" → Xã Mường Lạn (level xa); anything else → undefined. */
export function unitFromIssuer(text: string): { unitName: string; level: Level } | undefined {
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

/** The template's printed title with its period: "… NĂM 2024" → "2024", "… 6 THÁNG ĐẦU NĂM 2024" → "2024-6T". */
export function periodFromTitle(template: Template, text: string): string | undefined {
  const [before, after] = normText(template.title.replace("{period}", "\u0000"))
    .split("\u0000")
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const m = new RegExp(`^${before}(6 tháng đầu năm|năm) (\\d{4})${after ?? ""}$`).exec(normText(text));
  if (!m) return undefined;
  const period = m[1] === "năm" ? m[2] : `${m[2]}-6T`;
  return parsePeriod(template, period) ? period : undefined;
}

const DATE_LINE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
/** Excel serials of 01/01/2000 and 31/12/2100: a number in between above the title may be the report date. */
const SERIAL_RANGE = [36_526, 73_415];

/** Reads the issuer, title and date printed above a report's tables. */
export function printedMeta(template: Template, sheet: GridSheet, firstTableRow: number): PrintedMeta {
  const out: PrintedMeta = {};
  for (const [row, , cell] of sheet.cells()) {
    if (row >= firstTableRow) break;
    const v = cell.value;
    if (!v) continue;
    if (v.t === "s") {
      const unit = out.unitName ? undefined : unitFromIssuer(v.v);
      if (unit) Object.assign(out, unit);
      out.period ??= periodFromTitle(template, v.v);
      const d = DATE_LINE.exec(v.v.normalize("NFC"));
      if (d) out.reportDate ??= isoFromParts(Number(d[3]), Number(d[2]), Number(d[1])) ?? undefined;
    } else if (v.t === "n" && Number.isInteger(v.v) && v.v >= SERIAL_RANGE[0] && v.v <= SERIAL_RANGE[1]) {
      out.reportDate ??= isoFromSerial(v.v) ?? undefined;
    }
  }
  return out;
}
