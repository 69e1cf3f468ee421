// Counts written the Vietnamese way, in a count cell: "không", "không có",
// "-", "–", "—", "x" for none, and a number followed by what it counts
// ("12 em", "3 cuộc", "2 công trình"). Read and counted with a warning that
// shows the reading, but only when unambiguous: the noun must fit the field
// ("12 em" in a count of children; "3 vụ" in a count of children is not, since
// cases are not children). Anything else stays an error (with the number as a
// suggestion, for a person to confirm).
import { labelKey } from "../form/labels";

/** Words that mean none in a count cell. Not "chưa có" ("no data yet" is not zero). */
const NONE = new Set(["không", "không có", "khong", "khong co", "-", "x"]);

/**
 * Nouns people write after a count, each with the words of a field's unit or
 * label that make it fit: "em" fits any count of children.
 */
const NOUNS: [nouns: string[], fits: string[]][] = [
  [["em", "trẻ", "trẻ em", "cháu", "tre", "tre em"], ["trẻ"]],
  [["người"], ["người", "trẻ"]],
  [["lượt", "lượt người", "lượt trẻ"], ["lượt"]],
  [["cuộc"], ["cuộc", "hoạt động", "kiểm tra", "giám sát", "diễn đàn", "hội nghị", "hội thi"]],
  [["công trình"], ["công trình"]],
  [["điểm"], ["điểm"]],
  [["lớp"], ["lớp"]],
  [["diễn đàn"], ["diễn đàn"]],
  [["hoạt động"], ["hoạt động"]],
  [
    ["thôn", "tổ", "thôn tổ"],
    ["thôn", "tổ dân phố"],
  ],
  [
    ["xã", "phường", "xã phường"],
    ["xã", "phường"],
  ],
  [["vụ"], ["vụ"]],
];

/** Long runs are not counts: cut before matching, so no text costs more than this. */
const MAX_TEXT = 60;

export type CountReading = { value: number; how: "none_word" | "with_noun" } | { suggestion: number };

/**
 * What text in a count cell says, read the Vietnamese way: a count (and how it
 * was read), the number to suggest when a known noun does not fit the field,
 * or null (not a count written with a known word).
 * `fieldText` is the field's unit where it has one ("trẻ em", "cuộc"), else its label: never the group's label,
 * which may name children for a count of works ("Công trình dành cho trẻ em").
 */
export function countFromWords(text: string, fieldText: string): CountReading | null {
  if (text.length > MAX_TEXT) return null;
  const s = text
    .normalize("NFC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("vi");
  if (NONE.has(s)) return { value: 0, how: "none_word" };
  const m = /^(\d{1,3}(?:[. ]\d{3})*|\d+) ?(\p{L}[\p{L} ]{0,30})$/u.exec(s);
  if (!m) return null;
  const n = Number(m[1].replace(/[. ]/g, ""));
  if (!Number.isSafeInteger(n)) return null;
  const noun = m[2].trim();
  const entry = NOUNS.find(([nouns]) => nouns.includes(noun));
  // Any other word (a money word above all: "15 triệu" is not 15 of anything) is not ours to read.
  if (!entry) return null;
  const field = labelKey(fieldText);
  return entry[1].some((w) => field.includes(labelKey(w))) ? { value: n, how: "with_noun" } : { suggestion: n };
}
