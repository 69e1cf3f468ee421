// Turns command-line options into a checked ReportMeta (core/meta-input.ts
// checks it, as for the pane's form), with messages that say what to type instead.
import { parseVnDate } from "../core/dates";
import { parsePeriod, type ReportMeta } from "../core/meta";
import { metaMessages } from "../core/i18n/meta-messages";
import { reportMetaFromInput, type MetaField, type MetaInput, type MetaProblem } from "../core/meta-input";
import { builtInTemplates, findTemplate, LEVELS, type Level, type Template } from "../core/templates";
import { CliError } from "./errors";
import { msg, type Lang } from "./cli-messages";

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

const periodExamples = (t: Template) => (t.periodKind === "half-or-year" ? "2024, 2024-6T" : "2024");

export function requirePeriod(t: Template, period: string | undefined, lang: Lang): string {
  if (!period) throw new CliError(msg(lang, "missingArg", { arg: "--period" }));
  if (!parsePeriod(t, period))
    throw new CliError(msg(lang, "badPeriod", { period, id: `"${t.name[lang]}"`, examples: periodExamples(t) }));
  return period.trim().toUpperCase();
}

export function parseDateOption(text: string | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  const iso = parseVnDate(text);
  if (!iso) throw new CliError(metaMessages.badDate(text)[lang]);
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
  "parent-body"?: string;
  abbreviation?: string;
  recipient?: string;
  signer?: string;
  deputy?: boolean;
}

const OPTION: Record<MetaField, string> = {
  unitName: "--unit-name",
  unitCode: "--unit-code",
  level: "--level",
  period: "--period",
  reportDate: "--report-date",
  issuer: "--issuer",
  place: "--place",
  parentBody: "--parent-body",
  abbreviation: "--abbreviation",
  recipient: "--recipient",
  signer: "--signer",
  signAs: "--deputy",
};

/** The options that say what the signed document prints, as a MetaInput's fields. */
export function documentInput(
  o: MetaOptions,
): Pick<MetaInput, "parentBody" | "abbreviation" | "recipient" | "signer" | "signAs"> {
  return {
    parentBody: o["parent-body"],
    abbreviation: o.abbreviation,
    recipient: o.recipient,
    signer: o.signer,
    signAs: o.deputy ? "deputy" : undefined,
  };
}

/** A problem with what was typed, in the CLI's words: the option, and what to type instead. */
function problemText(t: Template, o: MetaOptions, p: MetaProblem, lang: Lang): string {
  switch (p.kind) {
    case "missing":
      return msg(lang, "missingArg", { arg: OPTION[p.field] });
    case "bad_level":
      return msg(lang, "badLevel", { level: o.level ?? "" });
    case "bad_period":
      return msg(lang, "badPeriod", { period: o.period ?? "", id: `"${t.name[lang]}"`, examples: periodExamples(t) });
    case "bad_date":
      return metaMessages.badDate(p.text)[lang];
    case "bad_code":
      return metaMessages.badCode(p.max)[lang];
    case "too_long":
      return metaMessages.tooLong(OPTION[p.field], p.max)[lang];
  }
}

export function metaFromOptions(t: Template, o: MetaOptions, lang: Lang): ReportMeta {
  const input = {
    ...o,
    unitName: o["unit-name"],
    unitCode: o["unit-code"],
    reportDate: o["report-date"],
    ...documentInput(o),
  };
  const checked = reportMetaFromInput(t, input);
  if ("meta" in checked) return checked.meta;
  // One problem is said alone, as the CLI always said it; several at once.
  const [first, ...more] = checked.problems.map((p) => problemText(t, o, p, lang));
  if (!more.length) throw new CliError(first);
  throw new CliError(msg(lang, "badMeta", { detail: [first, ...more].join(" ") }));
}
