// The value rules: what a number cell may hold, the same everywhere (file,
// add-in, CLI). A contract other tools rely on:
// - a whole number ≥ 0 is the value (money is whole đồng);
// - text that is plainly a whole number ("25", "1.500.000", "1 500 000") is
//   that number, with a warning;
// - a blank cell is 0 with no finding;
// - in a money cell, an amount written with unit words ("15tr", "1,5 triệu",
//   "500 nghìn", "2 tỷ", "1.500.000đ", "1,500,000 VNĐ") is that amount in
//   đồng, multiplied, with a warning; "1,500 đ" (1,5 or 1.500?) is an error
//   with no suggestion; an amount below 10.000 đồng is an error (15 typed
//   for 15 triệu), with no suggestion: a guess could be off by a multiplier;
// - a count above MAX_TYPED_COUNT or an amount above MAX_TYPED_MONEY is an
//   error (too large): a report file's data validation stops such a number as it
//   is typed, the add-in's cannot (Excel's JavaScript API refuses such bounds);
// - anything else (negative, fractional, error values, other text, a formula
//   without a cached value) is an error and contributes nothing to any total.
import { MAX_NUMBER_TEXT, MAX_TYPED_COUNT, MAX_TYPED_MONEY, MAX_VALUE } from "../limits";
import { countFromWords } from "./count-words";
import type { GridCell } from "./grid";
import type { ValueProblem } from "../vocabulary";

/** What a cell holds: a count of people or things, or money in đồng. */
export type ValueKind = "count" | "money";

/** Below this many đồng a budget line is implausible: most often triệu or nghìn were meant. */
export const MONEY_MIN = 10_000;

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

const SPACES = /[\u00a0\u2007\u2009\u202f]/g;

/** Parses text that is plainly a whole number ≥ 0, or returns null. */
export function wholeNumberFromText(text: string): number | null {
  const s = text.normalize("NFC").replace(SPACES, " ").trim();
  // Longer text is not a figure; cut before any pattern looks at it.
  if (s.length > MAX_NUMBER_TEXT) return null;
  let digits: string | null = null;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) digits = s.replace(/\./g, "");
  else if (/^\d{1,3}( \d{3})+$/.test(s)) digits = s.replace(/ /g, "");
  if (digits === null) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

// Unit words of money: a multiplier, then the currency, each optional (but not both absent).
const MULTIPLIERS: [RegExp, number][] = [
  [/^(tr\.?|triệu|trieu)$/, 1e6],
  [/^(nghìn|nghin|ngàn|ngan|k)$/, 1e3],
  [/^(tỷ|tỉ|ty|ti)$/, 1e9],
];
const CURRENCY = /^(đ|đồng|dong|vnđ|vnd|đ\.)$/;
// Digits (groups separated by spaces), then up to two words, the second after a space or a word ending in ".":
// each character has one place to go, so no text makes the pattern try its splits one by one.
const MONEY = /^(\d[\d.,]*(?: +[\d.,]+)*)\s*(?:([^\d\s.,]+\.?)(?:(?:\s+|(?<=\.))([^\d\s.,]+\.?))?)?\s*$/u;

/** The number in an amount's digits, or "ambiguous" ("1,500": 1,5 or 1.500?), or null. */
function amountDigits(d: string, multiplied: boolean): number | "ambiguous" | null {
  const whole = wholeNumberFromText(d);
  if (whole !== null) return whole;
  if (/^\d{1,3}(,\d{3}){2,}$/.test(d)) return Number(d.replace(/,/g, ""));
  if (/^\d{1,3},\d{3}$/.test(d)) return "ambiguous";
  // A decimal part: the comma is the Vietnamese decimal mark; a dot only with a multiplier ("1.5 triệu").
  if (/^\d+,\d+$/.test(d)) return Number(d.replace(",", "."));
  if (multiplied && /^\d+\.\d{1,2}$/.test(d)) return Number(d);
  return null;
}

/**
 * An amount in đồng written with unit words ("15tr", "1,5 triệu", "2 tỷ",
 * "1.500.000đ"), "ambiguous" when its digits can be read two ways, or null
 * when the text is not an amount with unit words.
 */
