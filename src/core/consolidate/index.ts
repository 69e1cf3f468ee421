// Consolidation: unit reports (+ roster, period, deadline) → Summary. Pure and
// order-independent: the same files in any order give the same summary, and
// consolidating summaries of a partition gives the same totals as
// consolidating all units directly (sums compose; rates are recomputed).
import { MAX_CELL_TEXT } from "../limits";
import { defaultDeadline, parsePeriod, type Period, type ReportMeta } from "../meta";
import { consolidation } from "../i18n/messages";
import { baseName } from "../paths";
import type { Finding, UnitReport } from "../report";
import { LEVELS, templateFields, type Level, type Template } from "../templates";
import { builtInCatalogue, templateHash } from "../templates/catalogue";
import { sameUnit } from "../units";
import { validateReport } from "../validate";
import { accountUnits, incompleteOf } from "./accounting";
import { identify } from "./identify";
import { findOutliers } from "./outliers";
import { choosePeriod } from "./period";
import { RosterIndex } from "./roster-match";
import { groupUnits } from "./statuses";
import type { ConsolidateOptions, FileOutcome, Summary, UnitFile, UnitRow } from "./types";

export * from "./types";
export { findPeriods } from "./period";

interface Readable {
  file: UnitFile;
  report: UnitReport;
  findings: Finding[];
}

/**
 * The order files are considered in: it decides which of identical copies is
 * the one included, so the shortest name (the original, not "… (1)" or
 * "… - Copy") comes first; then by path and content, so any input order gives
 * the same result.
 */
function byFile(a: { file: string; sha256: string }, b: { file: string; sha256: string }): number {
  const la = baseName(a.file).length;
  const lb = baseName(b.file).length;
  if (la !== lb) return la - lb;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0;
}

/**
 * The template to consolidate: the one asked for when the caller knows it, else
 * the identity (id and content) most inputs carry (templates are not periods: a vote is harmless).
 */
function pickTemplate(readable: Readable[], opts: ConsolidateOptions): Template | undefined {
  const given = opts.templateId ? (opts.templates ?? builtInCatalogue()).find(opts.templateId) : undefined;
  if (given) return given;
  const counts = new Map<string, { template: Template; n: number }>();
  for (const r of readable) {
    const t = r.report.template;
    if (opts.templateId && t.id !== opts.templateId) continue;
    const key = `${t.id}\u0000${templateHash(t)}`;
    const c = counts.get(key) ?? { template: t, n: 0 };
    c.n += 1;
    counts.set(key, c);
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0];
  return best?.[1].template;
}

/** How a template's identity reads in a message: its version and the start of its hash. */
function identityLabel(t: Template): string {
  return `${t.version} (${templateHash(t).slice(0, 8)})`;
}

function nextLevel(level: Level): Level {
  const i = LEVELS.indexOf(level);
  return LEVELS[Math.min(LEVELS.length - 1, i + 1)];
}

function levelBelow(level: Level): Level {
  return LEVELS[Math.max(0, LEVELS.indexOf(level) - 1)];
}

/** The level most inputs report at, from their metadata sheets; undefined when none says. */
function inputsLevel(readable: Readable[]): Level | undefined {
  const counts = LEVELS.map(
    (l) => readable.filter((r) => r.report.metaSource === "sheet" && r.report.meta.level === l).length,
  );
  const most = counts.indexOf(Math.max(...counts));
  return counts[most] > 0 ? LEVELS[most] : undefined;
}

/** The consolidating unit's level: as given, else the level above most inputs (never the first file's). */
function consolidatingLevel(opts: ConsolidateOptions, inputs: Level | undefined): Level {
  return opts.asUnit?.level ?? nextLevel(inputs ?? "xa");
}

/**
 * Whose deadline applies: the inputs' own level when it is below the
 * consolidating unit's — since July 2025 a province consolidates communes
 * directly, and the communes' deadline is the one they must meet — else the
 * level just below the consolidating unit.
 */
function deadlineLevelFor(level: Level, inputs: Level | undefined): Level {
  return inputs && LEVELS.indexOf(inputs) < LEVELS.indexOf(level) ? inputs : levelBelow(level);
}

