// `tonghop template …`: templates users author. `from-outline` turns the
// outline a plan contains (copied from Word as text) into a template file;
// `export` writes a template as a definition workbook to edit in Excel;
// `check` says whether a template file can be used, naming each problem's place.
import { resolve } from "node:path";
import { definitionModel } from "../../core/definition/write";
import { renderXlsx } from "../../xlsx/write";
import { CLI_WRITE } from "../deflate";
import { MAX_TEMPLATE_BYTES } from "../../core/limits";
import { fieldTitle, templateFields, type Template } from "../../core/templates";
import { templateFromOutline } from "../../core/templates/outline";
import type { GroupColumns } from "../../core/templates/outline-header";
import { CliError } from "../errors";
import { msg, type Lang } from "../cli-messages";
import { OutputExistsError, writeOutput } from "../output";
import { refuseOutputOverInputs } from "../output-guard";
import { shown } from "../shown";
import { checkTemplateFile, readSmallText, templateFromArg } from "../template-arg";

export interface TemplateOptions {
  out?: string;
  force?: boolean;
  /** Answers to an outline's header questions: "18=2,2,2" (the upper row's line, then each group name's columns). */
  "group-columns"?: string[];
}

/** `--group-columns 18=2,2,2 …` as the outline reader takes answers. */
function groupColumns(values: string[] = [], lang: Lang): GroupColumns {
  const answers: GroupColumns = {};
  for (const v of values) {
    const m = /^\s*(\d+)\s*=\s*(\d+(?:\s*,\s*\d+)*)\s*$/.exec(v);
    if (!m) throw new CliError(msg(lang, "badGroupColumns", { value: v }));
    answers[Number(m[1])] = m[2].split(",").map(Number);
  }
  return answers;
}

/** Writes `file` unless it is one of `inputs` (whatever links lie between) or exists without --force. */
function write(file: string, bytes: Uint8Array, force: boolean, lang: Lang, inputs: string[]): void {
  refuseOutputOverInputs([{ path: file, shown: file }], { files: inputs }, lang);
  try {
    writeOutput(resolve(file), bytes, force);
  } catch (e) {
    if (e instanceof OutputExistsError) throw new CliError(msg(lang, "exists", { file }));
    throw e;
  }
}

function fromOutline(file: string | undefined, o: TemplateOptions, lang: Lang, say: (s: string) => void): number {
  if (!file) throw new CliError(msg(lang, "templateUsage"));
  if (!o.out) throw new CliError(msg(lang, "missingArg", { arg: "--out" }));
  const answers = { groupColumns: groupColumns(o["group-columns"], lang) };
  const result = templateFromOutline(readSmallText(resolve(file), MAX_TEMPLATE_BYTES, lang), answers);
  if (result.problems.length > 0) {
    const lines = result.problems.map(
      (p) => `${msg(lang, p.severity === "error" ? "severityError" : "severityWarning")}: ${shown(p.message[lang])}`,
    );
    // Each header question with the option that answers it (the split proposed, else one column a name).
    for (const q of result.questions) {
      const spans = (q.suggested ?? q.labels.map(() => 1)).join(",");
      lines.push(msg(lang, "groupColumnsAnswer", { line: q.line, spans }));
    }
    say(msg(lang, "outlineProblems", { file, problems: lines.map((l) => `  - ${l}`).join("\n") }));
  }
  const t = result.template;
  if (!t) throw new CliError(msg(lang, "outlineFailed", { file }));
  write(o.out, new TextEncoder().encode(JSON.stringify(t, null, 2) + "\n"), o.force ?? false, lang, [file]);
  say(preview(t, lang));
  const fields = templateFields(t);
  say(
    msg(lang, "templateWrote", {
      file: o.out,
      sections: t.sections.length,
      tables: t.tables.length,
      fields: fields.length,
      money: fields.filter((f) => f.kind === "money").length,
    }),
  );
  return result.problems.length > 0 ? 1 : 0;
}

/** Each table's columns with their kind and id, so the user sees what was guessed before using it. */
function preview(t: Template, lang: Lang): string {
  return t.tables
    .map((table) => {
      const head = msg(lang, "tableAfter", {
        table: [table.name, table.caption].filter(Boolean).join(" — "),
        section: table.afterSection,
      });
      const rows = table.groups.flatMap((g) =>
        g.fields.map(
          (f) =>
            `    [${msg(lang, f.kind === "money" ? "kindMoney" : "kindCount")}] ${shown(fieldTitle(t, f.id))}  (${f.id})`,
        ),
      );
      return [`  ${head}`, ...rows].join("\n");
    })
    .join("\n");
}

async function exportDefinition(
  arg: string | undefined,
  o: TemplateOptions,
  lang: Lang,
  say: (s: string) => void,
): Promise<number> {
  if (!arg) throw new CliError(msg(lang, "templateUsage"));
  if (!o.out) throw new CliError(msg(lang, "missingArg", { arg: "--out" }));
  const t = templateFromArg(arg, lang);
  write(o.out, await renderXlsx(definitionModel(t), CLI_WRITE), o.force ?? false, lang, [arg]);
  say(msg(lang, "wrote", { file: o.out }));
  return 0;
}

function check(file: string | undefined, lang: Lang, say: (s: string) => void): number {
  if (!file) throw new CliError(msg(lang, "templateUsage"));
  const { template: t, problems } = checkTemplateFile(resolve(file), lang);
  if (!t) {
    say(msg(lang, "templateFileInvalid", { file, problems: problems.map((p) => `  - ${shown(p[lang])}`).join("\n") }));
    return 1;
  }
  const counts = {
    sections: t.sections.length,
    tables: t.tables.length,
    fields: templateFields(t).length,
    rules: t.rules.length,
  };
  say(msg(lang, "templateOk", { id: t.id, version: t.version, ...counts }));
  return 0;
}

export async function templateCommand(
  args: string[],
  o: TemplateOptions,
  lang: Lang,
  say: (s: string) => void,
): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "from-outline":
      return fromOutline(rest[0], o, lang, say);
    case "export":
      return await exportDefinition(rest[0], o, lang, say);
    case "check":
      return check(rest[0], lang, say);
    default:
      throw new CliError(msg(lang, "templateUsage"));
  }
}
