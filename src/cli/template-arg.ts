// Where the command line takes a template: a built-in name, a template file
// (JSON, from `tonghop template from-outline` or by hand) or a definition
// workbook (.xlsx, from `tonghop template export`). A file is untrusted:
// checked against the limits and the schema before use.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { failures } from "../core/i18n/reading";
import { definitionMessages, templateFileMessages } from "../core/i18n/template-messages";
import { MAX_TEMPLATE_BYTES } from "../core/limits";
import type { Localized } from "../core/i18n/lang";
import { builtInTemplates, findTemplate, type Template } from "../core/templates";
import { templateFromDefinition } from "../core/definition/read";
import { parseUserTemplate } from "../core/templates/user-template";
import { readXlsx } from "../xlsx/read";
import { CliError } from "./errors";
import { msg, type Lang } from "./messages";
import { decodeText } from "./text-file";

/** Reads an input file after checking its size, so a huge file is refused before it is read. */
export function readSmallFile(file: string, max: number, lang: Lang): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    const detail = failures.cannotOpen((e as NodeJS.ErrnoException).code ?? "?")[lang];
    throw new CliError(msg(lang, "cannotOpen", { file, detail }));
  }
  if (size > max)
    throw new CliError(
      msg(lang, "templateFileInvalid", { file, problems: `  - ${templateFileMessages.tooLarge(size, max)[lang]}` }),
    );
  return readFileSync(file);
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
      throw new CliError(msg(lang, "cannotOpen", { file, detail: (e as Error).message }));
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
        problems: result.problems.map((p) => `  - ${p[lang]}`).join("\n"),
      }),
    );
  return result.template;
}
