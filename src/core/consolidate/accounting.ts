// Every roster unit accounted for: counted, "đã nộp, cần xử lý" (it sent
// files that cannot be counted yet: a conflict to settle, or only rejected
// files — last year's form, an unreadable file), or "chưa nộp" (nothing at
// all). And whether the totals are complete.
import { consolidation } from "../i18n/messages";
import type { RosterEntry } from "../roster";
import { templateFields, type Template } from "../templates";
import { nameKey, nearMissKeys } from "../units";
import { fileLabel } from "../paths";
import type { RosterIndex } from "./roster-match";
import type { FileOutcome, Incomplete, MissingUnit, UnitRow, UnresolvedUnit } from "./types";

/** The roster unit a file that is not counted belongs to: by the report's unit, else by its file name. */
function entryOfFile(o: FileOutcome, roster: RosterIndex): RosterEntry | undefined {
  const named = roster.namedInFileName(fileLabel(o.file));
  const byName = named.length === 1 ? named[0] : undefined;
  if (o.findings.some((f) => f.code === "file_name_other_unit")) return byName;
  if (o.rosterName) return roster.match({ name: o.rosterName });
  const unit = o.unit ? roster.match({ name: o.unit, code: o.unitCode }) : undefined;
  return unit ?? byName;
}

export function accountUnits(
  files: FileOutcome[],
  units: UnitRow[],
  roster: RosterIndex,
): { missing: MissingUnit[]; unresolved: UnresolvedUnit[] } {
  const counted = new Set(units.map((u) => nameKey(u.name)));
  const pending = new Map<string, { name: string; code?: string; files: FileOutcome[]; order: number }>();
  for (const o of files) {
    if (o.status !== "conflict" && o.status !== "rejected" && o.status !== "held") continue;
    if (o.reasonCode === "own_summary") continue;
    const entry = roster.entries.length && o.status !== "held" ? entryOfFile(o, roster) : undefined;
    // A held unit is on no roster line: it is named as its report names itself, after the roster's units.
    const name = entry?.name ?? (roster.entries.length && o.status !== "held" ? undefined : o.unit);
    if (!name || counted.has(nameKey(name))) continue;
    const key = nameKey(name);
    const p = pending.get(key) ?? {
      name,
      ...(entry?.code ? { code: entry.code } : {}),
      files: [],
      order: entry ? roster.indexOf(entry) : roster.entries.length,
    };
    p.files.push(o);
    pending.set(key, p);
  }
  // In roster order, as the status sheet lists units; then by name.
  const sorted = [...pending.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, "vi"));
  const unresolved: UnresolvedUnit[] = sorted.map((p) => {
    const conflict = p.files.find((f) => f.status === "conflict" || f.status === "held");
    const reason = conflict?.reason ?? consolidation.onlyRejected(p.files[0].reason ?? { vi: "", en: "" });
    return { name: p.name, ...(p.code ? { code: p.code } : {}), files: p.files.map((f) => f.file), reason };
  });

  // Files whose unit is on no roster line, with their name keys: where a missing unit may hide.
  const strays = files
    .filter((o) => o.unit && !o.rosterName && !roster.match({ name: o.unit, code: o.unitCode }))
    .map((o) => ({ o, key: nameKey(o.unit as string) }));
  const missing: MissingUnit[] = roster.entries
    .filter((e) => !counted.has(nameKey(e.name)) && !pending.has(nameKey(e.name)))
    .map((e) => {
      const key = nameKey(e.name);
      const near = strays.filter((x) => nearMissKeys(key, x.key)).map((x) => x.o);
      return near.length
        ? {
            ...e,
            note: consolidation.maybeFile(near.map((o) => ({ file: fileLabel(o.file), unit: o.unit as string }))),
          }
        : { ...e };
    });
  return { missing, unresolved };
}

/** A unit's cells whose value could not be read: shown as the unit wrote them, never added to a total. */
export function cellsLeftOut(u: Pick<UnitRow, "readings">): number {
  return Object.values(u.readings).filter((r) => r.value === null).length;
}

/** Error cells and fields not found of the counted units: their values are not in the totals. */
export function incompleteOf(template: Template, units: UnitRow[]): { incomplete?: Incomplete } {
  const fields = templateFields(template);
  const bad = units.map((u) => ({
    cells: cellsLeftOut(u),
    missing: fields.filter((f) => !u.readings[f.id]).length,
  }));
  const errorCells = bad.reduce((a, b) => a + b.cells, 0);
  const missingFields = bad.reduce((a, b) => a + b.missing, 0);
  const unitsShort = bad.filter((b) => b.cells + b.missing > 0).length;
  return unitsShort > 0 ? { incomplete: { errorCells, missingFields, units: unitsShort } } : {};
}
