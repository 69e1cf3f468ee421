// Consolidation: unit reports (+ roster, period, deadline) → Summary. Pure and
// order-independent: the same files in any order give the same summary, and
// consolidating summaries of a partition gives the same totals as
// consolidating all units directly (sums compose; rates are recomputed).
//
// `consolidate` reads as its steps: order the files, assign each a status,
// match the units to the roster, total, flag outliers, compile the
// narratives, and describe the summary as the next level's report.
import { defaultDeadline, DOCUMENT_DETAIL_KEYS, parsePeriod, type Period, type ReportMeta } from "../meta";
import { consolidation } from "../i18n/messages";
import { templateFields, templateRates, type Level, type Template } from "../templates";
import { validateReport } from "../validate";
import { accountUnits, incompleteOf } from "./accounting";
import { attachExplanations, type ReturnedFile } from "./explanations";
import { matchUnits } from "./match-units";
import { assignStatuses } from "./admit";
import { consolidatingLevel, deadlineLevelFor, inputsLevel } from "./levels";
import { compileNarratives } from "./narratives";
import { findOutliers } from "./outliers";
import { choosePeriod } from "./period";
import { byFile, pickTemplate, type ReadReport } from "./read-report";
import { RosterIndex } from "./roster-match";
import { formatVnDate } from "../dates";
import type { Consolidation, ConsolidateOptions, FileOutcome, Summary, UnitFile, UnitRow } from "./types";
import { record } from "../records";

export * from "./types";
export { findPeriods } from "./period";
export { joinWithin } from "./narratives";
export { isExplained, openFindings } from "./explanations";

type Outcomes = Map<UnitFile, FileOutcome>;

/**
 * Files in the order they are considered in; those that could not be read are rejected with the reader's
 * reason, and feedback workbooks sent back are set aside for their answers.
 */
function orderFiles(
  inputs: UnitFile[],
  outcomes: Outcomes,
): { files: UnitFile[]; read: ReadReport[]; returned: ReturnedFile[] } {
  const files = [...inputs].sort(byFile);
  const read: ReadReport[] = [];
  const returned: ReturnedFile[] = [];
  for (const f of files) {
    if (f.read.ok) read.push({ file: f, report: f.read.report, findings: validateReport(f.read.report) });
    else if (f.read.feedback) {
      const outcome: FileOutcome = {
        file: f.file,
        sha256: f.sha256,
        status: "feedback",
        ...(f.read.feedback.unitName ? { unit: f.read.feedback.unitName } : {}),
        ...(f.read.feedback.unitCode ? { unitCode: f.read.feedback.unitCode } : {}),
        late: false,
        reason: f.read.failure.message,
        reasonCode: f.read.failure.code,
        findings: [],
      };
      outcomes.set(f, outcome);
      returned.push({ outcome, feedback: f.read.feedback });
    } else
      outcomes.set(f, {
        file: f.file,
        sha256: f.sha256,
        status: "rejected",
        late: false,
        reason: f.read.failure.message,
        reasonCode: f.read.failure.code,
        findings: [],
      });
  }
  return { files, read, returned };
}

/** Each field summed over the units; each rate recomputed from the summed numerator and denominator. */
function total(template: Template, units: UnitRow[]): Pick<Summary, "totals" | "rates"> {
  const totals = record<number>();
  for (const f of templateFields(template)) {
    totals[f.id] = units.reduce((sum, u) => sum + (u.readings[f.id]?.value ?? 0), 0);
  }
  return { totals, rates: templateRates(template, totals) };
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
    ...Object.fromEntries(
      DOCUMENT_DETAIL_KEYS.filter((k) => consolidatingUnit?.[k]).map((k) => [k, consolidatingUnit?.[k]]),
    ),
  };
}

/** Files listed by path, as a file manager shows them. */
function byPath(files: UnitFile[], outcomes: Outcomes): FileOutcome[] {
  return [...files]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : byFile(a, b)))
    .map((f) => outcomes.get(f) as FileOutcome);
}

/** No template or period can be told: each read file that has no outcome yet is rejected for want of a unit. */
function noReport(files: UnitFile[], read: ReadReport[], outcomes: Outcomes): Consolidation {
  for (const r of read) {
    if (outcomes.has(r.file)) continue;
    const reason = consolidation.noUnit();
    outcomes.set(r.file, {
      file: r.file.file,
      sha256: r.file.sha256,
      status: "rejected",
      late: false,
      reason,
      reasonCode: "no_unit",
      findings: r.findings,
    });
  }
  return { files: byPath(files, outcomes), nothing: { code: "no_report", message: consolidation.noReport() } };
}

/** No report is of the period chosen, but some are of others: say which, and why this period was chosen. */
function otherPeriodsOnly(summary: Summary): Consolidation | undefined {
  const found = summary.periodChoice.found.filter((p) => p.period !== summary.period);
  const reports = summary.files.filter((f) => f.status !== "feedback");
  if (found.length === 0 || reports.some((f) => f.status !== "rejected" || f.reasonCode !== "other_period"))
    return undefined;
  const date = summary.deadline ? formatVnDate(summary.deadline) : "";
  const others = found.map((p) => `${p.period} (${p.files})`).join(", ");
  const message = consolidation.noReportOfPeriod(summary.period, summary.periodChoice.source, date, others);
  return { summary, files: summary.files, nothing: { code: "no_report_of_period", message, found } };
}

/**
 * Consolidates unit files: always every file's outcome with its reason; the
 * Summary when at least one unit's report counts, else why nothing does.
 */
export function consolidate(inputs: UnitFile[], opts: ConsolidateOptions = {}): Consolidation {
  const outcomes: Outcomes = new Map();
  const { files, read, returned } = orderFiles(inputs, outcomes);
  const template = pickTemplate(read, opts);
  if (!template) return noReport(files, read, outcomes);
  const inputLevel = inputsLevel(read);
  const level = consolidatingLevel(opts, inputLevel);
  const deadlineLevel = deadlineLevelFor(level, inputLevel);
  const periodChoice = choosePeriod(template, files, {
    period: opts.period,
    deadline: opts.deadline,
    level: deadlineLevel,
  });
  if (!periodChoice) return noReport(files, read, outcomes);
  const period = periodChoice.period;
  const deadline = opts.deadline ?? defaultDeadline(template, parsePeriod(template, period) as Period, deadlineLevel);

  const candidates = assignStatuses(read, outcomes, {
    template,
    period,
    deadline,
    consolidatingUnit: opts.consolidatingUnit,
  });
  const roster = new RosterIndex(opts.roster ?? []);
  const { included, units } = matchUnits(candidates, outcomes, roster, opts.keep ?? []);
  const { totals, rates } = total(template, units);
  flagOutliers(template, units, outcomes);
  attachExplanations([...outcomes.values()], returned, { templateId: template.id, period });
  const { narratives, unitNarratives } = compileNarratives(template, included, units);
  const meta = describeNextLevel(template, opts.consolidatingUnit, level, period);

  const fileList = byPath(files, outcomes);
  const { missing, unresolved } = accountUnits(fileList, units, roster);
  const summary: Summary = {
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
    ...incompleteOf(template, units),
    late: units.filter((u) => u.late).map((u) => u.name),
    narratives,
    unitNarratives,
    rosterGiven: roster.entries.length > 0,
    skipped: opts.skipped ?? [],
  };
  if (units.length > 0) return { summary, files: fileList };
  const nothing = { code: "none_countable", message: consolidation.noneCountable() } as const;
  return otherPeriodsOnly(summary) ?? { summary, files: fileList, nothing };
}
