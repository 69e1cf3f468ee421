// Comparing a consolidation with the same period last year ("so với cùng kỳ"), the step after
// consolidate(): last period from whatever the office has (a summary, a typed report, last period's unit
// reports), every total and rate against it, each unit against its own history (a warning at the cell
// when a value moved too far: HISTORY_RULES), and the sentences the summary report writes. Pure; the
// Summary comes back with `comparison` (or why there is none) and the units' files with their warnings.
import type { Consolidation, FileOutcome, Summary, UnitRow } from "../consolidate/types";
import { againstWords, compareMessages, historyWords, unlikeUnits } from "../i18n/compare";
import type { Localized } from "../i18n/lang";
import { baseName } from "../paths";
import type { RosterEntry } from "../roster";
import { fieldTitle, findField, tableOfField, templateFields, type Field } from "../templates";
import { templateHash, type TemplateCatalogue } from "../templates/catalogue";
import type { Finding, Reading } from "../vocabulary";
import { changeOf, pointsOf, rateFrom } from "./change";
import { checkHistory, historyMessage } from "./history";
import { matchHistory, type History } from "./match";
import { periodToCompare } from "./period";
import { previousPeriodOf } from "./previous";
import { COMPARE_RULES } from "./rules";
import { countNoun, tableSentences } from "./sentences";
import type {
  Comparison,
  ComparisonResult,
  FieldChange,
  PreviousInput,
  PreviousPeriod,
  PreviousSource,
  RateChange,
  UnitChange,
} from "./types";

export * from "./types";
export { comparablePeriod } from "./period";
export { COMPARE_RULES, HISTORY_RULES } from "./rules";

export interface CompareOptions {
  /** A period the user names to compare with; else the same period one year earlier. */
  period?: string;
  /** The roster: units matched to their history as it matches them (merged units by its remarks). */
  roster?: RosterEntry[];
  templates?: TemplateCatalogue;
}

/** The fields both forms have with the same id and kind; the others, and why. */
function comparableFields(s: Summary, previous: PreviousPeriod) {
  const fields: Field[] = [];
  const notCompared: Comparison["notCompared"] = [];
  for (const f of templateFields(s.template)) {
    const p = findField(previous.template, f.id);
    if (!p) notCompared.push({ field: f.id, reason: "not_in_previous" });
    else if (p.kind !== f.kind) notCompared.push({ field: f.id, reason: "kind_changed" });
    else fields.push(f);
  }
  return { fields, notCompared };
}

function totalSource(previous: PreviousPeriod, field: string): PreviousSource {
  const cell = previous.totalCells?.[field];
  if (cell) return { file: previous.source, sha256: previous.sha256, sheet: cell.sheet, cell: cell.cell };
  return { file: previous.source, units: previous.units?.length ?? 0 };
}

const sourceOf = (file: string, sha256: string, r: Reading | undefined): PreviousSource => ({
  file,
  sha256,
  ...(r ? { sheet: r.sheet, cell: r.cell } : {}),
});

/** Where a value of last period is, as a warning names it: "tong-hop-2024.xlsx, Tổng hợp theo đơn vị!E12". */
function sourceText(sources: PreviousSource[]): string {
  return sources.map((x) => `${baseName(x.file)}${x.cell ? `, ${x.sheet}!${x.cell}` : ""}`).join("; ");
}

/** A unit's values now and then, field by field; its warnings against its own history. */
function unitChange(
  s: Summary,
  u: UnitRow,
  h: History,
  fields: Field[],
  words: ReturnType<typeof historyWords>,
): { change: UnitChange; findings: Finding[] } {
  const findings: Finding[] = [];
  const out: UnitChange["fields"] = {};
  for (const f of fields) {
    const r = u.readings[f.id];
    const current = r ? r.value : null;
    const values = h.previous.map((p) => p.readings[f.id]?.value ?? null);
    const previous =
      h.previous.length === 0 || values.some((v) => v === null)
        ? null
        : values.reduce((a: number, b) => a + (b as number), 0);
    const sources = h.previous.map((p) => sourceOf(p.file, p.sha256, p.readings[f.id]));
    out[f.id] = { ...changeOf(current, previous), sources };
    if (!r || current === null || previous === null) continue;
    const check = checkHistory(f.kind, current, previous);
    if (!check) continue;
    const facts = {
      cell: r.cell,
      label: fieldTitle(s.template, f.id),
      kind: f.kind,
      noun: countNoun(f),
      current,
      previous,
      ...words,
      source: sourceText(sources),
    };
    findings.push({
      code: check.code,
      severity: "warning",
      field: f.id,
      table: tableOfField(s.template, f.id)?.id,
      sheet: r.sheet,
      cell: r.cell,
      message: historyMessage(check, facts),
    });
  }
  return {
    change: {
      name: u.name,
      ...(u.code ? { code: u.code } : {}),
      file: u.file,
      match: h.match,
      previousNames: h.previous.map((p) => p.name),
      fields: out,
      flagged: findings.map((x) => ({ field: x.field as string, code: x.code, message: x.message })),
    },
    findings,
  };
}

/** Last period as the comparison keeps it: where it came from, its units' figures, not its template. */
function described(p: PreviousPeriod): Comparison["previous"] {
  return {
    kind: p.kind,
    source: p.source,
    ...(p.sha256 ? { sha256: p.sha256 } : {}),
    period: p.period,
    unitName: p.unitName,
    templateVersion: p.template.version,
    ...(p.units ? { units: p.units } : {}),
    ...(p.incomplete ? { incomplete: p.incomplete } : {}),
    ...(p.files ? { files: p.files } : {}),
  };
}