export function moneyFromText(text: string): number | "ambiguous" | null {
  const s = text.normalize("NFC").replace(SPACES, " ").trim().toLocaleLowerCase("vi");
  if (s.length > MAX_NUMBER_TEXT) return null;
  const m = MONEY.exec(s);
  if (!m || (!m[2] && !m[3])) return null;
  const words = [m[2], m[3]].filter((w): w is string => !!w);
  const factor = MULTIPLIERS.find(([re]) => re.test(words[0]))?.[1];
  const currency = words.slice(factor ? 1 : 0);
  if (currency.length > 1 || (currency.length === 1 && !CURRENCY.test(currency[0]))) return null;
  const n = amountDigits(m[1].trim(), factor !== undefined);
  if (n === null || n === "ambiguous") return n;
  // 1,1 × 1e9 is 1100000000.0000002 in binary floating point: a whole number of đồng within that noise is exact.
  const exact = n * (factor ?? 1);
  const amount = Math.round(exact);
  return Math.abs(exact - amount) <= 1e-9 * Math.max(1, exact) && Number.isSafeInteger(amount) ? amount : null;
}

/** Whether text carries a money unit word, so no count may be guessed from it ("15 triệu" is not 15 of anything). */
function hasMoneyWord(text: string): boolean {
  return moneyFromText(text) !== null;
}

/** A clear correction for text that is almost a number ("12 em", "1,500,000", "-"); never from money words. */
export function suggestFromText(text: string): number | undefined {
  const s = text.normalize("NFC").replace(SPACES, " ").trim();
  if (s.length > MAX_NUMBER_TEXT) return undefined;
  if (/^[-–—]$/.test(s)) return 0;
  if (hasMoneyWord(s)) return undefined;
  // A whole number followed by a unit word: "12 em", "3 cuộc" (digit groups separated by spaces, then the word).
  const unit = /^([\d.]+(?: +[\d.]+)*)\s*([^\d\s.,][^\d]*)$/u.exec(s);
  if (unit && !/[,]/.test(unit[2])) {
    const n = wholeNumberFromText(unit[1]);
    if (n !== null) return n;
  }
  // English-style grouping with at least two groups is unambiguous: "1,500,000".
  if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, ""));
  return undefined;
}

/**
 * What a cell contributes. `fieldText` (the field's unit, else its label) tells which nouns fit a count
 * ("12 em" in a count of children): see count-words.ts.
 */
export function parseCellValue(cell: GridCell | undefined, kind: ValueKind = "count", fieldText = ""): ParsedValue {
  const parsed = parseAny(cell, kind, fieldText);
  if (parsed.value !== null && parsed.value > (kind === "money" ? MAX_TYPED_MONEY : MAX_TYPED_COUNT))
    return { value: null, raw: parsed.raw, blank: false, problem: "too_large" };
  if (kind !== "money" || parsed.value === null || parsed.value === 0 || parsed.value >= MONEY_MIN) return parsed;
  // No suggestion: 15 may mean 15 triệu or 15 nghìn, and "Sửa" must never write a wrong amount.
  const tooSmall: ParsedValue = { ...parsed, value: null, problem: "money_too_small" };
  delete tooSmall.suggestion;
  return tooSmall;
}

function parseAny(cell: GridCell | undefined, kind: ValueKind, fieldText: string): ParsedValue {
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
      if (kind === "money") {
        const amount = moneyFromText(v.v);
        if (amount === "ambiguous") return { value: null, raw: v.v, blank: false, problem: "money_ambiguous" };
        if (amount !== null)
          return { value: amount, raw: v.v, blank: false, problem: "money_with_unit", suggestion: amount };
      }
      const words = countFromWords(v.v, kind === "count" ? fieldText : "");
      if (words && "value" in words && (kind === "count" || words.how === "none_word")) {
        const problem = words.how === "none_word" ? "none_as_word" : "count_with_noun";
        return { value: words.value, raw: v.v, blank: false, problem, suggestion: words.value };
      }
      const suggestion = words && "suggestion" in words ? words.suggestion : suggestFromText(v.v);
      return {
        value: null,
        raw: v.v,
        blank: false,
        problem: "not_a_number",
        ...(suggestion !== undefined ? { suggestion } : {}),
      };
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
