// Which units need to hear back, and what to tell each: a pure function of a consolidation (with the files
// it read, for the values the units typed) or of files checked before consolidating. One UnitFeedback per
// unit that needs action — open findings, a file refused or in conflict, a report not on the roster, a late
// report, nothing sent — and none for a unit that needs nothing. Files whose unit cannot be told are listed
// for the index (there is nobody to address them to). layout.ts draws each as a workbook.
import type { Consolidation, FileOutcome, Summary, UnitFile } from "../consolidate";
import { openFindings } from "../consolidate/explanations";
import { fileLabel } from "../paths";
import { formatVnDate, type IsoDate } from "../dates";
import { feedbackMessages as m } from "../i18n/feedback";
import { consolidation } from "../i18n/messages";
import type { Localized } from "../i18n/lang";
import { STATUS_WORDS, fileStatusKey } from "../i18n/status";
import type { ReportMeta } from "../meta";
import { asciiSlug } from "../slug";
import type { Template } from "../templates";
import { nameKey } from "../units";
import { validateReport } from "../validate";
import type { Finding, Reading, UnitReport } from "../vocabulary";

/** A file received from the unit, as the feedback workbook's header names it. */
export interface ReceivedFile {
  file: string;
  sha256: string;
  reportDate?: IsoDate;
  /** Its status in words (the consolidation's, or what checking it found). */
  status: Localized;
  late: boolean;
}

/** One finding to send back, with what the unit typed in its cells. */
export interface FeedbackItem {
  finding: Finding;
  /** The received file it was found in (ReceivedFile.file). */
  file: string;
  /** What the finding's cells held as received, in the finding's field order. */
  received: { field: string; raw: Reading["raw"] }[];
}

/** Why a unit is written to. */
export type FeedbackNeed = "findings" | "refused" | "conflict" | "held" | "late" | "missing";

export interface UnitFeedback {
  unit: { name: string; code?: string };
  /** The workbook's file name: phan-hoi-xa-ang-cang.xlsx (unique within the set). */
  fileName: string;
  needs: FeedbackNeed[];
  files: ReceivedFile[];
  /** What the unit is told and asked, in order (reasons first, then what to send). */
  notes: Localized[];
  /** What to do with the findings listed (fix and resend, or check and explain); none when none is listed. */
  advice?: Localized;
  items: FeedbackItem[];
  /** The template of its report (or of the consolidation), for table names and indicator titles. */
  template?: Template;
  period?: string;
}

/** A file no unit can be told about (its unit is unknown): listed in the index. */
export interface Unaddressed {
  file: string;
  reason: Localized;
}

/** Everything the feedback of one run says: who writes, the workbooks, the files with nobody to tell. */
export interface FeedbackSet {
  /** The consolidating unit, when named. */
  from?: string;
  /** Its details as the issuer of the covering letter (place, date, signer…), when named. */
  meta?: ReportMeta;
  template?: Template;
  period?: string;
  deadline?: IsoDate;
  /** When the corrected reports are due (else a blank line to fill in). */
  resubmitBy?: IsoDate;
  units: UnitFeedback[];
  unaddressed: Unaddressed[];
}

export interface FeedbackOptions {
  resubmitBy?: IsoDate;
}

/** What a finding's cells held, from the report it came from. */
function receivedValues(f: Finding, report: UnitReport | undefined): FeedbackItem["received"] {
  const fields = f.fields ?? (f.field ? [f.field] : []);
  return fields.flatMap((field) => {
    const r = report?.readings[field];
    return r ? [{ field, raw: r.raw }] : [];
  });
}

/**
 * Findings the feedback says in its own words above the table (a report made on another unit's form, a unit
 * not on the roster), or that are the consolidating officer's own note (a correction kept): not rows.
 */
const SAID_ABOVE = new Set(["file_name_other_unit", "unit_not_in_roster", "kept_correction"]);

function itemsOf(findings: readonly Finding[], file: string, report: UnitReport | undefined): FeedbackItem[] {
  return findings
    .filter((f) => !SAID_ABOVE.has(f.code))
    .map((finding) => ({ finding, file, received: receivedValues(finding, report) }));
}

