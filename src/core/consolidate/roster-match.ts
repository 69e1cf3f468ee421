// The roster, indexed once: matching a unit costs a map lookup instead of a
// scan that normalises every name again (a province has thousands of units).
// Same rule as sameUnit: by code when both sides have one, else by name; of
// several entries that fit, the first in roster order. Looser fits (no
// diacritics, one letter or tone apart) are offered separately: the caller
// decides whether they are unique enough to use.
import type { RosterEntry } from "../roster";
import { fold } from "../text";
import { codeKey, foldedKey, nameKey, nearMissKeys, type UnitIdentity } from "../units";

export class RosterIndex {
  private readonly position = new Map<RosterEntry, number>();
  private readonly byCode = new Map<string, RosterEntry[]>();
  private readonly byName = new Map<string, RosterEntry[]>();
  private readonly byFolded = new Map<string, RosterEntry[]>();
  private readonly keys: { entry: RosterEntry; key: string; folded: string }[];
  /** Names as plain words ("bung lao"), for finding them in file names. */
  private readonly byWords = new Map<string, RosterEntry[]>();

  constructor(readonly entries: RosterEntry[]) {
    entries.forEach((e, i) => {
      this.position.set(e, i);
      if (e.code) push(this.byCode, codeKey(e.code), e);
      push(this.byName, nameKey(e.name), e);
      push(this.byFolded, foldedKey(e.name), e);
    });
    this.keys = entries.map((entry) => ({ entry, key: nameKey(entry.name), folded: foldedKey(entry.name) }));
    for (const k of this.keys) {
      const w = plainWords(k.folded);
      if (w.length >= 3) push(this.byWords, w, k.entry);
    }
  }

  /** The roster entry of a unit, or undefined. */
  match(unit: UnitIdentity): RosterEntry | undefined {
    const fits = [
      ...(unit.code ? (this.byCode.get(codeKey(unit.code)) ?? []) : []),
      ...(this.byName.get(nameKey(unit.name)) ?? []).filter((e) => !(unit.code && e.code)),
    ];
    return fits.sort((a, b) => this.indexOf(a) - this.indexOf(b))[0];
  }

  indexOf(e: RosterEntry): number {
    return this.position.get(e) ?? this.entries.length;
  }

  /** Entries with the same name once diacritics are dropped ("Xa Bung Lao" → Xã Búng Lao). */
  sameWithoutDiacritics(name: string): RosterEntry[] {
    return this.byFolded.get(foldedKey(name)) ?? [];
  }

  /** Roster entries one letter or tone apart from a name (its key computed by the caller). */
  nearMisses(key: string): RosterEntry[] {
    return this.keys.filter((k) => nearMissKeys(k.key, key)).map((k) => k.entry);
  }

  /**
   * The roster units whose remark ("Ghi chú") names a unit, as merger notes do ("sáp nhập xã Quảng Trung,
   * xã Quảng Tùng"), compared without diacritics, as whole words.
   */
  remarksNaming(name: string): RosterEntry[] {
    const words = plainWords(foldedKey(name));
    if (words.length < 3) return [];
    const phrase = ` ${words} `;
    return this.entries.filter((e) => {
      if (!e.remark) return false;
      const remark = ` ${plainWords(fold(e.remark)).split(" ").slice(0, MAX_REMARK_WORDS).join(" ")} `;
      return remark.includes(phrase);
    });
  }

  /**
   * The roster units a file name mentions ("bao cao xa Xuan Lao (1).xlsx" →
   * Xã Xuân Lao), compared without diacritics, as whole words. Of names that
   * contain one another ("Mường Ảng" in "Thị trấn Mường Ảng") the longest.
   */
  namedInFileName(fileName: string): RosterEntry[] {
    const words = plainWords(fold(fileName.replace(/\.[a-z0-9]+$/i, ""))).split(" ");
    const hits: { entry: RosterEntry; length: number; at: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= Math.min(MAX_NAME_WORDS, words.length - i); n++) {
        const phrase = words.slice(i, i + n).join(" ");
        for (const entry of this.byWords.get(phrase) ?? []) hits.push({ entry, length: n, at: i });
      }
    }
    // "Mường Ảng" inside "Thị trấn Mường Ảng" is not a second unit: a hit inside a longer one is dropped.
    const inside = (h: (typeof hits)[0], o: (typeof hits)[0]) =>
      o !== h && o.length > h.length && o.at <= h.at && h.at + h.length <= o.at + o.length;
    return [...new Set(hits.filter((h) => !hits.some((o) => inside(h, o))).map((h) => h.entry))];
  }
}

/** Names are a few words long: longer runs of a file name are not looked up. */
const MAX_REMARK_WORDS = 80;

const MAX_NAME_WORDS = 6;

function plainWords(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, " ").trim();
}

function push(map: Map<string, RosterEntry[]>, key: string, e: RosterEntry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}
