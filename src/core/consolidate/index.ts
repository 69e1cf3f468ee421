// Consolidation: unit reports (+ roster, period, deadline) → Summary. Pure and
// order-independent: the same files in any order give the same summary, and
// consolidating summaries of a partition gives the same totals as
// consolidating all units directly (sums compose; rates are recomputed).
import { MAX_CELL_TEXT } from "../limits";
import { defaultDeadline, parsePeriod, type ReportMeta } from "../meta";
import { consolidation } from "../i18n/messages";
import { baseName } from "../paths";
import type { Finding, UnitReport } from "../report";
import type { RosterEntry } from "../roster";
import { builtInTemplates, LEVELS, templateFields, type Level, type Template } from "../templates";
import { nameKey, nearMissKeys, sameUnit } from "../units";
import { validateReport } from "../validate";
import { findOutliers } from "./outliers";
import { RosterIndex } from "./roster-match";
import { groupUnits } from "./statuses";
import type { ConsolidateOptions, FileOutcome, MissingUnit, Summary, UnitFile, UnitRow } from "./types";

export * from "./types";

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

/** The template and period most inputs share, when the user did not say. */
function pickTarget(readable: Readable[], opts: ConsolidateOptions): { template?: Template; period?: string } {
  const counts = new Map<string, number>();
  for (const r of readable) {
    if (r.report.metaSource !== "sheet") continue;
    if (opts.templateId && r.report.template.id !== opts.templateId) continue;
    const key = `${r.report.template.id}\u0000${opts.period ?? r.report.meta.period}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const templateId = best ? best[0].split("\u0000")[0] : opts.templateId;
  const period = best ? best[0].split("\u0000")[1] : opts.period;
  return { template: builtInTemplates().find((t) => t.id === templateId), period };
}

function nextLevel(level: Level): Level {
  const i = LEVELS.indexOf(level);
  return LEVELS[Math.min(LEVELS.length - 1, i + 1)];
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
    else outcomes.set(f, { file: f.file, sha256: f.sha256, status: "rejected", late: false, reason: f.read.failure.message, findings: [] });
  }
  const { template, period } = pickTarget(readable, opts);
  if (!template || !period || !parsePeriod(template, period)) return null;

  const inputLevel = readable.find((r) => r.report.metaSource === "sheet")?.report.meta.level ?? "xa";
  const deadline = opts.deadline ?? defaultDeadline(template, parsePeriod(template, period)!, inputLevel);
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
    if (r.report.metaSource !== "sheet") outcomes.set(r.file, { ...base, reason: consolidation.noUnit() });
    else if (m.templateId !== template.id) outcomes.set(r.file, { ...base, reason: consolidation.otherTemplate(m.templateId, template.id) });
    else if (m.period !== period) outcomes.set(r.file, { ...base, reason: consolidation.otherPeriod(m.period, period) });
    else if (asUnit && sameUnit({ name: m.unitName, code: m.unitCode }, asUnit)) outcomes.set(r.file, { ...base, reason: consolidation.ownSummary() });
    else {
      candidates.push(r);
      outcomes.set(r.file, { ...base, status: "included" });
    }
  }

  // One status per file within each unit: included, superseded, duplicate or conflict.
  const groups = groupUnits(candidates.map((c) => ({ key: c.file, report: c.report, sha256: c.file.sha256, file: c.file.file })));
  const included: Readable[] = [];
  const candidateOf = new Map(candidates.map((c) => [c.file, c]));
  for (const g of groups) {
    for (const d of g.decisions) {
      const o = outcomes.get(d.key) as FileOutcome;
      o.status = d.status;
      if (d.reason) o.reason = d.reason;
      if (d.status === "included") included.push(candidateOf.get(d.key) as Readable);
    }
  }

  // Roster: match each included unit once; list the missing; suggest near misses.
  const roster = new RosterIndex(opts.roster ?? []);
  const entryOf = new Map<Readable, RosterEntry | undefined>(included.map((r) => [r, roster.match({ name: r.report.meta.unitName, code: r.report.meta.unitCode })]));
  const matched = new Set<RosterEntry>();
  for (const r of included) {
    const entry = entryOf.get(r);
    const o = outcomes.get(r.file) as FileOutcome;
    if (entry) {
      matched.add(entry);
      o.rosterName = entry.name;
    } else if (roster.entries.length > 0) {
      const suggestions = roster.nearMisses(nameKey(r.report.meta.unitName)).map((e) => e.name);
      o.findings = [
        ...o.findings,
        { code: "unit_not_in_roster", severity: "warning", sheet: "", cell: "", message: consolidation.notInRoster(r.report.meta.unitName, suggestions) },
      ];
    }
  }
  // Files whose unit is on no roster line, with their name keys: where a missing unit may hide.
  const strays = [...outcomes.values()]
    .filter((o) => o.unit && !roster.match({ name: o.unit, code: o.unitCode }))
    .map((o) => ({ o, key: nameKey(o.unit as string) }));
  const missing: MissingUnit[] = roster.entries
    .filter((e) => !matched.has(e))
    .map((e) => {
      const key = nameKey(e.name);
      const near = strays.filter((x) => nearMissKeys(key, x.key)).map((x) => x.o);
      return near.length ? { ...e, note: consolidation.maybeFile(near.map((o) => ({ file: baseName(o.file), unit: o.unit as string }))) } : { ...e };
    });

  // Rows in roster order, then by name.
  const order = (r: Readable) => {
    const entry = entryOf.get(r);
    return entry ? roster.indexOf(entry) : roster.entries.length;
  };
  included.sort((a, b) => order(a) - order(b) || a.report.meta.unitName.localeCompare(b.report.meta.unitName, "vi") || byFile(a.file, b.file));
  const units: UnitRow[] = included.map((r) => ({
    name: entryOf.get(r)?.name ?? r.report.meta.unitName,
    code: r.report.meta.unitCode ?? entryOf.get(r)?.code,
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
    for (const r of table.rates) rates[r.id] = totals[r.denominator] > 0 ? totals[r.numerator] / totals[r.denominator] : null;
  }

  const includedOutcome = new Map([...outcomes.values()].filter((x) => x.status === "included").map((x) => [x.file, x]));
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
    level: asUnit?.level ?? nextLevel(inputLevel),
    period,
    ...(asUnit?.reportDate ? { reportDate: asUnit.reportDate } : {}),
    ...(asUnit?.issuer ? { issuer: asUnit.issuer } : {}),
    ...(asUnit?.place ? { place: asUnit.place } : {}),
  };

  // Listed by path, as a file manager shows them.
  const fileList = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : byFile(a, b))).map((f) => outcomes.get(f) as FileOutcome);
  return {
    template,
    period,
    meta,
    deadline,
    totals,
    rates,
    units,
    files: fileList,
    missing,
    late: units.filter((u) => u.late).map((u) => u.name),
    narratives,
    rosterGiven: roster.entries.length > 0,
  };
}

