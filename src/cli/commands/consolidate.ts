// `tonghop consolidate`: unit workbooks → one summary workbook for the level
// above. Exit 0: every file included cleanly; 1: summary written but some
// file flagged (errors, rejected, conflict); 2: nothing to consolidate or bad
// arguments. Never modifies an input; never overwrites without --force.
import { basename, resolve } from "node:path";
import { consolidate, type FileOutcome, type Summary, type UnitFile } from "../../core/consolidate";
import { formatVnDate } from "../../core/dates";
import { consolidation, failures, formatNumber, type Lang } from "../../core/i18n/messages";
import { fileStatusKey, statusWord } from "../../core/i18n/status";
import { summaryPlan } from "../../core/layout/summary";
import { RosterError, type RosterEntry } from "../../core/roster";
import { fieldTitle, templateFields, type Level } from "../../core/templates";
import { templateCatalogue, templateHash } from "../../core/templates/catalogue";
import { readRosterBytes } from "../../xlsx/roster-file";
import { renderXlsx } from "../../xlsx/write";
import { CLI_WRITE } from "../deflate";
import { CliError } from "../errors";
import { findingJson } from "../findings-json";
import { jsonPieces } from "../json-pieces";
import type { Io } from "../main";
import { collectPaths, readRegularFile } from "../inputs";
import { refuseOutputOverInputs } from "../output-guard";
import { shown } from "../shown";
import { MAX_FILE_BYTES } from "../../core/limits";
import { readUnitFiles, threadsOption } from "../parallel-read";
import { templateFromArg } from "../template-arg";
import { msg } from "../messages";
import { writeOutputOrSay } from "../output";
import { progress } from "../progress";
import { parseDateOption, parseLevel } from "../report-meta";

export interface ConsolidateOptions {
  out?: string;
  roster?: string;
  period?: string;
  deadline?: string;
  "as-unit"?: string;
  "unit-code"?: string;
  level?: string;
  template?: string;
  "report-date"?: string;
  json?: boolean;
  force?: boolean;
  keep?: string[];
  threads?: string;
}

/** The roster in whatever form an office saved it; refused with the reason when it cannot be understood. */
async function readRoster(path: string, lang: Lang): Promise<RosterEntry[]> {
  // A regular file of at most MAX_FILE_BYTES, as any input: a roster "file" that is /dev/zero or a pipe is refused.
  const read = readRegularFile(path, MAX_FILE_BYTES);
  if ("problem" in read)
    throw new CliError(msg(lang, "cannotOpen", { file: path, detail: read.problem.message[lang] }));
  try {
    return await readRosterBytes(read.bytes);
  } catch (e) {
    if (e instanceof RosterError) throw new CliError(msg(lang, "badRoster", { file: path, why: e.why[lang] }));
    throw e;
  }
}

