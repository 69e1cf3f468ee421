// Turns command-line options into a checked ReportMeta, with messages that
// say what to type instead.
import { parseVnDate } from "../core/dates";
import { parsePeriod, ReportMetaSchema, type ReportMeta } from "../core/meta";
import { builtInTemplates, findTemplate, LEVELS, type Level, type Template } from "../core/templates";
import { CliError } from "./errors";
import { msg, type Lang } from "./messages";

export function requireTemplate(id: string | undefined, lang: Lang): Template {
  if (!id) throw new CliError(msg(lang, "missingArg", { arg: "<mẫu báo cáo / template>" }));
  const t = findTemplate(id);
  if (!t) throw new CliError(msg(lang, "unknownTemplate", { id, ids: builtInTemplates().map((x) => x.id).join(", ") }));
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
  if (!o["unit-name"]) throw new CliError(msg(lang, "missingArg", { arg: "--unit-name" }));
  const parsed = ReportMetaSchema.safeParse({
    templateId: t.id,
    templateVersion: t.version,
    unitName: o["unit-name"].normalize("NFC"),
    unitCode: o["unit-code"],
    level: parseLevel(o.level, lang),
    period: requirePeriod(t, o.period, lang),
    reportDate: parseDateOption(o["report-date"], lang),
    issuer: o.issuer?.normalize("NFC"),
    place: o.place?.normalize("NFC"),
  });
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new CliError(msg(lang, "badMeta", { detail }));
  }
  return parsed.data;
}
