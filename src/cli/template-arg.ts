// Where the command line takes a template: a built-in name, a template file
// (JSON, from `tonghop template from-outline` or by hand) or a definition
// workbook (.xlsx, from `tonghop template export`). A file is untrusted:
// checked against the limits and the schema before use.
import { existsSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { definitionMessages, templateFileMessages } from "../core/i18n/template-messages";
import { MAX_TEMPLATE_BYTES } from "../core/limits";
import type { Localized } from "../core/i18n/lang";
import { builtInTemplates, findTemplate, type Template } from "../core/templates";
import { templateFromDefinition } from "../core/definition/read";
import { parseUserTemplate } from "../core/templates/user-template";
import { readXlsx, ReadError } from "../xlsx/read";
import { failureOf } from "../xlsx/report-file";
import { CliError } from "./errors";
import { msg, type Lang } from "./cli-messages";
import { readRegularFile } from "./inputs";
import { shown } from "./shown";
import { decodeText } from "./text-file";

/** Reads an input file: a regular file only, refused when over `max` (checked on the bytes read, not the size said). */
export function readSmallFile(file: string, max: number, lang: Lang): Uint8Array {
  const read = readRegularFile(file, max);
  if (!("problem" in read)) return read.bytes;
  if (read.problem.code !== "too_large")
    throw new CliError(msg(lang, "cannotOpen", { file, detail: read.problem.message[lang] }));
  const size = statSync(file, { throwIfNoEntry: false })?.size ?? max + 1;
  throw new CliError(
    msg(lang, "templateFileInvalid", {
      file,
      problems: `  - ${shown(templateFileMessages.tooLarge(Math.max(size, max + 1), max)[lang])}`,
    }),
  );
}

export function readSmallText(file: string, max: number, lang: Lang): string {
  return decodeText(readSmallFile(file, max, lang));
}

export type TemplateFileResult = { template: Template; problems: [] } | { template?: undefined; problems: Localized[] };

/** A template file (JSON or definition workbook) checked; problems name the key, or the sheet and cell. */
export function checkTemplateFile(file: string, lang: Lang): TemplateFileResult {
  const bytes = readSmallFile(file, MAX_TEMPLATE_BYTES, lang);
  if (extname(file).toLowerCase() === ".xlsx") {
    let result;
    try {
      result = templateFromDefinition(readXlsx(bytes));
    } catch (e) {
      // Why the workbook cannot be read, in the user's words (damaged, encrypted, over a limit…).
      const detail = e instanceof ReadError ? failureOf(e).message[lang] : (e as Error).message;
      throw new CliError(msg(lang, "cannotOpen", { file, detail }));
    }
    if (result.template) return { template: result.template, problems: [] };
    return { problems: result.problems.map((p) => definitionMessages.located(p.sheet, p.cell, p.message)) };
  }
  const result = parseUserTemplate(decodeText(bytes));
  return result.ok ? { template: result.template, problems: [] } : { problems: result.problems };
}

/** A built-in template by id, or a template file; a message saying what is wrong otherwise. */
export function templateFromArg(arg: string, lang: Lang): Template {
  const builtIn = findTemplate(arg);
  if (builtIn) return builtIn;
  const file = resolve(arg);
  if (!existsSync(file))
    throw new CliError(
      msg(lang, "unknownTemplate", {
        id: arg,
        ids: builtInTemplates()
          .map((x) => x.id)
          .join(", "),
      }),
    );
  const result = checkTemplateFile(file, lang);
  if (!result.template)
    throw new CliError(
      msg(lang, "templateFileInvalid", {
        file: arg,
        problems: result.problems.map((p) => `  - ${shown(p[lang])}`).join("\n"),
      }),
    );
  return result.template;
}
