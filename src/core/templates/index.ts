// The built-in templates are data in the same format users write (JSON,
// described by docs/template.schema.json), checked by the schema when first
// asked for: a malformed definition fails loudly, naming the template, the key and why.
// thang-hanh-dong: seed 000's Month of Action outline (Mường Ảng, 2024), labels verbatim.
// cong-tac-tre-em: seed 002's periodic report (Sơn Hà 2024, Thông tư 13/2021 indicators).
// Their field ids are a contract: other tools and saved workbooks rely on them.
import thangHanhDong from "./thang-hanh-dong.json";
import congTacTreEm from "./cong-tac-tre-em.json";
import { TemplateSchema, type Field, type TallyTable, type Template } from "./schema";
import { ownValue, record } from "../records";

export * from "./schema";

export class TemplateError extends Error {
  constructor(
    readonly templateId: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `Template "${templateId}" is malformed:\n` +
        issues.map((i) => `  - ${i.path || "(root)"}: ${i.message}`).join("\n"),
    );
    this.name = "TemplateError";
  }
}

/** Checks a template definition and applies defaults. */
export function loadTemplate(input: unknown): Template {
  const parsed = TemplateSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const id =
    typeof input === "object" && input !== null && typeof (input as { id?: unknown }).id === "string"
      ? (input as { id: string }).id
      : "(no id)";
  throw new TemplateError(
    id,
    parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  );
}

const BUILT_IN: unknown[] = [thangHanhDong, congTacTreEm];
let loaded: Template[] | undefined;

export function builtInTemplates(): Template[] {
  loaded ??= BUILT_IN.map(loadTemplate);
  return loaded;
}

export function findTemplate(id: string): Template | undefined {
  return builtInTemplates().find((t) => t.id === id);
}

/** Every input field of a template, in printed order. */
export function templateFields(t: Template): Field[] {
  return t.tables.flatMap((table) => table.groups.flatMap((g) => g.fields));
}

/** Each rate from its numerator and denominator (null when the denominator is 0): a rate is never summed. */
export function templateRates(t: Template, numbers: Record<string, number | undefined>): Record<string, number | null> {
  const rates = record<number | null>();
  for (const table of t.tables)
    for (const r of table.rates) {
      const den = ownValue(numbers, r.denominator) ?? 0;
      rates[r.id] = den > 0 ? (ownValue(numbers, r.numerator) ?? 0) / den : null;
    }
  return rates;
}

export function tableOfField(t: Template, fieldId: string): TallyTable | undefined {
  return t.tables.find((table) => table.groups.some((g) => g.fields.some((f) => f.id === fieldId)));
}

/** A field's name for messages: "Tặng quà › Kinh phí", or its label alone in indicator lists. */
export function fieldTitle(t: Template, fieldId: string): string {
  for (const table of t.tables) {
    for (const g of table.groups) {
      const f = g.fields.find((x) => x.id === fieldId);
      if (!f) continue;
      if (table.orientation !== "columns") return f.label.replace(/^—\s*/, "");
      return g.label === undefined ? f.label : `${g.label.replace(/\s*\(.*\)$/, "")} › ${f.label}`;
    }
  }
  return fieldId;
}

export function findField(t: Template, fieldId: string): Field | undefined {
  return templateFields(t).find((f) => f.id === fieldId);
}
