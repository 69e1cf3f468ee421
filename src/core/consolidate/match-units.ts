// Who each candidate report is from, against the roster, and which of each
// unit's files counts. With a roster, a report from a unit that is not on it
// is held ("Chờ xác nhận"), not added to the totals, until the user keeps it:
// an old name from before a merger must not be counted beside the new commune.
// The included reports become the summary's rows, in roster order, then by name.
import { consolidation } from "../i18n/messages";
import type { Finding } from "../vocabulary";
import { identify, type Identity } from "./identify";
import { byFile, type ReadReport } from "./read-report";
import type { RosterIndex } from "./roster-match";
import { groupUnits } from "./statuses";
import type { FileOutcome, UnitFile, UnitRow } from "./types";

type Outcomes = Map<UnitFile, FileOutcome>;

/** With a roster, a report of a unit not on it is held (status, code, reason) unless the user kept its file. */
function holdOffRoster(
  candidates: ReadReport[],
  ids: Map<UnitFile, Identity>,
  outcomes: Outcomes,
  roster: RosterIndex,
  keep: string[],
): ReadReport[] {
  return candidates.filter((c) => {
    const id = ids.get(c.file);
    if (roster.entries.length === 0 || id?.entry || keep.includes(c.file.file)) return true;
    const o = outcomes.get(c.file) as FileOutcome;
    const unit = c.report.meta.unitName;
    o.status = "held";
    o.reasonCode = "not_in_roster";
    const fits = (id?.fits ?? []).map((e) => e.name);
    o.reason = consolidation.heldNotInRoster(
      unit,
      fits,
      roster.remarksNaming(unit).map((e) => e.name),
    );
    return false;
  });
}

/** Each unit's files settled (statuses.ts), the decisions written on their outcomes; the included reports. */
function settle(
  counted: ReadReport[],
  ids: Map<UnitFile, Identity>,
  outcomes: Outcomes,
  roster: RosterIndex,
  keep: string[],
): ReadReport[] {
  const entries = counted.map((c) => {
    const id = ids.get(c.file);
    const o = outcomes.get(c.file) as FileOutcome;
    // The roster's name for the unit: the status sheet, the CLI, --json and the feedback name it so.
    if (id?.entry) o.rosterName = id.entry.name;
    const foreign = id?.namedByFile
      ? consolidation.fileNameOther(id.namedByFile.name, id.entry?.name ?? c.report.meta.unitName)
      : undefined;
    const said = [
      id?.finding,
      foreign && { code: "file_name_other_unit", severity: "warning" as const, sheet: "", cell: "", message: foreign },
    ];
    o.findings = [...o.findings, ...said.filter((f): f is Finding => !!f)];
    const group = id?.entry ? String(roster.indexOf(id.entry)) : undefined;
    return { key: c.file, report: c.report, sha256: c.file.sha256, file: c.file.file, group, foreign };
  });
  const included: ReadReport[] = [];
  const candidateOf = new Map(counted.map((c) => [c.file, c]));
  for (const g of groupUnits(entries, keep)) {
    for (const d of g.decisions) {
      const o = outcomes.get(d.key) as FileOutcome;
      o.status = d.status;
      if (d.reason) o.reason = d.reason;
      if (d.reasonCode) o.reasonCode = d.reasonCode;
      if (d.notKept) o.notKept = true;
      if (d.said)
        o.findings = [
          ...o.findings,
          { code: "kept_correction", severity: "warning", sheet: "", cell: "", message: d.said },
        ];
      if (d.status === "included") included.push(candidateOf.get(d.key) as ReadReport);
    }
  }
  return included;
}

export function matchUnits(
  candidates: ReadReport[],
  outcomes: Outcomes,
  roster: RosterIndex,
  keep: string[],
): { included: ReadReport[]; units: UnitRow[] } {
  const ids = identify(
    candidates.map((c) => ({
      key: c.file,
      name: c.report.meta.unitName,
      code: c.report.meta.unitCode,
      file: c.file.file,
      fromFileName: c.report.metaSource === "file-name",
    })),
    roster,
  );
  const counted = holdOffRoster(candidates, ids, outcomes, roster, keep);
  const included = settle(counted, ids, outcomes, roster, keep);

  const entryOf = (r: ReadReport) => ids.get(r.file)?.entry;
  const order = (r: ReadReport) => {
    const entry = entryOf(r);
    return entry ? roster.indexOf(entry) : roster.entries.length;
  };
  included.sort(
    (a, b) =>
      order(a) - order(b) ||
      a.report.meta.unitName.localeCompare(b.report.meta.unitName, "vi") ||
      byFile(a.file, b.file),
  );
  const units: UnitRow[] = included.map((r) => ({
    name: entryOf(r)?.name ?? r.report.meta.unitName,
    code: r.report.meta.unitCode ?? entryOf(r)?.code,
    file: r.file.file,
    sha256: r.file.sha256,
    reportDate: r.report.meta.reportDate,
    late: (outcomes.get(r.file) as FileOutcome).late,
    readings: r.report.readings,
  }));
  return { included, units };
}
