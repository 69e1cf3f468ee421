// How a label typed by a person is compared with the form's: what people vary
// compares equal — Unicode form, case, spaces, tone placement, dashes and
// bullets ("- trong đó" for the form's "— trong đó"), a leading item number
// ("1.", "a)"), "Trong đó:" for "trong đó", trailing colons and full stops,
// commas and slashes between words, and the abbreviations of label-aliases.ts.
// Used by the reader to find a table's labels and by the definition workbook;
// the writer prints the template's labels verbatim.
import { fold, normText, toneKey, unaccented } from "../text";
import { LABEL_ALIASES } from "./label-aliases";

export type Aliases = Readonly<Record<string, string>>;

const DASHES = /[\u2010-\u2015\u2212]/g;
/** Bullets and dashes before a label, and an item number ("1.", "1.2.", "a)", "(3)", "II."). */
const LEAD = /^(?:[-•·*+>◦▪●]\s*)+|^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[ivx]{1,5})[.)]\s+/u;
/** Punctuation between words that people add or drop: ",", ";", "/", ":" and dashes between words. */
const JOINERS = /\s*[,;/:]\s*|\s+-\s+/g;
/** Trailing colons, full stops and the like ("Tổng số:"): cut by a loop, as a pattern would try each run's every start. */
const TRAILING = new Set([" ", ".", ":", ";", ","]);
function withoutTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1])) end--;
  return s.slice(0, end);
}
const IN_WHICH = /^(?:trong đó|trong do) /u;
/** A unit of money named in an aside: such an aside is never dropped. */
const MONEY_WORD = /(?<!\p{L})(?:triệu|nghìn|ngàn|tỷ|tỉ|trieu|nghin|ngan|ty|ti)(?!\p{L})/iu;

/** A label's comparison key (see the top of this file). `aliases` adds a template's own abbreviations. */
export function labelKey(text: string, aliases?: Aliases): string {
  return toneKey(plainLabel(text, aliases));
}

/** The key without parenthesised asides ("Các hoạt động vui chơi (hội thi, cắm trại)" → "các hoạt động vui chơi"). */
export function looseLabelKey(text: string, aliases?: Aliases): string {
  return labelKey(withoutAsides(text), aliases);
}

/** The key without asides and without any marks: for labels typed with none ("Tong so tre em"). */
export function foldedLabelKey(text: string, aliases?: Aliases): string {
  return fold(plainLabel(withoutAsides(text), aliases));
}

const withoutAsides = (text: string) => text.replace(/\([^()]{0,400}\)/g, " ");

/** The label's words as compared, before tone placement is evened out. */
function plainLabel(text: string, aliases?: Aliases): string {
  let s = normText(text.replace(DASHES, "-"));
  for (let i = 0; i < 3; i++) {
    const t = s.replace(LEAD, "");
    if (t === s) break;
    s = t;
  }
  s = withoutTrailing(s).replace(JOINERS, " ").replace(/\s+/g, " ").trim();
  // "Trong đó:" on a row of its own, then "- được trợ giúp": the sub-count is the same either way.
  const rest = s.replace(IN_WHICH, "");
  return expand(rest || s, aliases);
}

function expand(s: string, aliases?: Aliases): string {
  return s
    .split(" ")
    .map((w) =>
      aliases && Object.hasOwn(aliases, w) ? aliases[w] : Object.hasOwn(LABEL_ALIASES, w) ? LABEL_ALIASES[w] : w,
    )
    .join(" ");
}

/** How a typed label matched the form's: the same words, or only once asides or all marks were dropped. */
export type LabelMatch = "same" | "without-asides" | "without-marks";

/**
 * Whether `typed` is the form's `expected` label, and how surely. Asides are
 * dropped only when the typed one does not name another unit of money
 * ("Kinh phí (triệu đồng)" is not "Kinh phí (đồng)"); marks are dropped only
 * when the typed label has none at all ("Tong so tre em").
 */
export function matchLabel(typed: string, expected: string, aliases?: Aliases): LabelMatch | undefined {
  const k = labelKey(typed, aliases);
  if (k === "") return undefined;
  if (k === labelKey(expected, aliases)) return "same";
  const aside = /\(([^()]*)\)/u.exec(typed.normalize("NFC"))?.[1] ?? "";
  if (!MONEY_WORD.test(aside) && looseLabelKey(typed, aliases) === looseLabelKey(expected, aliases))
    return "without-asides";
  if (unaccented(typed) && foldedLabelKey(typed, aliases) === foldedLabelKey(expected, aliases)) return "without-marks";
  return undefined;
}