export async function consolidateCommand(
  args: string[],
  o: ConsolidateOptions,
  lang: Lang,
  io: Pick<Io, "out" | "err" | "write">,
): Promise<number> {
  if (args.length === 0) throw new CliError(msg(lang, "missingArg", { arg: msg(lang, "argFiles") }));
  if (!o.out && !o.json) throw new CliError(msg(lang, "missingArg", { arg: "--out" }));
  const deadline = parseDateOption(o.deadline, lang);
  const reportDate = parseDateOption(o["report-date"], lang);
  const level = o.level ? parseLevel(o.level, lang) : undefined;
  const threads = threadsOption(o.threads, lang, io.err);
  const roster = o.roster ? await readRoster(o.roster, lang) : undefined;
  const { files, missing, skipped: systemFiles } = collectPaths(args);
  for (const m of missing) io.err(msg(lang, "cannotOpen", { file: m.path, detail: failures.cannotOpen(m.code)[lang] }));
  const outPath = o.out ? resolve(o.out) : undefined;
  // Whatever links lie between: not a file given or found in a folder, not inside a folder read, not the
  // roster or the template file.
  if (outPath)
    refuseOutputOverInputs(
      [{ path: outPath, shown: o.out as string }],
      { files: [...files, ...(o.roster ? [o.roster] : []), ...(o.template ? [o.template] : [])], folders: args },
      lang,
    );
  if (files.length === 0) throw new CliError(msg(lang, "noInputs"));

  // A built-in id or a template file (JSON or definition workbook); reports carrying their template need neither.
  const given = o.template ? templateFromArg(o.template, lang) : undefined;
  const bar = progress(files.length, msg(lang, "readingProgress"));
  const read = await readUnitFiles(files, bar.tick, { threads, given: given ? [given] : [] });
  const { files: unitFiles, skipped: inArchives } = read;
  const skipped = [...systemFiles, ...inArchives];
  bar.done();

  const summary = consolidate(unitFiles, {
    templateId: given?.id,
    templates: templateCatalogue(given ? [given] : []),
    period: o.period?.toUpperCase(),
    roster,
    deadline,
    keep: keptFiles(o.keep ?? [], unitFiles, lang),
    skipped,
    consolidatingUnit: o["as-unit"]
      ? { name: o["as-unit"].normalize("NFC"), code: o["unit-code"], level, reportDate }
      : undefined,
  });
  if (!summary || summary.units.length === 0) {
    if (!o.json)
      for (const u of unitFiles) if (!u.read.ok) io.out(`✗ ${shown(u.file)}: ${shown(u.read.failure.message[lang])}`);
    const found = summary?.periodChoice.found.filter((p) => p.period !== summary.period) ?? [];
    if (summary && found.length) {
      const date = summary.deadline ? formatVnDate(summary.deadline) : "";
      const why = consolidation.period(summary.period, summary.periodChoice.source, date, [])[lang];
      const others = found.map((p) => `${p.period} (${p.files})`).join(", ");
      throw new CliError(
        msg(lang, "noReportOfPeriod", { why, period: summary.period, others, example: found[0].period }),
      );
    }
    throw new CliError(msg(lang, "nothingToConsolidate"));
  }
  if (outPath)
    writeOutputOrSay(
      outPath,
      o.out as string,
      await renderXlsx(summaryPlan(summary), CLI_WRITE),
      o.force ?? false,
      lang,
    );
  if (o.json && io.write) await io.write(summaryJsonText(summary, lang));
  else if (o.json) io.out([...summaryJsonText(summary, lang)].join(""));
  else io.out(humanSummary(summary, lang));
  if (skipped.length > 0) io.err(shown(consolidation.skipped(skipped.map((f) => basename(f)))[lang]));
  if (outPath) io.err(msg(lang, "wrote", { file: o.out as string }));
  if (summary.incomplete)
    io.err(consolidation.incomplete(summary.incomplete.errorCells, summary.incomplete.units)[lang]);
  const flagged = summary.files.some(
    (f) => f.status === "rejected" || f.status === "conflict" || f.findings.some((x) => x.severity === "error"),
  );
  return flagged ? 1 : 0;
}

/** --keep names a file as given on the command line, as listed, or by its bare name when that is unique. */
function keptFiles(keep: string[], files: UnitFile[], lang: Lang): string[] {
  return keep.map((k) => {
    const exact = files.filter((f) => f.file === k || resolve(f.file) === resolve(k));
    const byName = files.filter((f) => basename(f.file) === basename(k) || f.file.endsWith(`› ${k}`));
    const hit = exact.length === 1 ? exact : byName;
    if (hit.length !== 1)
      throw new CliError(
        msg(lang, hit.length ? "keepAmbiguous" : "keepUnknown", { file: k, files: hit.map((f) => f.file).join(", ") }),
      );
    return hit[0].file;
  });
}

const LEVEL_KEYS = { xa: "levelXa", huyen: "levelHuyen", tinh: "levelTinh" } as const;
const levelName = (level: Level, lang: Lang) => msg(lang, LEVEL_KEYS[level]);

