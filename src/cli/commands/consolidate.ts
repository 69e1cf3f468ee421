// `tonghop consolidate`: unit workbooks → one summary workbook for the level
// above. Exit 0: every file included cleanly; 1: summary written but some
// file flagged (errors, rejected, conflict); 2: nothing to consolidate or bad
// arguments. Never modifies an input; never overwrites without --force.
import { basename, resolve } from "node:path";
import { compareWithPrevious } from "../../core/compare";
import {
  consolidate,
  type Consolidation,
  type NothingCounted,
  type Summary,
  type UnitFile,
} from "../../core/consolidate";
import { consolidation, failures, type Lang } from "../../core/i18n/messages";
import { ARCHIVE_SEP } from "../../core/paths";
import { summaryDocument } from "../../core/document/summary";
import { feedbackFromConsolidation } from "../../core/feedback";
import { summaryPlan } from "../../core/layout/summary";
import { metaMessages } from "../../core/i18n/meta-messages";
import { ReportMetaSchema, type ReportMeta } from "../../core/meta";
import { RosterError, type RosterEntry } from "../../core/roster";
import { templateCatalogue } from "../../core/templates/catalogue";
import { readRosterBytes } from "../../xlsx/roster-file";
import { renderDocx } from "../../docx/render";
import { renderXlsx } from "../../xlsx/write";
import { CLI_WRITE } from "../deflate";
import { CliError } from "../errors";
import type { Io } from "../io";
import { checkFeedbackDir, writeFeedbackDir } from "../feedback-dir";
import { collectPaths, readRegularFile } from "../inputs";
import { MAX_FILE_BYTES } from "../../core/limits";
import { refuseOutputOverInputs } from "../output-guard";
import { shown } from "../shown";
import { readUnitFiles, threadsOption } from "../parallel-read";
import { templateFromArg } from "../template-arg";
import { msg } from "../cli-messages";
import { writeOutputOrSay } from "../output";
import { progress } from "../progress";
import { readPrevious } from "../previous";
import { nothingJsonText, summaryJsonText } from "../summary-json";
import { fileLines, humanSummary } from "../summary-lines";
import { documentInput, parseDateOption, parseLevel, type MetaOptions } from "../report-meta";

/** The command line's options of `tonghop consolidate` (the core's are ConsolidateOptions). */
export interface ConsolidateFlags extends Omit<MetaOptions, "unit-name" | "period"> {
  out?: string;
  /** The summary as the Word document the consolidating unit signs. */
  docx?: string;
  roster?: string;
  period?: string;
  deadline?: string;
  "as-unit"?: string;
  template?: string;
  json?: boolean;
  force?: boolean;
  keep?: string[];
  threads?: string;
  /** A folder for each unit's feedback workbook and their index. */
  feedback?: string;
  /** The date the corrected reports are due, printed on the feedback. */
  "resubmit-by"?: string;
  /** Last period: its summary, a report typed with its totals, or its reports (a folder or .zip). */
  previous?: string;
  /** The period to compare with when it is not the same period a year earlier. */
  "previous-period"?: string;
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
  o: ConsolidateFlags,
  lang: Lang,
  io: Pick<Io, "out" | "err" | "write">,
): Promise<number> {
  if (args.length === 0) throw new CliError(msg(lang, "missingArg", { arg: msg(lang, "argFiles") }));
  if (!o.out && !o.json && !o.docx && !o.feedback) throw new CliError(msg(lang, "missingArg", { arg: "--out" }));
  const deadline = parseDateOption(o.deadline, lang);
  const reportDate = parseDateOption(o["report-date"], lang);
  const resubmitBy = parseDateOption(o["resubmit-by"], lang);
  const level = o.level ? parseLevel(o.level, lang) : undefined;
  const threads = threadsOption(o.threads, lang, io.err);
  const roster = o.roster ? await readRoster(o.roster, lang) : undefined;
  const { files, missing, skipped: systemFiles } = collectPaths(args);
  for (const m of missing) io.err(msg(lang, "cannotOpen", { file: m.path, detail: failures.cannotOpen(m.code)[lang] }));
  const { outPath, docxPath, inputPaths, readFiles } = guardOutputs(o, args, files, lang);
  if (files.length === 0) throw new CliError(msg(lang, "noInputs"));

  // A built-in id or a template file (JSON or definition workbook); reports carrying their template need neither.
  const given = o.template ? templateFromArg(o.template, lang) : undefined;
  const bar = progress(files.length, msg(lang, "readingProgress"));
  const read = await readUnitFiles(files, bar.tick, { threads, given: given ? [given] : [] });
  const { files: unitFiles, skipped: inArchives } = read;
  const skipped = [...systemFiles, ...inArchives];
  bar.done();

  const consolidated = consolidate(unitFiles, {
    templateId: given?.id,
    templates: templateCatalogue(given ? [given] : []),
    period: o.period?.toUpperCase(),
    roster,
    deadline,
    keep: keptFiles(o.keep ?? [], unitFiles, lang),
    skipped,
    consolidatingUnit: o["as-unit"]
      ? { name: o["as-unit"].normalize("NFC"), code: o["unit-code"], level, reportDate, ...documentMeta(o, lang) }
      : undefined,
  });
  // Compared with last period when given: refused (exit 2, nothing written) when it cannot be.
  const result = o.previous
    ? compareWithPrevious(
        consolidated,
        await readPrevious(o.previous, lang, { threads, given: given ? [given] : [] }),
        { period: o["previous-period"]?.toUpperCase(), roster, templates: templateCatalogue(given ? [given] : []) },
      )
    : consolidated;
  const summary = result.summary;
  const compared = summary?.comparison;
  if (compared && !compared.ok && !result.nothing) throw new CliError(compared.message[lang]);
  // Feedback even when nothing can be counted: units that sent last year's form are told so.
  if (o.feedback) {
    const set = feedbackFromConsolidation(result, unitFiles, resubmitBy ? { resubmitBy } : {});
    await writeFeedbackDir(
      set,
      o.feedback,
      { args: inputPaths, files: readFiles },
      o.force ?? false,
      lang,
      io.err,
      true,
    );
  }
  if (!summary || result.nothing) return nothingCounted(result, o.json ?? false, lang, io);
  if (outPath)
    writeOutputOrSay(
      outPath,
      o.out as string,
      await renderXlsx(summaryPlan(summary), CLI_WRITE),
      o.force ?? false,
      lang,
    );
  if (docxPath)
    writeOutputOrSay(docxPath, o.docx as string, await renderDocx(summaryDocument(summary)), o.force ?? false, lang);
  await tell(summary, o, skipped, lang, io);
  const flagged = summary.files.some(
    (f) =>
      f.status === "rejected" ||
      f.status === "conflict" ||
      f.status === "held" ||
      f.findings.some((x) => x.severity === "error"),
  );
  return flagged ? 1 : 0;
}