/** What the reader must know: where last period came from, what it lacks, the small-base rule, units. */
function notesOf(s: Summary, previous: PreviousPeriod, c: Omit<Comparison, "notes">): Localized[] {
  const file = baseName(previous.source);
  const notes: Localized[] = [
    previous.kind === "summary"
      ? compareMessages.fromSummary(previous.period, previous.unitName, file, previous.sha256 ?? "")
      : previous.kind === "report"
        ? compareMessages.fromReport(previous.period, previous.unitName, file, previous.sha256 ?? "")
        : compareMessages.fromReports(previous.period, previous.units?.length ?? 0, file),
  ];
  if (previous.template.version !== s.template.version || templateHash(previous.template) !== templateHash(s.template))
    notes.push(
      compareMessages.otherVersion(
        String(previous.template.version),
        String(s.template.version),
        c.notCompared.map((n) => fieldTitle(s.template, n.field)),
      ),
    );
  if (previous.incomplete)
    notes.push(compareMessages.previousIncomplete(previous.incomplete.errorCells, previous.incomplete.units));
  notes.push(compareMessages.smallBase(COMPARE_RULES.percentMinBase));
  for (const u of c.units ?? []) {
    if (u.match === "merged") notes.push(compareMessages.historyMerged(u.name, u.previousNames));
    if (u.match === "spelling") notes.push(compareMessages.historySpelling(u.name, u.previousNames[0]));
  }
  const none = (c.units ?? []).filter((u) => u.match === "none").map((u) => u.name);
  if (none.length) notes.push(compareMessages.withoutHistory(none));
  if (c.previousOnly.length) notes.push(compareMessages.previousOnly(c.previousOnly));
  return notes;
}

/** The comparison of a summary with last period, and each unit's warnings against its own history. */
function compareSummary(
  s: Summary,
  input: PreviousInput,
  opts: CompareOptions,
): { result: ComparisonResult; findings: Map<string, Finding[]> } {
  const findings = new Map<string, Finding[]>();
  const target = periodToCompare(s.template, s.period, opts.period);
  if ("ok" in target) return { result: target, findings };
  const previous = previousPeriodOf(input, {
    template: s.template,
    current: s.period,
    target,
    templates: opts.templates,
    consolidatingUnit: { name: s.meta.unitName, ...(s.meta.unitCode ? { code: s.meta.unitCode } : {}) },
  });
  if ("ok" in previous) return { result: previous, findings };
  const { fields, notCompared } = comparableFields(s, previous);
  const changes: FieldChange[] = fields.map((f) => ({
    field: f.id,
    table: tableOfField(s.template, f.id)?.id ?? "",
    kind: f.kind,
    ...changeOf(s.totals[f.id] ?? null, previous.totals[f.id] ?? null),
    source: totalSource(previous, f.id),
  }));
  const compared = new Set(fields.map((f) => f.id));
  const rates: RateChange[] = s.template.tables.flatMap((t) =>
    t.rates
      .filter((r) => compared.has(r.numerator) && compared.has(r.denominator))
      .map((r) => {
        const [current, before] = [s.rates[r.id] ?? null, rateFrom(r, previous.totals)];
        return { rate: r.id, table: t.id, current, previous: before, points: pointsOf(current, before) };
      }),
  );
  let units: UnitChange[] | undefined;
  let previousOnly: string[] = [];
  if (previous.units) {
    const matched = matchHistory(s.units, previous.units, opts.roster ?? []);
    const words = historyWords(target.sameTime, target.period);
    units = s.units.map((u) => {
      const { change, findings: found } = unitChange(s, u, matched.history.get(u) as History, fields, words);
      if (found.length) findings.set(u.file, [...(findings.get(u.file) ?? []), ...found]);
      return change;
    });
    previousOnly = matched.previousOnly.map((p) => p.name);
  }
  const body: Omit<Comparison, "notes"> = {
    ok: true,
    period: s.period,
    previousPeriod: previous.period,
    sameTime: target.sameTime,
    previous: described(previous),
    fields: changes,
    rates,
    notCompared,
    ...(units ? { units } : {}),
    previousOnly,
    sentences: tableSentences(
      s.template,
      changes,
      rates,
      againstWords(target.sameTime, target.period),
      unlikeUnits(previousOnly.length, (units ?? []).filter((u) => u.match === "none").length),
    ),
  };
  return { result: { ...body, notes: notesOf(s, previous, body) }, findings };
}

/**
 * A consolidation compared with last period: the summary carries `comparison` (or why there is none) and
 * each unit's file the warnings against its own history. Without a summary, the consolidation as it was.
 */
export function compareWithPrevious(c: Consolidation, input: PreviousInput, opts: CompareOptions = {}): Consolidation {
  const s = c.summary;
  if (!s) return c;
  const { result, findings } = compareSummary(s, input, opts);
  const files = s.files.map((f): FileOutcome => {
    const more = f.status === "included" ? findings.get(f.file) : undefined;
    return more ? { ...f, findings: [...f.findings, ...more] } : f;
  });
  const summary: Summary = { ...s, files, comparison: result };
  return { ...c, summary, files };
}