/** What --json prints for one file. */
function fileJson(f: FileOutcome, lang: Lang) {
  return {
    file: f.file,
    unit: f.rosterName ?? f.unit ?? null,
    status: f.status,
    notKept: f.notKept ?? false,
    reason: f.reason?.[lang] ?? null,
    errors: f.findings.filter((x) => x.severity === "error").map((x) => findingJson(x, lang)),
    warnings: f.findings.filter((x) => x.severity === "warning").map((x) => findingJson(x, lang)),
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
  };
}

/** What to notice about a counted file: late, errors, warnings ("muộn, 2 lỗi"). */
export function fileFlags(f: FileOutcome, lang: Lang): string {
  const errors = f.findings.filter((x) => x.severity === "error").length;
  const warnings = f.findings.length - errors;
  const flags = [f.late ? msg(lang, "late") : "", errors ? msg(lang, "errorCount", { n: errors }) : ""];
  if (warnings) flags.push(msg(lang, "warningCount", { n: warnings }));
  return flags.filter((x) => x).join(", ");
}

/** The roster units nothing is counted for: those that sent something that needs attention, those that did not. */
export function unitStateLines(s: Summary, lang: Lang): string[] {
  const lines: string[] = [];
  if (s.unresolved.length) {
    lines.push("", `${statusWord("unresolved", lang)}:`);
    for (const u of s.unresolved) lines.push(`  ${shown(u.name)} — ${shown(u.reason[lang])}`);
  }
  if (s.rosterGiven) {
    lines.push("", `${statusWord("missing", lang)}:${s.missing.length ? "" : ` ${msg(lang, "none")}`}`);
    for (const m of s.missing) lines.push(`  ${shown(m.name)}${m.note ? ` — ${shown(m.note[lang])}` : ""}`);
  }
  return lines;
}

function humanSummary(s: Summary, lang: Lang): string {
  const lines: string[] = [];
  const files = (n: number) => msg(lang, "fileCount", { n });
  const others = s.periodChoice.found
    .filter((p) => p.period !== s.period)
    .map((p) => `${p.period} (${files(p.files)})`);
  const date = s.deadline ? formatVnDate(s.deadline) : "—";
  // No --as-unit: the summary workbook (a Vietnamese document) names a placeholder unit; the screen says it in the user's language.
  const unnamed = consolidation.unnamedUnit();
  lines.push(shown(`${s.template.name[lang]} — ${s.meta.unitName === unnamed.vi ? unnamed[lang] : s.meta.unitName}`));
  lines.push(shown(consolidation.period(s.period, s.periodChoice.source, date, others)[lang]));
  if (s.deadlineSource === "option") lines.push(msg(lang, "deadlineGiven", { date }));
  else
    lines.push(
      msg(lang, "deadlineTemplate", {
        date,
        level: levelName(s.deadlineLevel, lang),
        above: levelName(s.meta.level, lang),
      }),
    );
  lines.push("");
  for (const f of s.files) {
    const status = statusWord(fileStatusKey(f), lang);
    const unit = f.rosterName ?? f.unit ?? "?";
    const tail = fileFlags(f, lang);
    lines.push(
      `  ${shown(basename(f.file)).padEnd(30)} ${shown(unit).padEnd(22)} ${status}${tail ? ` (${tail})` : ""}`,
    );
    if (f.reason && f.status !== "included") lines.push(`      ${shown(f.reason[lang])}`);
  }
  lines.push(...unitStateLines(s, lang));
  lines.push(`${msg(lang, "lateHead")} ${s.late.length ? shown(s.late.join(", ")) : msg(lang, "none")}`);
  lines.push("");
  lines.push(msg(lang, "totalsHead"));
  for (const f of templateFields(s.template))
    lines.push(
      `  ${shown(fieldTitle(s.template, f.id)).padEnd(60)} ${formatNumber(s.totals[f.id], lang).padStart(16)}`,
    );
  return lines.join("\n");
}
