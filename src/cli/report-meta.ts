// Turns command-line options into a checked ReportMeta (core/meta-input.ts
// checks it, as for the pane's form), with messages that say what to type instead.
import { parseVnDate } from "../core/dates";
import { parsePeriod, type ReportMeta } from "../core/meta";
import { reportMetaFromInput } from "../core/meta-input";
import { builtInTemplates, findTemplate, LEVELS, type Level, type Template } from "../core/templates";
import { CliError } from "./errors";
import { msg, type Lang } from "./messages";

export function requireTemplate(id: string | undefined, lang: Lang): Template {
  if (!id) throw new CliError(msg(lang, "missingArg", { arg: "<mẫu báo cáo / template>" }));
  const t = findTemplate(id);
  if (!t)
    throw new CliError(
      msg(lang, "unknownTemplate", {
        id,
        ids: builtInTemplates()
          .map((x) => x.id)
          .join(", "),
      }),
    );
  return t;
}

export function requirePeriod(t: Template, period: string | undefined, lang: Lang): string {
  if (!period) throw new CliError(msg(lang, "missingArg", { arg: "--period" }));
  if (!parsePeriod(t, period)) {
    const examples = t.periodKind === "half-or-year" ? "2024, 2024-6T" : "2024";
    throw new CliError(msg(lang, "badPeriod", { period, id: `"${t.name[lang]}"`, examples }));
  }
  return period.trim().toUpperCase();
}

export function parseDateOption(text: string | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  const iso = parseVnDate(text);
  if (!iso) throw new CliError(msg(lang, "badDate", { date: text }));
  return iso;
}

export function parseLevel(text: string | undefined, lang: Lang): Level {
  const level = text ?? "xa";
  if (!(LEVELS as readonly string[]).includes(level)) throw new CliError(msg(lang, "badLevel", { level }));
  return level as Level;
}

export interface MetaOptions {
  "unit-name"?: string;
  "unit-code"?: string;
  level?: string;
  period?: string;
  "report-date"?: string;
  issuer?: string;
  place?: string;
}

export function metaFromOptions(t: Template, o: MetaOptions, lang: Lang): ReportMeta {
  const input = { ...o, unitName: o["unit-name"], unitCode: o["unit-code"], reportDate: o["report-date"] };
  const checked = reportMetaFromInput(t, input);
  if ("meta" in checked) return checked.meta;
  // The first problem the checks before the schema found, said as the CLI always said it; the schema's all at once.
  const first = checked.problems[0];
  if (first.detail === undefined) {
    if (first.field === "unitName") throw new CliError(msg(lang, "missingArg", { arg: "--unit-name" }));
    if (first.field === "level") throw new CliError(msg(lang, "badLevel", { level: o.level ?? "" }));
    if (first.field === "period") requirePeriod(t, o.period, lang);
    if (first.field === "reportDate") throw new CliError(msg(lang, "badDate", { date: o["report-date"] ?? "" }));
  }
  throw new CliError(msg(lang, "badMeta", { detail: checked.problems.map((p) => p.detail ?? p.field).join("; ") }));
}