/** The advice that closes a unit's notes: fix and resend when errors remain, else check or explain. */
function findingsNote(items: FeedbackItem[]): Localized | undefined {
  if (items.length === 0) return undefined;
  return items.some((i) => i.finding.severity === "error") ? m.resendCorrected() : m.explainOrCorrect();
}

/** Unique file names: a second unit of the same slug gets its code, else a number. */
function nameFiles(units: Omit<UnitFeedback, "fileName">[]): UnitFeedback[] {
  const taken = new Set<string>();
  return units.map((u) => {
    const slug = asciiSlug(u.unit.name) || "don-vi";
    let name = `phan-hoi-${slug}`;
    if (taken.has(name) && u.unit.code) name = `${name}-${asciiSlug(u.unit.code)}`;
    for (let k = 2; taken.has(name); k++) name = `phan-hoi-${slug}-${k}`;
    taken.add(name);
    return { ...u, fileName: `${name}.xlsx` };
  });
}

interface Group {
  unit: { name: string; code?: string };
  outcomes: FileOutcome[];
  missing: boolean;
}

/** The consolidation's units and their files: counted, sent something not counted, sent nothing; then the rest. */
function groupUnits(c: Consolidation, s: Summary | undefined): { groups: Group[]; unaddressed: Unaddressed[] } {
  const groups = new Map<string, Group>();
  const taken = new Set<FileOutcome>();
  const group = (name: string, code?: string) => {
    const key = nameKey(name);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { unit: { name, ...(code ? { code } : {}) }, outcomes: [], missing: false }));
    return g;
  };
  const byFile = new Map(c.files.map((f) => [f.file, f]));
  const add = (g: Group, o: FileOutcome | undefined) => {
    if (!o || taken.has(o)) return;
    taken.add(o);
    g.outcomes.push(o);
  };
  for (const u of s?.units ?? []) add(group(u.name, u.code), byFile.get(u.file));
  for (const u of s?.unresolved ?? []) {
    const g = group(u.name, u.code);
    for (const f of u.files) add(g, byFile.get(f));
  }
  for (const miss of s?.missing ?? []) group(miss.name, miss.code).missing = true;
  const unaddressed: Unaddressed[] = [];
  for (const o of c.files) {
    if (taken.has(o) || !["rejected", "conflict", "held"].includes(o.status)) continue;
    if (o.reasonCode === "own_summary") continue;
    const name = o.rosterName ?? o.unit;
    if (name) add(group(name, o.unitCode), o);
    else unaddressed.push({ file: o.file, reason: o.reason ?? consolidation.noUnit() });
  }
  return { groups: [...groups.values()], unaddressed };
}

/** What one unit is told after a consolidation; undefined when it needs nothing. */
function unitAfterConsolidation(
  g: Group,
  s: Summary | undefined,
  reports: Map<string, UnitReport>,
  template: Template | undefined,
): Omit<UnitFeedback, "fileName"> | undefined {
  const needs = new Set<FeedbackNeed>();
  const notes: Localized[] = [];
  const templateName = template?.name.vi ?? "";
  const period = s?.period ?? "";
  if (g.missing) {
    needs.add("missing");
    notes.push(m.missing(period, templateName));
  }
  const conflicts = g.outcomes.filter((o) => o.status === "conflict" && o.reasonCode === "conflict");
  if (conflicts.length > 0) {
    needs.add("conflict");
    notes.push(m.twoReports(conflicts.map((o) => fileLabel(o.file))));
  }
  for (const o of g.outcomes) {
    if (o.status === "rejected" || (o.status === "conflict" && o.reasonCode !== "conflict")) {
      needs.add("refused");
      notes.push(m.refused(fileLabel(o.file), o.reason ?? { vi: "", en: "" }));
    }
    if (o.status === "held") {
      needs.add("held");
      notes.push(m.held(o.unit ?? g.unit.name));
    }
    if (o.status === "included" && o.late && o.reportDate && s?.deadline) {
      needs.add("late");
      notes.push(m.late(formatVnDate(o.reportDate), formatVnDate(s.deadline)));
    }
  }
  const counted = g.outcomes.some((o) => o.status === "included" || o.status === "held" || o.status === "conflict");
  if (!counted && (needs.has("refused") || needs.has("missing"))) notes.push(m.sendReport(period, templateName));
  const items = g.outcomes.flatMap((o) => itemsOf(openFindings(o.findings), o.file, reports.get(o.file)));
  if (items.length > 0) needs.add("findings");
  const advice = findingsNote(items);
  if (needs.size === 0) return undefined;
  return {
    unit: g.unit,
    needs: [...needs],
    files: g.outcomes.map((o) => ({
      file: o.file,
      sha256: o.sha256,
      ...(o.reportDate ? { reportDate: o.reportDate } : {}),
      status: STATUS_WORDS[fileStatusKey(o)].full,
      late: o.late,
    })),
    notes,
    ...(advice ? { advice } : {}),
    items,
    ...(template ? { template } : {}),
    ...(s ? { period: s.period } : {}),
  };
}

