// Consolidation: unit reports (+ roster, period, deadline) → Summary. Pure and
// order-independent: the same files in any order give the same summary, and
// consolidating summaries of a partition gives the same totals as
// consolidating all units directly (sums compose; rates are recomputed).
//
// `consolidate` reads as its steps: order the files, assign each a status,
// match the units to the roster, total, flag outliers, compile the
// narratives, and describe the summary as the next level's report.
import { defaultDeadline, parsePeriod, type Period, type ReportMeta } from "../meta";
import { consolidation } from "../i18n/messages";
import type { Finding } from "../report";
import { templateFields, type Level, type Template } from "../templates";
import { templateHash } from "../templates/catalogue";
import { sameUnit } from "../units";
import { validateReport } from "../validate";
import { accountUnits, incompleteOf } from "./accounting";
import { identify } from "./identify";
import { consolidatingLevel, deadlineLevelFor, inputsLevel } from "./levels";
import { compileNarratives } from "./narratives";
import { findOutliers } from "./outliers";
import { choosePeriod } from "./period";
import { byFile, identityLabel, pickTemplate, type ReadReport } from "./read-report";
import { RosterIndex } from "./roster-match";
import { groupUnits } from "./statuses";
import type { ConsolidateOptions, FileOutcome, Summary, UnitFile, UnitRow } from "./types";
import { record } from "../records";

export * from "./types";
export { findPeriods } from "./period";
export { joinWithin } from "./narratives";

type Outcomes = Map<UnitFile, FileOutcome>;

/** Files in the order they are considered in; those that could not be read are rejected with the reader's reason. */
function orderFiles(inputs: UnitFile[], outcomes: Outcomes): { files: UnitFile[]; read: ReadReport[] } {
  const files = [...inputs].sort(byFile);
  const read: ReadReport[] = [];
  for (const f of files) {
    if (f.read.ok) read.push({ file: f, report: f.read.report, findings: validateReport(f.read.report) });
    else
      outcomes.set(f, {
        file: f.file,
        sha256: f.sha256,
        status: "rejected",
        late: false,
        reason: f.read.failure.message,
        findings: [],
      });
  }
  return { files, read };
}

/**
 * Each read file's status: rejected with its reason (no unit, another template or version, another period, the
 * consolidating unit's own summary), else a candidate to include.
 */
function assignStatuses(
  read: ReadReport[],
  outcomes: Outcomes,
  the: {
    template: Template;
    period: string;
    deadline: string;
    consolidatingUnit: ConsolidateOptions["consolidatingUnit"];
  },
): ReadReport[] {
  const { template, period, deadline, consolidatingUnit } = the;
  const candidates: ReadReport[] = [];
  for (const r of read) {
    const m = r.report.meta;
    const base: FileOutcome = {
      file: r.file.file,
      sha256: r.file.sha256,
      status: "rejected",
      unit: m.unitName,
      unitCode: m.unitCode,
      reportDate: m.reportDate,
      late: !!m.reportDate && m.reportDate > deadline,
      findings: r.findings,
    };
    const known = r.report.metaSource === "sheet" || parsePeriod(r.report.template, m.period) !== null;
    if (!known) outcomes.set(r.file, { ...base, unit: undefined, reason: consolidation.noUnit() });
    else if (m.templateId !== template.id)
      outcomes.set(r.file, {
        ...base,
        reason: consolidation.otherTemplate(r.report.template.name.vi, template.name.vi),
      });
    else if (r.report.template !== template && templateHash(r.report.template) !== templateHash(template)) {
      const reason = consolidation.otherTemplateVersion(
        template.name.vi,
        identityLabel(r.report.template),
        identityLabel(template),
      );
      outcomes.set(r.file, { ...base, reason });
    } else if (m.period !== period)
      outcomes.set(r.file, { ...base, reason: consolidation.otherPeriod(m.period, period) });
    else if (consolidatingUnit && sameUnit({ name: m.unitName, code: m.unitCode }, consolidatingUnit))
      outcomes.set(r.file, { ...base, reason: consolidation.ownSummary() });
    else {
      candidates.push(r);
      outcomes.set(r.file, { ...base, status: "included" });
    }
  }
  return candidates;
}

/**
 * Who each candidate is, against the roster; then one status per file within each unit. The included reports
 * become the summary's rows, in roster order, then by name.
 */
