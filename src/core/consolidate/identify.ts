// Who each report is from, against the roster, as people write names: exact
// (code, or name across Unicode forms, case, prefixes, tone placement), then
// without diacritics when the name was typed without them, then a near miss
// (one letter or tone apart) when it fits exactly one roster unit that no
// other file claims — with a warning naming both spellings. Ambiguous fits
// are listed, never merged. The file name is a second witness: a report
// whose file name names another roster unit is flagged.
import { consolidation } from "../i18n/messages";
import { fileLabel } from "../paths";
import type { Finding } from "../vocabulary";
import type { RosterEntry } from "../roster";
import { unaccented } from "../text";
import { nameKey, type UnitIdentity } from "../units";
import { RosterIndex } from "./roster-match";

export interface Identity {
  entry?: RosterEntry;
  /** Near miss used, ambiguous name or not on the roster: said on the file. */
  finding?: Finding;
  /** The roster unit the file name names, when it is another than the report's. */
  namedByFile?: RosterEntry;
  /** Not on the roster: the roster units its name is close to (none, or several: never merged). */
  fits?: RosterEntry[];
}

export interface Claim<K> extends UnitIdentity {
  key: K;
  file: string;
  /** The report prints no unit: its name is the file's, so the roster unit its file name names is who it is. */
  fromFileName?: boolean;
}

export function identify<K>(claims: Claim<K>[], roster: RosterIndex): Map<K, Identity> {
  if (roster.entries.length === 0) return namedByOthers(claims);
  const out = new Map<K, Identity>();
  const claimed = new Set<RosterEntry>();
  const loose: { c: Claim<K>; fits: RosterEntry[] }[] = [];
  for (const c of claims) {
    const byFileName = c.fromFileName ? roster.namedInFileName(fileLabel(c.file)) : [];
    const exact = roster.match(c) ?? (byFileName.length === 1 ? byFileName[0] : undefined);
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
      out.set(c.key, { finding: { ...at, code: "unit_not_in_roster", message }, fits });
    }
  }
  for (const c of claims) {
    const id = out.get(c.key) as Identity;
    const named = roster.namedInFileName(fileLabel(c.file));
    if (id.entry && named.length === 1 && named[0] !== id.entry) id.namedByFile = named[0];
  }
  return out;
}

/**
 * Without a roster, the file name is still a witness: checked against the units found in the inbox, a
 * report whose file name names another of them ("Báo cáo xã Xuân Lao.xlsx" holding Búng Lao's form) is
 * flagged and never replaces that unit's own report.
 */
function namedByOthers<K>(claims: Claim<K>[]): Map<K, Identity> {
  const out = new Map<K, Identity>();
  const found = new Map<string, RosterEntry>();
  for (const c of claims) if (!c.fromFileName) found.set(nameKey(c.name), { name: c.name });
  const inbox = new RosterIndex([...found.values()]);
  for (const c of claims) {
    if (c.fromFileName) continue;
    const own = inbox.match(c);
    const named = inbox.namedInFileName(fileLabel(c.file));
    if (own && named.length === 1 && named[0] !== own) out.set(c.key, { namedByFile: named[0] });
  }
  return out;
}
