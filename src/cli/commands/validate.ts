// `tonghop validate <file>...` (.xlsx, .xls, .ods, .zip): checks each unit's numbers before it
// submits. Exit 0: no errors (warnings allowed); 1: some error; 2: a file
// could not be read or the arguments are wrong. Reads files, never writes them.
import type { Lang } from "../../core/i18n/messages";
import type { Finding } from "../../core/vocabulary";
import { validateReport } from "../../core/validate";
import { feedbackFromChecks } from "../../core/feedback";
import { CliError } from "../errors";
import { checkFeedbackDir, writeFeedbackDir } from "../feedback-dir";
import { collectPaths } from "../inputs";
import { parseDateOption } from "../report-meta";
import { findingJson, type FindingJson } from "../findings-json";
import { readUnitFiles, threadsOption } from "../parallel-read";
import { templateFromArg } from "../template-arg";
import { msg } from "../cli-messages";
import { shown } from "../shown";

/** Why a path was not read as a file at all (not a report's problem): said as it is, without "cannot read the report". */
const OPEN_PROBLEMS = new Set(["cannot_open", "not_a_file", "link_to_folder", "broken_link", "link_loop"]);

interface FileResult {
  file: string;
  template: string | null;
  unit: string | null;
  period: string | null;
  errors: FindingJson[];
  warnings: FindingJson[];
}

export async function validateCommand(
  files: string[],
  json: boolean,
  lang: Lang,
  out: (s: string) => void,
  template?: string,
  threadsArg?: string,
  err: (s: string) => void = () => undefined,
  feedback: { feedback?: string; resubmitBy?: string; force?: boolean } = {},
): Promise<number> {
  if (files.length === 0) throw new CliError(msg(lang, "missingArg", { arg: msg(lang, "argFile") }));
  const threads = threadsOption(threadsArg, lang, err);
  const resubmitBy = parseDateOption(feedback.resubmitBy, lang);
  // Folders are read as consolidate reads them: the feedback never goes where the next run reads.
  const paths = collectPaths(files).files;
  if (feedback.feedback) checkFeedbackDir(feedback.feedback, files, paths, lang);
  // A template file the user names; reports carrying their own template need none.
  const given = template ? [templateFromArg(template, lang)] : [];
  const results: FileResult[] = [];
  let unreadable = false;
  const lines: string[] = [];
  // Each file as consolidation reads it: .xlsx, .xls, .ods, or each report in a .zip.
  const units = (await readUnitFiles(files, () => undefined, { threads, given })).files;
  for (const { file, read } of units) {
    if (!read.ok) {
      unreadable = true;
      const message = read.failure.message[lang];
      results.push({
        file,
        template: null,
        unit: null,
        period: null,
        errors: [
          {
            code: read.failure.code,
            severity: "error",
            field: null,
            fields: [],
            sheet: "",
            cell: "",
            message,
            suggestion: null,
          },
        ],
        warnings: [],
      });
      const own = OPEN_PROBLEMS.has(read.failure.code);
      lines.push(`✗ ${shown(file)}\n    ${own ? shown(message) : `${msg(lang, "unreadable")}: ${shown(message)}`}`);
      continue;
    }
    const r = read.report;
    const findings = validateReport(r);
    const errors = findings.filter((f) => f.severity === "error");
    const warnings = findings.filter((f) => f.severity === "warning");
    results.push({
      file,
      template: r.template.id,
      unit: r.meta.unitName,
      period: r.meta.period,
      errors: errors.map((f) => findingJson(f, lang)),
      warnings: warnings.map((f) => findingJson(f, lang)),
    });
    lines.push(
      humanReport(file, r.meta.unitName, r.template.name[lang], r.meta.period, findings, r.template.tables, lang),
    );
  }
  if (feedback.feedback) {
    const set = feedbackFromChecks(units, resubmitBy ? { resubmitBy } : {});
    await writeFeedbackDir(set, feedback.feedback, { args: files, files: paths }, feedback.force ?? false, lang, err);
  }
  if (json) out(JSON.stringify(results, null, 2));
  else {
    out(lines.join("\n\n"));
    if (results.length > 1) {
      const e = results.reduce((n, x) => n + x.errors.length, 0);
      const w = results.reduce((n, x) => n + x.warnings.length, 0);
      out("\n" + msg(lang, "validateTotal", { files: results.length, errors: e, warnings: w }));
    }
  }
  if (unreadable) return 2;
  return results.some((x) => x.errors.length > 0) ? 1 : 0;
}

function humanReport(
  file: string,
  unit: string,
  templateName: string,
  period: string,
  findings: Finding[],
  tables: { id: string; name: string }[],
  lang: Lang,
): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const head = shown(
    `${errors > 0 ? "✗" : "✓"} ${file} — ${unit}, ${templateName}, ${lang === "vi" ? "kỳ" : "period"} ${period}`,
  );
  const groups = new Map<string, Finding[]>();
  const other = lang === "vi" ? "Chung" : "General";
  for (const f of findings) {
    const key = tables.find((t) => t.id === f.table)?.name ?? other;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const body = [...groups.entries()].map(
    ([name, fs]) =>
      `  ${shown(name)}\n` +
      fs
        .map(
          (f) =>
            `    ${msg(lang, f.severity === "error" ? "severityError" : "severityWarning")} ${f.cell ? `[${shown(f.cell)}] ` : ""}${shown(f.message[lang])}`,
        )
        .join("\n"),
  );
  const verdict = errors === 0 ? msg(lang, "readyToSubmit", { warnings }) : msg(lang, "notReady", { errors, warnings });
  return [head, ...body, `  ${verdict}`].join("\n");
}
