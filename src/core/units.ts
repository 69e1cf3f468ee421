// Who a report is from. Unit names arrive in many spellings: NFC or NFD
// (Mac), upper or lower case, with or without "Xã"/"Phường"/"Thị trấn",
// old or new tone-mark placement (hoà/hòa, thuỷ/thủy). These compare equal.
// Names one letter or one tone apart (Ngồi/Ngối) do not: they are suggested
// to the user, never merged silently.
import { fold, normText, toneKey } from "./text";

// Only commune-level prefixes are ignored: "Thị trấn Mường Ảng" is the same
// unit as "Mường Ảng", but not the same as "Huyện Mường Ảng". Each as written
// with its diacritics, or typed without any ("Xa Bung Lao"), or abbreviated
// ("TT. Mường Ảng", "X. Nặm Lịch"); never a name's own first word that only
// looks like one once its marks are dropped ("Xá Lượng" keeps its "Xá").
const PREFIXES = [
  "thị trấn",
  "thi tran",
  "tt.",
  "tt",
  "phường",
  "phuong",
  "p.",
  "xã",
  "xa",
  "x.",
  "đặc khu",
  "dac khu",
];
// The issuing body written before the name: "UBND xã …", "Ủy ban nhân dân xã …".
const ISSUERS = ["ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "uy ban nhan dan"];

/** Removes the first matching prefix (lower-case NFC) when a name remains after it. */
function stripPrefix(s: string, prefixes: string[]): string {
  for (const p of prefixes) {
    const glued = p.endsWith(".") && s.startsWith(p);
    if (s.startsWith(p + " ") || glued) {
      const rest = s.slice(p.length).trim();
      if (rest) return rest;
    }
  }
  return s;
}

/** Lower-case NFC name without its administrative prefix and extra spaces. */
export function plainName(name: string): string {
  const s = normText(name);
  return stripPrefix(stripPrefix(s, ISSUERS), PREFIXES);
}

/** A name's key without diacritics: "Xa Bung Lao", "Xã Búng Lao" and "UBND xã Búng Lao" agree. */
export function foldedKey(name: string): string {
  return fold(plainName(name));
}

/** Keys already computed: a consolidation asks for each unit's key several times (statuses, roster, accounting). */
const keys = new Map<string, string>();

/**
 * A comparison key: each syllable's letters with its tone written as one mark
 * at the end ("hoà" and "hòa" → "hoa" + grave), so tone placement does not
 * matter but the tone itself does.
 */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    // Bounded: a pane open all day must not keep every name it ever saw.
    if (keys.size >= 50_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return toneKey(plainName(name));
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * Levenshtein distance, or `max + 1` once it exceeds `max`. Only the band of cells within `max` of the diagonal
 * is computed (a path leaving it costs more than `max`), so two long names cost their length times 2·max+1,
 * never their lengths multiplied.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const far = max + 1;
  // Two rows, reused: a row only ever reads the previous row's band and the cell just left of its own.
  let prev = new Array<number>(b.length + 1).fill(far);
  let cur = new Array<number>(b.length + 1).fill(far);
  for (let j = 0; j <= Math.min(max, b.length); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    cur[from - 1] = from === 1 && i <= max ? i : far;
    let rowMin = cur[from - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      let d = prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      cur[j] = d < far ? d : far;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return far;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[b.length];
}

/** Names one letter or one tone apart: worth asking the user about, never merged. */
export function nearMiss(a: string, b: string): boolean {
  return nearMissKeys(nameKey(a), nameKey(b));
}

/** nearMiss on keys already computed (many names against many). */
export function nearMissKeys(ka: string, kb: string): boolean {
  return ka !== kb && editDistance(ka, kb, 1) <= 1;
}

export interface UnitIdentity {
  name: string;
  code?: string;
}

/** Codes compare without spaces and, when all digits, without leading zeros (a spreadsheet drops them). */
export function codeKey(code: string): string {
  const c = code.trim().toUpperCase();
  return /^\d+$/.test(c) ? String(Number(c)) : c;
}

/** Same unit: by code when both have one, else by name. */
export function sameUnit(a: UnitIdentity, b: UnitIdentity): boolean {
  if (a.code && b.code) return codeKey(a.code) === codeKey(b.code);
  return sameName(a.name, b.name);
}
