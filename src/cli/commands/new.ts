// `tonghop new`: a blank report workbook for one unit, ready to fill and print.
import { resolve } from "node:path";
import { layoutReport } from "../../core/layout/report";
import { renderXlsx } from "../../xlsx/write";
import { CLI_WRITE } from "../deflate";
import { CliError } from "../errors";
import { msg, type Lang } from "../cli-messages";
import { OutputExistsError, writeOutput } from "../output";
import { refuseOutputOverInputs } from "../output-guard";
import { metaFromOptions, requireTemplate, type MetaOptions } from "../report-meta";
import { templateFromArg } from "../template-arg";

export interface NewOptions extends MetaOptions {
  out?: string;
  force?: boolean;
  /** A template file (JSON) or a built-in name, instead of the positional name. */
  template?: string;
}

export async function newCommand(
  templateId: string | undefined,
  o: NewOptions,
  lang: Lang,
  say: (s: string) => void,
): Promise<number> {
  if (templateId && o.template) throw new CliError(msg(lang, "templateTwice", { id: templateId }));
  const template = o.template ? templateFromArg(o.template, lang) : requireTemplate(templateId, lang);
  if (!o.out) throw new CliError(msg(lang, "missingArg", { arg: "--out" }));
  const meta = metaFromOptions(template, o, lang);
  const bytes = await renderXlsx(layoutReport(template, meta).model, CLI_WRITE);
  if (o.template) refuseOutputOverInputs([{ path: o.out, shown: o.out }], { files: [o.template] }, lang);
  try {
    writeOutput(resolve(o.out), bytes, o.force ?? false);
  } catch (e) {
    if (e instanceof OutputExistsError) throw new CliError(msg(lang, "exists", { file: o.out }));
    throw e;
  }
  say(msg(lang, "wrote", { file: o.out }));
  return 0;
}
