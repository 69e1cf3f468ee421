// A ReportMeta from what a person typed (the CLI's options, the pane's form):
// text in NFC and trimmed, blanks left out, the period in capitals, the date
// read as dd/mm/yyyy, then checked by the schema. Each problem is named by its
// field, so each front end says it in its own words and place.
import { parseVnDate } from "./dates";
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
}

export type MetaField = keyof MetaInput;

/** Why a field cannot be used: missing, not understood, or refused by the schema (its words in `detail`). */
export interface MetaProblem {
  field: MetaField;
  kind: "missing" | "invalid";
  detail?: string;
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
  if (!unitName) problems.push({ field: "unitName", kind: "missing" });
  const level = input.level ?? "xa";
  if (!(LEVELS as readonly string[]).includes(level)) problems.push({ field: "level", kind: "invalid" });
  const period = input.period?.trim().toUpperCase();
  if (!period) problems.push({ field: "period", kind: "missing" });
  else if (!parsePeriod(template, period)) problems.push({ field: "period", kind: "invalid" });
  const dateText = typed(input.reportDate);
  const reportDate = dateText === undefined ? undefined : parseVnDate(dateText);
  if (reportDate === null) problems.push({ field: "reportDate", kind: "invalid" });
  // The unit code is checked with the others, so a form shows its problem alongside theirs.
  const unitCode = typed(input.unitCode);
  const code = ReportMetaSchema.shape.unitCode.safeParse(unitCode);
  if (!code.success)
    problems.push({ field: "unitCode", kind: "invalid", detail: `unitCode: ${code.error.issues[0].message}` });
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
  });
  if (parsed.success) return { meta: parsed.data };
  return {
    problems: parsed.error.issues.map((i) => ({
      field: String(i.path[0]) as MetaField,
      kind: "invalid",
      detail: `${i.path.join(".")}: ${i.message}`,
    })),
  };
}
