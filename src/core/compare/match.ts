// Each unit of this period matched to its own history, as the roster matches units: the same unit (code, or
// name across Unicode forms, case, prefixes, tone placement); the units the roster's remark names as merged
// into it (their figures summed: a commune made in 2025 has its old communes' history); then a name typed
// without diacritics or one letter or tone apart, when it is the one such name of last period and no other
// unit claims it. Nothing is guessed beyond that: a unit with no history is said so.
import { RosterIndex } from "../consolidate/roster-match";
import type { UnitRow } from "../consolidate/types";
import type { RosterEntry } from "../roster";
import { unaccented } from "../text";
import { nameKey } from "../units";
import type { HistoryMatch, PreviousUnit } from "./types";

export interface History {
  match: HistoryMatch;
  previous: PreviousUnit[];
}

export function matchHistory(
  units: UnitRow[],
  previous: PreviousUnit[],
  roster: RosterEntry[],
): { history: Map<UnitRow, History>; previousOnly: PreviousUnit[] } {
  const entries = previous.map((p): RosterEntry => ({ name: p.name, ...(p.code ? { code: p.code } : {}) }));
  const unitOf = new Map(entries.map((e, i) => [e, previous[i]]));
  const index = new RosterIndex(entries);
  const rosterIndex = new RosterIndex(roster);
  const claimed = new Set<PreviousUnit>();
  const history = new Map<UnitRow, History>();
  const take = (u: UnitRow, match: HistoryMatch, found: PreviousUnit[]) => {
    found.forEach((p) => claimed.add(p));
    history.set(u, { match, previous: found });
  };

  // The same unit first, for every unit: a near miss must never take another unit's own history.
  for (const u of units) {
    const e = index.match({ name: u.name, code: u.code });
    const p = e && unitOf.get(e);
    if (p && !claimed.has(p)) take(u, "same", [p]);
  }
  // Merged units the roster's remark names: summed into the new unit's history (with its own, if it had one).
  if (rosterIndex.entries.length > 0) {
    for (const u of units) {
      const entry = rosterIndex.match({ name: u.name, code: u.code });
      if (!entry?.remark) continue;
      const merged = previous.filter((p) => !claimed.has(p) && rosterIndex.remarksNaming(p.name).includes(entry));
      if (merged.length === 0) continue;
      take(u, "merged", [...(history.get(u)?.previous ?? []), ...merged]);
    }
  }
  // Then spellings: the one unclaimed name of last period without diacritics, or one letter or tone apart.
  for (const u of units) {
    if (history.has(u)) continue;
    const loose = [
      // Either name typed without diacritics ("Xa Bung Lao" last year, "Xã Búng Lao" now, or the other way).
      ...index.sameWithoutDiacritics(u.name).filter((e) => unaccented(u.name) || unaccented(e.name)),
      ...index.nearMisses(nameKey(u.name)),
    ]
      .map((e) => unitOf.get(e) as PreviousUnit)
      .filter((p) => !claimed.has(p));
    const fits = [...new Set(loose)];
    if (fits.length === 1) take(u, "spelling", fits);
  }
  for (const u of units) if (!history.has(u)) history.set(u, { match: "none", previous: [] });
  return { history, previousOnly: previous.filter((p) => !claimed.has(p)) };
}
