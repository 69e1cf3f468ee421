// What `tonghop consolidate --json` prints: the summary, its files made one at
// a time (json-pieces.ts streams them), or, when nothing could be counted,
// every file's outcome and why.
import type { ComparisonResult } from "../core/compare/types";
import { isExplained, type Consolidation, type FileOutcome, type Summary } from "../core/consolidate";
import type { Lang } from "../core/i18n/messages";
import { templateHash } from "../core/templates/catalogue";
import { findingJson } from "./findings-json";
import { jsonPieces } from "./json-pieces";

/** What --json prints for one file. */
function fileJson(f: FileOutcome, lang: Lang) {
  return {
    file: f.file,
    unit: f.rosterName ?? f.unit ?? null,
    status: f.status,
    notKept: f.notKept ?? false,
    reason: f.reason?.[lang] ?? null,
    reasonCode: f.reasonCode ?? null,
    errors: f.findings.filter((x) => x.severity === "error").map((x) => findingJson(x, lang)),
    warnings: f.findings.filter((x) => x.severity === "warning" && !isExplained(x)).map((x) => findingJson(x, lang)),
    /** Warnings the unit explained in a returned feedback workbook ("đã giải trình"), each with its explanation. */
    explained: f.findings.filter(isExplained).map((x) => findingJson(x, lang)),
    late: f.late,
    sha256: f.sha256,
  };
}

/** The --json object, its files all made at once. */
export function summaryJson(s: Summary, lang: Lang) {
  return jsonWith(
    s,
    lang,
    s.files.map((f) => fileJson(f, lang)),
  );
}

/** The --json text in pieces: each file's object made when its turn comes. */
export function summaryJsonText(s: Summary, lang: Lang): Generator<string> {
  function* files() {
    for (const f of s.files) yield fileJson(f, lang);
  }
  return jsonPieces(jsonWith(s, lang, files()));
}

/** The --json text when nothing could be counted: why, and every file's outcome. */
export function nothingJsonText(c: Consolidation, lang: Lang): Generator<string> {
  const nothing = c.nothing ? { code: c.nothing.code, message: c.nothing.message[lang] } : null;
  return jsonPieces({ nothing, files: c.files.map((f) => fileJson(f, lang)) });
}

function jsonWith<F>(s: Summary, lang: Lang, files: F) {
  return {
    template: s.template.id,
    templateVersion: s.template.version,
    /** With id and version, the template's identity: the one a later consolidation of this summary keeps. */
    templateHash: templateHash(s.template),
    period: s.period,
    periodSource: s.periodChoice.source,
    periodsFound: s.periodChoice.found,
    deadline: s.deadline ?? null,
    deadlineSource: s.deadlineSource,
    totals: s.totals,
    rates: s.rates,
    files,
    missing: s.missing.map((m) => m.name),
    unresolved: s.unresolved.map((u) => ({ unit: u.name, files: u.files, reason: u.reason[lang] })),
    incomplete: s.incomplete ?? null,
    skipped: s.skipped,
    late: s.late,
    ...(s.comparison ? { comparison: comparisonJson(s.comparison, lang) } : {}),
  };
}

/** The comparison with last period: figures, sources, sentences and notes in the user's language. */
function comparisonJson(c: ComparisonResult, lang: Lang) {
  if (!c.ok) return { ok: false, code: c.code, message: c.message[lang], found: c.found ?? [] };
  const p = c.previous;
  return {
    ok: true,
    period: c.period,
    previousPeriod: c.previousPeriod,
    sameTime: c.sameTime,
    previous: { kind: p.kind, source: p.source, sha256: p.sha256 ?? null, unit: p.unitName, period: p.period },
    fields: c.fields,
    rates: c.rates,
    notCompared: c.notCompared,
    units: c.units ?? null,
    previousOnly: c.previousOnly,
    sentences: c.sentences.map((t) => ({ table: t.table, name: t.name, lines: t.lines.map((l) => l[lang]) })),
    notes: c.notes.map((n) => n[lang]),
  };
}
