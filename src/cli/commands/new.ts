// `tonghop new`: a blank report workbook for one unit, ready to fill and print.
import { resolve } from "node:path";
import { layoutReport } from "../../core/layout/report";
import { renderXlsx } from "../../xlsx/write";
import { CliError } from "../errors";
import { msg, type Lang } from "../messages";
import { OutputExistsError, writeOutput } from "../output";
import { metaFromOptions, requireTemplate, type MetaOptions } from "../report-meta";

export interface NewOptions extends MetaOptions {
  out?: string;
  force?: boolean;
}

export async function newCommand(templateId: string | undefined, o: NewOptions, lang: Lang, say: (s: string) => void): Promise<number> {
  const template = requireTemplate(templateId, lang);
  if (!o.out) throw new CliError(msg(lang, "missingArg", { arg: "--out" }));
  const meta = metaFromOptions(template, o, lang);
  const bytes = await renderXlsx(layoutReport(template, meta).model);
  try {
    writeOutput(resolve(o.out), bytes, o.force ?? false);
  } catch (e) {
    if (e instanceof OutputExistsError) throw new CliError(msg(lang, "exists", { file: o.out }));
    throw e;
  }
  say(msg(lang, "wrote", { file: o.out }));
  return 0;
}
