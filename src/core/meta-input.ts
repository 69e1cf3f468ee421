// A ReportMeta from what a person typed (the CLI's options, the pane's form):
// text in NFC and trimmed, blanks left out, the period in capitals, the date
// read as dd/mm/yyyy, then checked by the schema. Each problem is named by its
// field and kind, so each front end says it in its place, in words from the
// core's catalogue (i18n/meta-messages.ts), in its language.
import { parseVnDate } from "./dates";
import { MAX_UNIT_CODE } from "./limits";
import { parsePeriod, ReportMetaSchema, type ReportMeta } from "./meta";
import { LEVELS, type Level, type Template } from "./templates";

/** What a person typed; any of it may be missing. */
export interface MetaInput {
  unitName?: string;
  unitCode?: string;
  level?: string;
  period?: string;
  /** dd/mm/yyyy, as users write dates. */
  reportDate?: string;
  issuer?: string;
  place?: string;
  /** What the signed document prints (Decree 30): the parent body, the issuer's abbreviation, Kính gửi, signer. */
  parentBody?: string;
  abbreviation?: string;
  recipient?: string;
  signer?: string;
  /** "deputy": a deputy signs for the head (KT.); anything else: the head signs. */
  signAs?: string;
}

export type MetaField = keyof MetaInput;

/** Why a field cannot be used. */
export type MetaProblem =
  | { field: MetaField; kind: "missing" | "bad_level" | "bad_period" }
  /** `text`: the date as typed. */
  | { field: MetaField; kind: "bad_date"; text: string }
  /** `max`: the most characters the field holds (the schema's limit). */
  | { field: MetaField; kind: "too_long" | "bad_code"; max: number };

/** A problem the schema found, by what it checks: lengths, the unit code's pattern, the date. */
function schemaProblem(field: MetaField, issue: { code: string; maximum?: unknown }, input: MetaInput): MetaProblem {
  if (issue.code === "too_big") return { field, kind: "too_long", max: Number(issue.maximum) };
  if (field === "unitCode") return { field, kind: "bad_code", max: MAX_UNIT_CODE };
  if (field === "reportDate") return { field, kind: "bad_date", text: input.reportDate ?? "" };
  if (field === "level") return { field, kind: "bad_level" };
  if (field === "period") return { field, kind: "bad_period" };
  return { field, kind: "missing" };
}

const typed = (text: string | undefined): string | undefined => {
  const t = text?.normalize("NFC").trim();
  return t ? t : undefined;
};

/**
 * The checked ReportMeta, or every problem in the order a form shows them (unit, level, period, date, then what
 * the schema refuses). `level` defaults to "xa".
 */
export function reportMetaFromInput(
  template: Template,
  input: MetaInput,
): { meta: ReportMeta } | { problems: MetaProblem[] } {
  const problems: MetaProblem[] = [];
  const unitName = typed(input.unitName);
  const name = ReportMetaSchema.shape.unitName.safeParse(unitName ?? "");
  if (!unitName) problems.push({ field: "unitName", kind: "missing" });
  else if (!name.success) problems.push(schemaProblem("unitName", name.error.issues[0], input));
  const level = input.level ?? "xa";
  if (!(LEVELS as readonly string[]).includes(level)) problems.push({ field: "level", kind: "bad_level" });
  const period = input.period?.trim().toUpperCase();
  if (!period) problems.push({ field: "period", kind: "missing" });
  else if (!parsePeriod(template, period)) problems.push({ field: "period", kind: "bad_period" });
  const dateText = typed(input.reportDate);
  const reportDate = dateText === undefined ? undefined : parseVnDate(dateText);
  if (reportDate === null) problems.push({ field: "reportDate", kind: "bad_date", text: dateText ?? "" });
  // The name's length and the unit code are checked with the others, so a form shows their problems together.
  const unitCode = typed(input.unitCode);
  const code = ReportMetaSchema.shape.unitCode.safeParse(unitCode);
  if (!code.success) problems.push(schemaProblem("unitCode", code.error.issues[0], input));
  if (problems.length) return { problems };
  const parsed = ReportMetaSchema.safeParse({
    templateId: template.id,
    templateVersion: template.version,
    unitName,
    unitCode,
    level: level as Level,
    period,
    reportDate: reportDate ?? undefined,
    issuer: typed(input.issuer),
    place: typed(input.place),
    parentBody: typed(input.parentBody),
    abbreviation: typed(input.abbreviation),
    recipient: typed(input.recipient),
    signer: typed(input.signer),
    signAs: input.signAs === "deputy" ? "deputy" : undefined,
  });
  if (parsed.success) return { meta: parsed.data };
  return { problems: parsed.error.issues.map((i) => schemaProblem(String(i.path[0]) as MetaField, i, input)) };
}