/**
 * The feedback of a consolidation: `inputs` are the files it read (the values each unit typed are taken from
 * them). Units in the summary's order: counted, then those that sent something not counted, then missing.
 */
export function feedbackFromConsolidation(
  c: Consolidation,
  inputs: UnitFile[],
  opts: FeedbackOptions = {},
): FeedbackSet {
  const s = c.summary;
  const reports = new Map<string, UnitReport>();
  for (const f of inputs) if (f.read.ok) reports.set(f.file, f.read.report);
  const template = s?.template;
  const { groups, unaddressed } = groupUnits(c, s);
  const units = groups
    .map((g) => unitAfterConsolidation(g, s, reports, template))
    .filter((u): u is Omit<UnitFeedback, "fileName"> => u !== undefined);
  const from = s && s.meta.unitName !== consolidation.unnamedUnit().vi ? s.meta.unitName : undefined;
  return {
    ...(from && s ? { from, meta: s.meta } : {}),
    ...(template ? { template } : {}),
    ...(s ? { period: s.period } : {}),
    ...(s?.deadline ? { deadline: s.deadline } : {}),
    ...(opts.resubmitBy ? { resubmitBy: opts.resubmitBy } : {}),
    units: nameFiles(units),
    unaddressed,
  };
}

/**
 * The feedback of files checked before consolidating (tonghop validate, Kiểm tra): each report with findings,
 * its unit as the report names itself (one workbook per unit, its files together). Files that are not
 * reports have no unit to address: they are listed for the index.
 */
export function feedbackFromChecks(files: UnitFile[], opts: FeedbackOptions = {}): FeedbackSet {
  const groups = new Map<string, Omit<UnitFeedback, "fileName">>();
  const unaddressed: Unaddressed[] = [];
  for (const f of files) {
    if (!f.read.ok) {
      unaddressed.push({ file: f.file, reason: f.read.failure.message });
      continue;
    }
    const report = f.read.report;
    const findings = validateReport(report);
    if (findings.length === 0) continue;
    const errors = findings.filter((x) => x.severity === "error").length;
    const key = nameKey(report.meta.unitName);
    const g = groups.get(key) ?? {
      unit: { name: report.meta.unitName, ...(report.meta.unitCode ? { code: report.meta.unitCode } : {}) },
      needs: ["findings" as const],
      files: [],
      notes: [],
      items: [],
      template: report.template,
      period: report.meta.period,
    };
    g.files.push({
      file: f.file,
      sha256: f.sha256,
      ...(report.meta.reportDate ? { reportDate: report.meta.reportDate } : {}),
      status: m.checked(errors, findings.length - errors),
      late: false,
    });
    g.items.push(...itemsOf(findings, f.file, report));
    groups.set(key, g);
  }
  const units = [...groups.values()].map((g) => ({ ...g, advice: findingsNote(g.items) }));
  const first = units[0];
  return {
    ...(first?.template ? { template: first.template } : {}),
    ...(first?.period ? { period: first.period } : {}),
    ...(opts.resubmitBy ? { resubmitBy: opts.resubmitBy } : {}),
    units: nameFiles(units),
    unaddressed,
  };
}