/**
 * Paragraphs joined, cut at a paragraph boundary to fit one cell (Excel holds
 * at most 32,767 characters), saying how many units' texts were left out.
 */
export function joinWithin(paragraphs: string[], max: number): string {
  let text = "";
  for (let i = 0; i < paragraphs.length; i++) {
    const next = (text ? text + "\n" : "") + paragraphs[i];
    const note = `\n(… và ${paragraphs.length - i} đơn vị khác: xem báo cáo của từng đơn vị.)`;
    if (next.length + note.length > max) return text + note;
    text = next;
  }
  return text;
}

export function consolidate(inputs: UnitFile[], opts: ConsolidateOptions = {}): Summary | null {
  const files = [...inputs].sort(byFile);
  const outcomes = new Map<UnitFile, FileOutcome>();
  const readable: Readable[] = [];
  for (const f of files) {
    if (f.read.ok) readable.push({ file: f, report: f.read.report, findings: validateReport(f.read.report) });
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
  const template = pickTemplate(readable, opts);
  if (!template) return null;
  const inputLevel = inputsLevel(readable);
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
  const asUnit = opts.asUnit;
  const candidates: Readable[] = [];
  for (const r of readable) {
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
    else if (asUnit && sameUnit({ name: m.unitName, code: m.unitCode }, asUnit))
      outcomes.set(r.file, { ...base, reason: consolidation.ownSummary() });
    else {
      candidates.push(r);
      outcomes.set(r.file, { ...base, status: "included" });
    }
  }

  // Who each candidate is, against the roster; then one status per file within each unit.
  const roster = new RosterIndex(opts.roster ?? []);
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
  const included: Readable[] = [];
  const candidateOf = new Map(candidates.map((c) => [c.file, c]));
  for (const g of groupUnits(entries, opts.keep ?? [])) {
    for (const d of g.decisions) {
      const o = outcomes.get(d.key) as FileOutcome;
      o.status = d.status;
      if (d.reason) o.reason = d.reason;
      if (d.notKept) o.notKept = true;
      if (d.status === "included") included.push(candidateOf.get(d.key) as Readable);
    }
  }

  // Rows in roster order, then by name.
  const entryOf = (r: Readable) => ids.get(r.file)?.entry;
  const order = (r: Readable) => {
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

  const totals: Record<string, number> = {};
  for (const f of templateFields(template)) {
    totals[f.id] = units.reduce((sum, u) => sum + (u.readings[f.id]?.value ?? 0), 0);
  }
  const rates: Record<string, number | null> = {};
  for (const table of template.tables) {
    for (const r of table.rates)
      rates[r.id] = totals[r.denominator] > 0 ? totals[r.numerator] / totals[r.denominator] : null;
  }

  const includedOutcome = new Map(
    [...outcomes.values()].filter((x) => x.status === "included").map((x) => [x.file, x]),
  );
  for (const o of findOutliers(template, units)) {
    const outcome = includedOutcome.get(o.file);
    if (outcome) outcome.findings = [...outcome.findings, o.finding];
  }

  const narratives: Record<string, string> = {};
  for (const s of template.sections.filter((x) => x.narrative)) {
    const paragraphs = included
      .map((r, i) => ({ text: r.report.narratives[s.id]?.text ?? "", name: units[i].name }))
      .filter((p) => p.text !== "")
      .map((p) => `${p.name}: ${p.text}`);
    narratives[s.id] = joinWithin(paragraphs, MAX_CELL_TEXT);
  }

  const meta: ReportMeta = {
    templateId: template.id,
    templateVersion: template.version,
    unitName: asUnit?.name ?? "Đơn vị tổng hợp",
    ...(asUnit?.code ? { unitCode: asUnit.code } : {}),
    level,
    period,
    ...(asUnit?.reportDate ? { reportDate: asUnit.reportDate } : {}),
    ...(asUnit?.issuer ? { issuer: asUnit.issuer } : {}),
    ...(asUnit?.place ? { place: asUnit.place } : {}),
  };

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
