// The roster, indexed once: matching a unit costs a map lookup instead of a
// scan that normalises every name again (a province has thousands of units).
// Same rule as sameUnit: by code when both sides have one, else by name; of
// several entries that fit, the first in roster order. Looser fits (no
// diacritics, one letter or tone apart) are offered separately: the caller
// decides whether they are unique enough to use.
import type { RosterEntry } from "../roster";
import { codeKey, fold, foldedKey, nameKey, nearMissKeys, type UnitIdentity } from "../units";

export class RosterIndex {
  private readonly position = new Map<RosterEntry, number>();
  private readonly byCode = new Map<string, RosterEntry[]>();
  private readonly byName = new Map<string, RosterEntry[]>();
  private readonly byFolded = new Map<string, RosterEntry[]>();
  private readonly keys: { entry: RosterEntry; key: string; folded: string }[];

  constructor(readonly entries: RosterEntry[]) {
    entries.forEach((e, i) => {
      this.position.set(e, i);
      if (e.code) push(this.byCode, codeKey(e.code), e);
      push(this.byName, nameKey(e.name), e);
      push(this.byFolded, foldedKey(e.name), e);
    });
    this.keys = entries.map((entry) => ({ entry, key: nameKey(entry.name), folded: foldedKey(entry.name) }));
  }

  /** The roster entry of a unit, or undefined. */
  match(unit: UnitIdentity): RosterEntry | undefined {
    const fits = [
      ...(unit.code ? this.byCode.get(codeKey(unit.code)) ?? [] : []),
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
   * The roster units a file name mentions ("bao cao xa Xuan Lao (1).xlsx" →
   * Xã Xuân Lao), compared without diacritics, as whole words. Of names that
   * contain one another ("Mường Ảng" in "Thị trấn Mường Ảng") the longest.
   */
  namedInFileName(fileName: string): RosterEntry[] {
    const words = ` ${fold(fileName.replace(/\.[a-z0-9]+$/i, "")).replace(/[^a-z0-9]+/g, " ")} `;
    const hits = this.keys.filter((k) => k.folded.length >= 3 && words.includes(` ${k.folded.replace(/[^a-z0-9]+/g, " ").trim()} `));
    return hits.filter((h) => !hits.some((o) => o !== h && o.folded.length > h.folded.length && o.folded.includes(h.folded))).map((h) => h.entry);
  }
}

function push(map: Map<string, RosterEntry[]>, key: string, e: RosterEntry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}
