// A table of an outline as Word copies it: header rows of tab-separated cells.
// The upper row holds group labels, each spanning the empty cells to its right;
// the row beneath holds the sub-headers. A label with nothing under it is a
// one-level column. Turns them into field groups with kinds and readable ids.
import { outlineMessages } from "../i18n/template-messages";
import { asciiSlug } from "../slug";
import type { Field, FieldGroup } from "./schema";
import type { OutlineProblem } from "./outline";

/** Words that make a column an amount of money; everything else is a count. */
const MONEY_WORDS = /(^|[^\p{L}])(kinh phí|ngân sách|vận động(?! viên)|tiền)($|[^\p{L}])/iu;
/** The report prints money headers with "(đồng)" itself (matched on the label without its trailing spaces). */
const DONG_SUFFIX = /\((đồng|vnđ|vnd)\)$/iu;
/** "đồng" is money as a unit ("(đồng)", "triệu đồng", last word), not in "cộng đồng" or "hội đồng". */
const DONG_UNIT = new RegExp(
  [
    /\(\s*(triệu |nghìn |ngàn |tỷ )?đồng\s*\)/iu,
    /(triệu|nghìn|ngàn|tỷ) đồng/iu,
    /(^|[^\p{L}])(?<!cộng |hội )đồng\s*$/iu,
  ]
    .map((r) => r.source)
    .join("|"),
  "iu",
);
/** Columns that number rows: never figures. */
const ROW_NUMBER = /^(stt|tt|số tt|số thứ tự)$/i;
/** Longest part of an id taken from one label, so ids stay readable. */
const MAX_ID_PART = 40;

export function guessMoney(label: string, groupLabel?: string): boolean {
  if (MONEY_WORDS.test(label) || DONG_UNIT.test(label)) return true;
  // "Kinh phí" over "Trung ương" / "Địa phương": the group says money; "Số …" under it stays a count.
  return groupLabel !== undefined && MONEY_WORDS.test(groupLabel) && !/^(tổng )?số(\s|$)/iu.test(label);
}

/** A readable id part: ASCII words, parentheses dropped, cut at a word boundary. */
export function idPart(label: string): string {
  // Parentheses and what they hold: "(" up to its ")" or the next "(", so each character is looked at once.
  const words = asciiSlug(label.replace(/\([^()]*\)?/g, " "), "_").split("_");
  let out = "";
  for (const w of words) {
    if (out && out.length + 1 + w.length > MAX_ID_PART) break;
    out = out ? `${out}_${w}` : w.slice(0, MAX_ID_PART);
  }
  return out;
}

/** `base`, or `base_2`, `base_3` … whichever is not yet used; records it. */
export function uniqueId(base: string, used: Set<string>, sep = "_"): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}${sep}${n}`;
  used.add(id);
  return id;
}

/** A field or table id: starts with a letter, as the schema requires ("2024" → "f_2024"). */
export function fieldId(base: string, used: Set<string>): string {
  return uniqueId(/^[a-z]/.test(base) ? base : `f_${base}`, used);
}

/** A column's field: id from its group and label ("dien_dan_cap_xa_so_dien_dan"), kind guessed. */
function field(text: string, group: string | undefined, usedIds: Set<string>): Field {
  const money = guessMoney(text, group);
  const trimmed = text.trimEnd();
  const suffix = money ? DONG_SUFFIX.exec(trimmed) : null;
  const label = suffix ? trimmed.slice(0, suffix.index).trimEnd() || text : text;
  const base = group === undefined ? idPart(label) : `${idPart(group)}_${idPart(label)}`;
  return { id: fieldId(base, usedIds), label, kind: money ? "money" : "count" };
}

export interface HeaderRow {
  line: number;
  cells: string[];
}

/** Field groups from one or two header rows; `usedIds` keeps field ids unique across the template. */
export function groupsFromHeader(rows: HeaderRow[], usedIds: Set<string>, problems: OutlineProblem[]): FieldGroup[] {
  const [top, sub] = rows;
  const width = Math.max(top.cells.length, sub?.cells.length ?? 0);
  const upper = (c: number) => (top.cells[c] ?? "").trim();
  const lower = (c: number) => (sub?.cells[c] ?? "").trim();
  const groups: FieldGroup[] = [];
  const oneLevel = (label: string, line: number): void => {
    if (ROW_NUMBER.test(label)) {
      problems.push({ line, severity: "warning", message: outlineMessages.numberColumnSkipped(line, label) });
      return;
    }
    // Side by side, one-level columns share a group without a label (one way to write each table).
    const last = groups[groups.length - 1];
    if (last && last.label === undefined) last.fields.push(field(label, undefined, usedIds));
    else groups.push({ fields: [field(label, undefined, usedIds)] });
  };
  for (let c = 0; c < width; ) {
    const label = upper(c);
    if (!label) {
      // A sub-header with no group above it (cells before the first group label).
      if (lower(c)) oneLevel(lower(c), sub.line);
      c++;
      continue;
    }
    let end = c + 1;
    while (end < width && !upper(end)) end++;
    const subs = Array.from({ length: end - c }, (_, k) => lower(c + k));
    if (subs.every((s) => !s)) oneLevel(label, top.line);
    else {
      if (subs.some((s) => !s))
        problems.push({ line: sub.line, severity: "warning", message: outlineMessages.emptyGroup(sub.line, label) });
      groups.push({ label, fields: subs.filter((s) => s).map((s) => field(s, label, usedIds)) });
    }
    c = end;
  }
  return groups;
}