function matchRoster(
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
    })),
    roster,
  );
  const entries = candidates.map((c) => {
    const id = ids.get(c.file);
    const o = outcomes.get(c.file) as FileOutcome;
    if (id?.entry) o.rosterName = id.entry.name;
    const foreign =
      id?.entry && id.namedByFile ? consolidation.fileNameOther(id.namedByFile.name, id.entry.name) : undefined;
    const said = [
      id?.finding,
      foreign && { code: "file_name_other_unit", severity: "warning" as const, sheet: "", cell: "", message: foreign },
    ];
    o.findings = [...o.findings, ...said.filter((f): f is Finding => !!f)];
    return {
      key: c.file,
      report: c.report,
      sha256: c.file.sha256,
      file: c.file.file,
      group: id?.entry ? String(roster.indexOf(id.entry)) : undefined,
      foreign,
    };
  });
  const included: ReadReport[] = [];
  const candidateOf = new Map(candidates.map((c) => [c.file, c]));
  for (const g of groupUnits(entries, keep)) {
    for (const d of g.decisions) {
      const o = outcomes.get(d.key) as FileOutcome;
      o.status = d.status;
      if (d.reason) o.reason = d.reason;
      if (d.notKept) o.notKept = true;
      if (d.status === "included") included.push(candidateOf.get(d.key) as ReadReport);
    }
  }

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

/** Each field summed over the units; each rate recomputed from the summed numerator and denominator. */
function total(template: Template, units: UnitRow[]): Pick<Summary, "totals" | "rates"> {
  const totals = record<number>();
  for (const f of templateFields(template)) {
    totals[f.id] = units.reduce((sum, u) => sum + (u.readings[f.id]?.value ?? 0), 0);
  }
  const rates = record<number | null>();
  for (const table of template.tables) {
    for (const r of table.rates)
      rates[r.id] = totals[r.denominator] > 0 ? totals[r.numerator] / totals[r.denominator] : null;
  }
  return { totals, rates };
}

/** An included unit's figure far from the others' becomes a finding on its file. */
function flagOutliers(template: Template, units: UnitRow[], outcomes: Outcomes): void {
  const includedOutcome = new Map(
    [...outcomes.values()].filter((x) => x.status === "included").map((x) => [x.file, x]),
  );
  for (const o of findOutliers(template, units)) {
    const outcome = includedOutcome.get(o.file);
    if (outcome) outcome.findings = [...outcome.findings, o.finding];
  }
}

/**
 * The summary as the next level's report: the consolidating unit's details as given. Not built through
 * reportMetaFromInput: these details arrive already parsed (ISO date, known level), not as typed text.
 */
function describeNextLevel(
  template: Template,
  consolidatingUnit: ConsolidateOptions["consolidatingUnit"],
  level: Level,
  period: string,
): ReportMeta {
  return {
    templateId: template.id,
    templateVersion: template.version,
    unitName: consolidatingUnit?.name ?? consolidation.unnamedUnit().vi,
    ...(consolidatingUnit?.code ? { unitCode: consolidatingUnit.code } : {}),
    level,
    period,
    ...(consolidatingUnit?.reportDate ? { reportDate: consolidatingUnit.reportDate } : {}),
    ...(consolidatingUnit?.issuer ? { issuer: consolidatingUnit.issuer } : {}),
    ...(consolidatingUnit?.place ? { place: consolidatingUnit.place } : {}),
  };
}

export function consolidate(inputs: UnitFile[], opts: ConsolidateOptions = {}): Summary | null {
  const outcomes: Outcomes = new Map();
  const { files, read } = orderFiles(inputs, outcomes);
  const template = pickTemplate(read, opts);
  if (!template) return null;
  const inputLevel = inputsLevel(read);
  const level = consolidatingLevel(opts, inputLevel);
  const deadlineLevel = deadlineLevelFor(level, inputLevel);
  const periodChoice = choosePeriod(template, files, {
    period: opts.period,
    deadline: opts.deadline,
    level: deadlineLevel,
  });
  if (!periodChoice) return null;
  const period = periodChoice.period;
  const deadline = opts.deadline ?? defaultDeadline(template, parsePeriod(template, period) as Period, deadlineLevel);

  const candidates = assignStatuses(read, outcomes, {
    template,
    period,
    deadline,
    consolidatingUnit: opts.consolidatingUnit,
  });
  const roster = new RosterIndex(opts.roster ?? []);
  const { included, units } = matchRoster(candidates, outcomes, roster, opts.keep ?? []);
  const { totals, rates } = total(template, units);
  flagOutliers(template, units, outcomes);
  const narratives = compileNarratives(template, included, units);
  const meta = describeNextLevel(template, opts.consolidatingUnit, level, period);

  // Listed by path, as a file manager shows them.
  const fileList = [...files]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : byFile(a, b)))
    .map((f) => outcomes.get(f) as FileOutcome);
  const { missing, unresolved } = accountUnits(fileList, units, roster);
  return {
    template,
    period,
    periodChoice,
    meta,
    deadline,
    deadlineSource: opts.deadline ? "option" : "template",
    deadlineLevel,
    totals,
    rates,
    units,
    files: fileList,
    missing,
    unresolved,
    ...incompleteOf(units),
    late: units.filter((u) => u.late).map((u) => u.name),
    narratives,
    rosterGiven: roster.entries.length > 0,
    skipped: opts.skipped ?? [],
  };
}
