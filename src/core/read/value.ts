// The value rules: what a number cell may hold, the same everywhere (file,
// add-in, CLI). A contract other tools rely on:
// - a whole number ≥ 0 is the value (money is whole đồng);
// - text that is plainly a whole number ("25", "1.500.000", "1 500 000") is
//   that number, with a warning;
// - a blank cell is 0 with no finding;
// - anything else (negative, fractional, error values, other text, a formula
//   without a cached value) is an error and contributes nothing to any total.
import type { GridCell } from "./grid";

export type ValueProblem =
  | "number_as_text"
  | "not_a_number"
  | "negative"
  | "fraction"
  | "too_large"
  | "error_value"
  | "formula_no_value";

export interface ParsedValue {
  /** The number this cell contributes; null when its content is an error. */
  value: number | null;
  /** What the cell shows, for messages: text, number, or null when blank. */
  raw: string | number | boolean | null;
  blank: boolean;
  problem?: ValueProblem;
  /** A corrected value, where one is clear ("1.500.000" → 1500000). */
  suggestion?: number;
}

/** Largest value accepted: beyond it whole numbers lose precision in a spreadsheet. */
export const MAX_VALUE = Number.MAX_SAFE_INTEGER;

const SPACES = /[\u00a0\u2007\u2009\u202f]/g;

/** Parses text that is plainly a whole number ≥ 0, or returns null. */
export function wholeNumberFromText(text: string): number | null {
  const s = text.normalize("NFC").replace(SPACES, " ").trim();
  let digits: string | null = null;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) digits = s.replace(/\./g, "");
  else if (/^\d{1,3}( \d{3})+$/.test(s)) digits = s.replace(/ /g, "");
  if (digits === null) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

/** A clear correction for text that is almost a number ("12 em", "1.500.000 đ", "1,500,000", "-"). */
export function suggestFromText(text: string): number | undefined {
  const s = text.normalize("NFC").replace(SPACES, " ").trim();
  if (/^[-–—]$/.test(s)) return 0;
  // A whole number followed by a unit word: "12 em", "1.500.000 đồng", "3 cuộc".
  const unit = /^([\d. ]+?)\s*([^\d\s.,][^\d]*)$/u.exec(s);
  if (unit && !/[,]/.test(unit[2])) {
    const n = wholeNumberFromText(unit[1]);
    if (n !== null) return n;
  }
  // English-style grouping with at least two groups is unambiguous: "1,500,000".
  if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, ""));
  return undefined;
}

export function parseCellValue(cell: GridCell | undefined): ParsedValue {
  if (!cell) return { value: 0, raw: null, blank: true };
  const v = cell.value;
  if (v === null) {
    return cell.formula !== undefined
      ? { value: null, raw: `=${cell.formula}`, blank: false, problem: "formula_no_value" }
      : { value: 0, raw: null, blank: true };
  }
  switch (v.t) {
    case "e":
      return { value: null, raw: v.v, blank: false, problem: "error_value" };
    case "b":
      return { value: null, raw: v.v, blank: false, problem: "not_a_number" };
    case "n":
      return fromNumber(v.v);
    case "s": {
      if (v.v.replace(SPACES, " ").trim() === "") return { value: 0, raw: null, blank: true };
      const n = wholeNumberFromText(v.v);
      if (n !== null) return { value: n, raw: v.v, blank: false, problem: "number_as_text", suggestion: n };
      if (/^\s*-\s*\d/.test(v.v) && wholeNumberFromText(v.v.replace("-", "")) !== null) {
        return { value: null, raw: v.v, blank: false, problem: "negative" };
      }
      const suggestion = suggestFromText(v.v);
      return { value: null, raw: v.v, blank: false, problem: "not_a_number", ...(suggestion !== undefined ? { suggestion } : {}) };
    }
  }
}

function fromNumber(n: number): ParsedValue {
  if (!Number.isFinite(n)) return { value: null, raw: n, blank: false, problem: "not_a_number" };
  // Spreadsheet arithmetic leaves noise like 3.0000000000000004 in cached results.
  const rounded = Math.round(n);
  const whole = Math.abs(n - rounded) <= 1e-9 * Math.max(1, Math.abs(n));
  if (n < 0 && !(whole && rounded === 0)) return { value: null, raw: n, blank: false, problem: "negative" };
  if (!whole) return { value: null, raw: n, blank: false, problem: "fraction" };
  if (rounded > MAX_VALUE) return { value: null, raw: n, blank: false, problem: "too_large" };
  return { value: Math.abs(rounded), raw: n, blank: false };
}
