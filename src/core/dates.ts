// Calendar dates as users write them (dd/mm/yyyy) and as the core keeps them
// (ISO yyyy-mm-dd strings: no time zone can shift a report date by a day).

export type IsoDate = string;

export function isValidIso(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isoFromParts(y: number, m: number, d: number): IsoDate | null {
  const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isValidIso(iso) ? iso : null;
}

/** "03/7/2024", "3-7-2024", "03.07.2024" → "2024-07-03"; anything else → null. */
export function parseVnDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** Text longer than a date line is not one: cut before matching, so no text costs more than this. */
const MAX_DATE_LINE = 200;
const DATE_WORDS = /ngay\s{0,3}(\d{1,2})\s{0,3}thang\s{0,3}(\d{1,2})\s{0,3}nam\s{0,3}(\d{4})/;
const DATE_DIGITS = /(?<!\d)(\d{1,2})\s{0,2}([/.-])\s{0,2}(\d{1,2})\s{0,2}\2\s{0,2}(\d{4})(?!\d)/;
/** The form's date line not yet filled in: "…, ngày … tháng … năm 2025", "ngày ... tháng ... năm". */
const BLANK_LINE = /ngay[\s.…_]{0,20}thang[\s.…_]{0,20}nam/;

/**
 * A report date as people type it on the date line, alone or after the place:
 * "ngày 06 tháng 6 năm 2025", "Khe Sanh, ngày 6 tháng 6 năm 2025" (with or
 * without marks), "06/6/2025", "6-6-2025", "06.06.2025", "Khe Sanh, ngày
 * 06/6/2025". "blank" when it is the form's line not yet filled in; null when
 * it holds no date that exists (31/6/2025 does not).
 */
export function parseTypedDate(text: string): IsoDate | "blank" | null {
  const s = text
    .slice(0, MAX_DATE_LINE)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase();
  const words = DATE_WORDS.exec(s);
  if (words) return isoFromParts(Number(words[3]), Number(words[2]), Number(words[1]));
  const digits = DATE_DIGITS.exec(s);
  if (digits) return isoFromParts(Number(digits[4]), Number(digits[3]), Number(digits[1]));
  return BLANK_LINE.test(s) ? "blank" : null;
}

export function formatVnDate(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's 1900 date system serial (whole days) → ISO date. */
export function isoFromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function serialFromIso(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
}
