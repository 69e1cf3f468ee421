// Who each report is from, against the roster, as people write names: exact
// (code, or name across Unicode forms, case, prefixes, tone placement), then
// without diacritics when the name was typed without them, then a near miss
// (one letter or tone apart) when it fits exactly one roster unit that no
// other file claims — with a warning naming both spellings. Ambiguous fits
// are listed, never merged. The file name is a second witness: a report
// whose file name names another roster unit is flagged.
import { consolidation } from "../i18n/messages";
import { baseName } from "../paths";
import type { Finding } from "../vocabulary";
import type { RosterEntry } from "../roster";
import { unaccented } from "../text";
import { nameKey, type UnitIdentity } from "../units";
import type { RosterIndex } from "./roster-match";

export interface Identity {
  entry?: RosterEntry;
  /** Near miss used, ambiguous name or not on the roster: said on the file. */
  finding?: Finding;
  /** The roster unit the file name names, when it is another than the report's. */
  namedByFile?: RosterEntry;
}

export interface Claim<K> extends UnitIdentity {
  key: K;
  file: string;
}

/** The file's own name: the last part of a path or of "archive.zip › member.xlsx". */
export function fileLabel(file: string): string {
  return (baseName(file).split("›").pop() ?? file).trim();
}

export function identify<K>(claims: Claim<K>[], roster: RosterIndex): Map<K, Identity> {
  const out = new Map<K, Identity>();
  if (roster.entries.length === 0) return out;
  const claimed = new Set<RosterEntry>();
  const loose: { c: Claim<K>; fits: RosterEntry[] }[] = [];
  for (const c of claims) {
    const exact = roster.match(c);
    const plain = unaccented(c.name) ? roster.sameWithoutDiacritics(c.name) : [];
    const entry = exact ?? (plain.length === 1 ? plain[0] : undefined);
    if (entry) {
      claimed.add(entry);
      out.set(c.key, { entry });
    } else {
      const fits = new Set([...roster.sameWithoutDiacritics(c.name), ...roster.nearMisses(nameKey(c.name))]);
      loose.push({ c, fits: [...fits].sort((a, b) => roster.indexOf(a) - roster.indexOf(b)) });
    }
  }
  // A near miss is used only when it is the one fit, unclaimed, and no other spelling points at it.
  const spellings = new Map<RosterEntry, Set<string>>();
  for (const l of loose) {
    if (l.fits.length === 1) spellings.set(l.fits[0], (spellings.get(l.fits[0]) ?? new Set()).add(nameKey(l.c.name)));
  }
  for (const { c, fits } of loose) {
    const e = fits.length === 1 ? fits[0] : undefined;
    const at = { severity: "warning" as const, sheet: "", cell: "" };
    if (e && !claimed.has(e) && spellings.get(e)?.size === 1) {
      out.set(c.key, {
        entry: e,
        finding: { ...at, code: "unit_near_match", message: consolidation.nearMatch(c.name, e.name) },
      });
    } else {
      const message = consolidation.notInRoster(
        c.name,
        fits.map((f) => f.name),
      );
      out.set(c.key, { finding: { ...at, code: "unit_not_in_roster", message } });
    }
  }
  for (const c of claims) {
    const id = out.get(c.key) as Identity;
    const named = roster.namedInFileName(fileLabel(c.file));
    if (id.entry && named.length === 1 && named[0] !== id.entry) id.namedByFile = named[0];
  }
  return out;
}
