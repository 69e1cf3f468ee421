// Where the command line takes a template: a built-in name, or a template
// file (JSON) made by `tonghop template from-outline` or by hand. A file is
// untrusted: checked against the limits and the schema before use.
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { MAX_TEMPLATE_BYTES } from "../core/limits";
import type { Localized } from "../core/report";
import { builtInTemplates, findTemplate, type Template } from "../core/templates";
import { parseUserTemplate } from "../core/templates/user-template";
import { templateFileMessages } from "../core/i18n/template-messages";
import { CliError } from "./errors";
import { msg, type Lang } from "./messages";
import { decodeText } from "./text-file";

/** Problems as an indented list, in the user's language. */
export function problemList(problems: Localized[], lang: Lang): string {
  return problems.map((p) => `  - ${p[lang]}`).join("\n");
}

/** Reads a text input file after checking its size, so a huge file is refused before it is read. */
export function readSmallText(file: string, max: number, lang: Lang): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new CliError(msg(lang, "cannotOpen", { file, detail: (e as Error).message }));
  }
  if (size > max) throw new CliError(msg(lang, "templateFileInvalid", { file, problems: problemList([templateFileMessages.tooLarge(size, max)], lang) }));
  return decodeText(readFileSync(file));
}

/** A built-in template by id, or a template file; a message saying what is wrong otherwise. */
export function templateFromArg(arg: string, lang: Lang): Template {
  const builtIn = findTemplate(arg);
  if (builtIn) return builtIn;
  const file = resolve(arg);
  if (!existsSync(file)) throw new CliError(msg(lang, "unknownTemplate", { id: arg, ids: builtInTemplates().map((x) => x.id).join(", ") }));
  const result = parseUserTemplate(readSmallText(file, MAX_TEMPLATE_BYTES, lang));
  if (!result.ok) throw new CliError(msg(lang, "templateFileInvalid", { file: arg, problems: problemList(result.problems, lang) }));
  return result.template;
}
