// `tonghop docx REPORT.xlsx --out FILE.docx`: a unit's filled report as the Word document it signs (Decree 30
// layout), with the number, date, Kính gửi, signer and Nơi nhận it typed in the workbook. Exit 0: written;
// 1: written, but the report still has errors (their cells are printed as typed); 2: not a report or bad
// arguments. Reads the workbook, never writes it; never overwrites without --force.
import { resolve } from "node:path";
import { officialReport, unitReportContent } from "../../core/document/report";
import type { Lang } from "../../core/i18n/messages";
import { templateCatalogue } from "../../core/templates/catalogue";
import { validateReport } from "../../core/validate";
import { renderDocx } from "../../docx/render";
import { CliError } from "../errors";
import { readUnitFile } from "../inputs";
import { msg } from "../cli-messages";
import { writeOutputOrSay } from "../output";
import { refuseOutputOverInputs } from "../output-guard";
import { templateFromArg } from "../template-arg";

export interface DocxOptions {
  out?: string;
  force?: boolean;
  template?: string;
}

export async function docxCommand(
  args: string[],
  o: DocxOptions,
  lang: Lang,
  say: (s: string) => void,
): Promise<number> {
  const [file, ...more] = args;
  if (!file) throw new CliError(msg(lang, "missingArg", { arg: msg(lang, "argFile") }));
  if (more.length) throw new CliError(msg(lang, "docxOneFile", { files: args.join(", ") }));
  if (!o.out) throw new CliError(msg(lang, "missingArg", { arg: "--out" }));
  // Not the report nor the template file, whatever links lie between.
  refuseOutputOverInputs(
    [{ path: resolve(o.out), shown: o.out }],
    { files: [file, ...(o.template ? [o.template] : [])] },
    lang,
  );
  const given = o.template ? [templateFromArg(o.template, lang)] : [];
  const { files } = await readUnitFile(file, { templates: templateCatalogue(given) });
  // A .zip holds several reports: the document is one report's.
  if (files.length !== 1) throw new CliError(msg(lang, "docxOneFile", { files: files.map((f) => f.file).join(", ") }));
  const { read } = files[0];
  if (!read.ok) throw new CliError(msg(lang, "cannotOpen", { file, detail: read.failure.message[lang] }));
  const bytes = await renderDocx(officialReport(unitReportContent(read.report)));
  writeOutputOrSay(resolve(o.out), o.out, bytes, o.force ?? false, lang);
  say(msg(lang, "wrote", { file: o.out }));
  const errors = validateReport(read.report).filter((f) => f.severity === "error").length;
  if (errors === 0) return 0;
  say(msg(lang, "docxHasErrors", { n: errors, file }));
  return 1;
}
