// Last period as the core sees it, from what the office has: a summary made by tonghop (its totals at their
// cells, and each unit's figures from its tables by unit), a report in the same form filled with last
// period's totals (typed by hand: totals only), or last period's unit reports consolidated now with the same
// rules (statuses, template version chosen as consolidation chooses it; last period's units as they were,
// not held against this period's roster). Same template id, and the
// period to compare with; anything else is refused with the reason.
import { baseName } from "../paths";
import { consolidate } from "../consolidate";
import type { ConsolidateOptions, UnitFile } from "../consolidate/types";
import { compareMessages } from "../i18n/compare";
import type { Localized } from "../i18n/lang";
import { parsePeriod } from "../meta";
import { templateFields, type Template } from "../templates";
import { templateCatalogue, templateHash, type TemplateCatalogue } from "../templates/catalogue";
import type { PreviousInput, PreviousPeriod, RefusalCode, RefusedComparison } from "./types";

export interface PreviousOptions {
  /** This period's template and period. */
  template: Template;
  current: string;
  /** The period to compare with (periodToCompare). */
  target: { period: string; sameTime: boolean };
  templates?: TemplateCatalogue;
  consolidatingUnit?: ConsolidateOptions["consolidatingUnit"];
}

const refuse = (code: RefusalCode, message: Localized, found?: string[]): RefusedComparison => ({
  ok: false,
  code,
  message,
  ...(found ? { found } : {}),
});

function notComparable(found: string, o: PreviousOptions): RefusedComparison {
  const message = o.target.sameTime
    ? compareMessages.compareNotComparable(found, o.target.period, o.current)
    : compareMessages.compareNotNamedPeriod(found, o.target.period);
  return refuse("not_comparable", message, [found]);
}

function fromWorkbook(input: Extract<PreviousInput, { kind: "workbook" }>, o: PreviousOptions) {
  const file = baseName(input.file);
  if (!input.read.ok) return refuse("unreadable", compareMessages.compareUnreadable(file, input.read.failure.message));
  const r = input.read.report;
  if (r.template.id !== o.template.id)
    return refuse("other_template", compareMessages.compareOtherTemplate(file, r.template.name.vi, o.template.name.vi));
  if (!parsePeriod(r.template, r.meta.period)) return refuse("no_period", compareMessages.compareNoPeriod(file));
  if (r.meta.period !== o.target.period) return notComparable(r.meta.period, o);
  const totals: Record<string, number | null> = {};
  // A field the form does not show has no value; a blank one is 0, as in any report.
  for (const f of templateFields(r.template)) totals[f.id] = r.readings[f.id]?.value ?? null;
  const previous: PreviousPeriod = {
    kind: input.units ? "summary" : "report",
    source: input.file,
    sha256: input.sha256,
    template: r.template,
    period: r.meta.period,
    unitName: r.meta.unitName,
    totals,
    totalCells: r.readings,
    ...(input.units
      ? {
          units: input.units.map((u) => ({
            name: u.name,
            file: input.file,
            sha256: input.sha256,
            ...(u.origin ? { origin: u.origin } : {}),
            readings: u.readings,
          })),
        }
      : {}),
  };
  return previous;
}

/** The template identity most of last period's reports of this id carry (those of the period first). */
function votedTemplate(files: UnitFile[], o: PreviousOptions): Template | undefined {
  const reports = files.flatMap((f) =>
    f.read.ok && f.read.report.template.id === o.template.id ? [f.read.report] : [],
  );
  const ofPeriod = reports.filter((r) => r.meta.period === o.target.period);
  const counts = new Map<string, { t: Template; n: number }>();
  for (const r of ofPeriod.length ? ofPeriod : reports) {
    const key = templateHash(r.template);
    const c = counts.get(key) ?? { t: r.template, n: 0 };
    c.n += 1;
    counts.set(key, c);
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0]?.[1].t;
}

function fromReports(input: Extract<PreviousInput, { kind: "reports" }>, o: PreviousOptions) {
  const template = votedTemplate(input.files, o);
  if (!template) {
    const other = input.files.find((f) => f.read.ok);
    return other?.read.ok
      ? refuse(
          "other_template",
          compareMessages.compareOtherTemplate(
            baseName(input.source),
            other.read.report.template.name.vi,
            o.template.name.vi,
          ),
        )
      : refuse("nothing_counted", compareMessages.compareNothingCounted(consolidationNoReport(input.files)));
  }
  const c = consolidate(input.files, {
    templateId: template.id,
    templates: templateCatalogue([template, ...(o.templates?.templates ?? []).filter((t) => t.id !== template.id)]),
    period: o.target.period,
    // Last period's units as they were: this period's roster would hold the communes merged since.
    consolidatingUnit: o.consolidatingUnit,
  });
  const s = c.summary;
  if (c.nothing?.code === "no_report_of_period" && c.nothing.found) {
    const found = c.nothing.found.map((p) => p.period);
    return refuse("not_comparable", compareMessages.compareNoReportsOfPeriod(o.target.period, found.join(", ")), found);
  }
  if (!s || c.nothing)
    return refuse(
      "nothing_counted",
      compareMessages.compareNothingCounted(c.nothing?.message ?? compareMessages.noneCounted()),
    );
  const previous: PreviousPeriod = {
    kind: "reports",
    source: input.source,
    template: s.template,
    period: s.period,
    unitName: s.meta.unitName,
    totals: { ...s.totals },
    units: s.units.map((u) => ({
      name: u.name,
      ...(u.code ? { code: u.code } : {}),
      file: u.file,
      sha256: u.sha256,
      readings: u.readings,
    })),
    ...(s.incomplete ? { incomplete: s.incomplete } : {}),
    files: s.files,
  };
  return previous;
}

/** Why none of last period's files is a report: the first file's reason. */
function consolidationNoReport(files: UnitFile[]): Localized {
  const first = files.find((f) => !f.read.ok);
  return first && !first.read.ok ? first.read.failure.message : compareMessages.noneCounted();
}

/** Last period from what the user gave; or why it cannot be compared. */
export function previousPeriodOf(input: PreviousInput, o: PreviousOptions): PreviousPeriod | RefusedComparison {
  return input.kind === "workbook" ? fromWorkbook(input, o) : fromReports(input, o);
}