/**
 * Where the command will write, checked before anything is read: whatever links lie between, never a file given
 * or found in a folder, never inside a folder read, never the roster, the template file or last period's.
 */
function guardOutputs(o: ConsolidateFlags, args: string[], files: string[], lang: Lang) {
  const outPath = o.out ? resolve(o.out) : undefined;
  const docxPath = o.docx ? resolve(o.docx) : undefined;
  const inputPaths = o.previous ? [...args, o.previous] : args;
  const readFiles = [...files, ...[o.roster, o.template, o.previous].filter((p): p is string => !!p)];
  const outputs = [
    ...(outPath ? [{ path: outPath, shown: o.out as string }] : []),
    ...(docxPath ? [{ path: docxPath, shown: o.docx as string }] : []),
  ];
  refuseOutputOverInputs(outputs, { files: readFiles, folders: inputPaths }, lang);
  if (o.feedback) checkFeedbackDir(o.feedback, inputPaths, readFiles, lang);
  return { outPath, docxPath, inputPaths, readFiles };
}

/** The summary on stdout (words or --json); on stderr what was skipped and written, and whether totals are whole. */
async function tell(
  summary: Summary,
  o: ConsolidateFlags,
  skipped: string[],
  lang: Lang,
  io: Pick<Io, "out" | "err" | "write">,
): Promise<void> {
  if (o.json && io.write) await io.write(summaryJsonText(summary, lang));
  else if (o.json) io.out([...summaryJsonText(summary, lang)].join(""));
  else io.out(humanSummary(summary, lang));
  if (skipped.length > 0) io.err(shown(consolidation.skipped(skipped.map((f) => basename(f)))[lang]));
  if (o.out) io.err(msg(lang, "wrote", { file: o.out }));
  if (o.docx) io.err(msg(lang, "wrote", { file: o.docx }));
  const gap = summary.incomplete;
  if (gap) io.err(consolidation.incomplete(gap.errorCells, gap.units, gap.missingFields)[lang]);
}

/** The consolidating unit's typed details (issuer, place, what its document prints), NFC; each within its limit. */
function documentMeta(o: ConsolidateFlags, lang: Lang): Partial<ReportMeta> {
  const given = { issuer: o.issuer, place: o.place, ...documentInput(o) };
  const meta: Record<string, string> = {};
  for (const [key, raw] of Object.entries(given)) {
    const value = raw?.normalize("NFC").trim();
    if (!value) continue;
    const checked = ReportMetaSchema.shape[key as keyof typeof given].safeParse(value);
    if (!checked.success) {
      const max = Number((checked.error.issues[0] as { maximum?: number }).maximum);
      throw new CliError(metaMessages.tooLong(`--${key === "parentBody" ? "parent-body" : key}`, max)[lang]);
    }
    meta[key] = value;
  }
  return meta;
}

/** --keep names a file as given on the command line, as listed, or by its bare name when that is unique. */
function keptFiles(keep: string[], files: UnitFile[], lang: Lang): string[] {
  return keep.map((k) => {
    const exact = files.filter((f) => f.file === k || resolve(f.file) === resolve(k));
    const byName = files.filter((f) => basename(f.file) === basename(k) || f.file.endsWith(`${ARCHIVE_SEP}${k}`));
    const hit = exact.length === 1 ? exact : byName;
    if (hit.length !== 1)
      throw new CliError(
        msg(lang, hit.length ? "keepAmbiguous" : "keepUnknown", { file: k, files: hit.map((f) => f.file).join(", ") }),
      );
    return hit[0].file;
  });
}

/** Nothing could be counted: every file with its reason (or --json of them), then why, in one line; exit 2. */
async function nothingCounted(
  result: Consolidation,
  json: boolean,
  lang: Lang,
  io: Pick<Io, "out" | "err" | "write">,
): Promise<never> {
  if (json && io.write) await io.write(nothingJsonText(result, lang));
  else if (json) io.out([...nothingJsonText(result, lang)].join(""));
  else io.out(fileLines(result.files, lang).join("\n"));
  const nothing = result.nothing as NothingCounted;
  const example = nothing.found?.[0]?.period;
  const hint = example ? ` ${msg(lang, "periodHint", { example })}` : "";
  throw new CliError(nothing.message[lang] + hint);
}
