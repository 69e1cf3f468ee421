// What the template schema finds, said to a template author in Vietnamese with its English twin: zod's own
// messages are English only, so each kind of issue is put in the author's words here (tonghop template check,
// --template, a definition workbook, a template carried in a report).
import type { z } from "zod";
import { schemaMessages as M, templateFileMessages } from "../i18n/template-messages";
import type { Localized } from "../i18n/lang";
import { FIELD_ID, TEMPLATE_ID, TemplateSchema, type Template } from "./schema";

const isLocalized = (v: unknown): v is Localized =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as Localized).vi === "string" &&
  typeof (v as Localized).en === "string";

/** One schema issue in both languages: what is wrong, without the place. */
export function schemaIssueMessage(issue: z.core.$ZodIssue): Localized {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? M.missing() : M.wrongKind(issue.expected);
    case "too_small":
      return M.tooSmall(issue.origin, Number(issue.minimum));
    case "too_big":
      return M.tooBig(issue.origin, Number(issue.maximum));
    case "invalid_value":
      return M.oneOf(issue.values.map(String));
    case "invalid_format":
      if (issue.pattern === String(FIELD_ID)) return M.fieldIdFormat();
      if (issue.pattern === String(TEMPLATE_ID)) return M.templateIdFormat();
      break;
    case "custom":
      if (isLocalized(issue.params?.message)) return issue.params.message;
      break;
  }
  return M.otherwise(issue.message);
}

export type SchemaResult =
  | { ok: true; template: Template }
  | { ok: false; problems: { path: string; message: Localized }[] };

/** A template definition through the schema: the template, or each problem at its path ("tables.0.groups"). */
export function checkTemplateSchema(input: unknown): SchemaResult {
  // reportInput: a missing key is told apart from a value of the wrong kind.
  const parsed = TemplateSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join(".");
      return { path, message: templateFileMessages.schema(path, schemaIssueMessage(issue)) };
    }),
  };
}
