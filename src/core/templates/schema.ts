// The shape of a report template, as a zod schema: templates are data, checked
// when they load, and their TypeScript types are inferred from this schema.
import { z } from "zod";
import { schemaMessages as M } from "../i18n/template-messages";
import type { Localized } from "../i18n/lang";
import { exprFields, parseExpr } from "./expr";

/** A field id: a contract with other tools (and the th_<id> names in workbooks). */
export const FIELD_ID = /^[a-z][a-z0-9_]*$/;
export const TEMPLATE_ID = /^[a-z][a-z0-9-]*$/;

const FieldId = z.string().regex(FIELD_ID, "a field id is lower-case letters, digits and _");
const Text = z.string().min(1);
const Message = z.object({ vi: Text, en: Text });

export const LEVELS = ["xa", "huyen", "tinh"] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

export const FieldSchema = z.object({
  id: FieldId.describe(
    "The field's id, a contract other tools and saved workbooks rely on: never change it once used.",
  ),
  label: Text.describe("The printed label, verbatim from the official form."),
  kind: z.enum(["count", "money"]),
  unit: z.string().optional().describe(`Unit printed in row-oriented tables ("trẻ em", "cuộc"); money is always đồng.`),
});
export type Field = z.infer<typeof FieldSchema>;

export const FieldGroupSchema = z.object({
  label: Text.optional().describe(
    `The upper header ("Tặng quà") over its fields' sub-headers. Without one, the group's fields are one-level columns: each header spans both header rows.`,
  ),
  fields: z.array(FieldSchema).min(1),
});
export type FieldGroup = z.infer<typeof FieldGroupSchema>;

/** A rate shown as a formula over two counts; never an input, never summed. */
export const RateSchema = z.object({
  id: FieldId,
  label: Text,
  numerator: FieldId,
  denominator: FieldId,
});
export type Rate = z.infer<typeof RateSchema>;

export const TallyTableSchema = z.object({
  id: FieldId,
  name: Text.describe(`Short name used in findings ("Bảng 1 - Kinh phí").`),
  caption: z
    .string()
    .optional()
    .describe("Printed caption above the table, verbatim from the form; some tables have none."),
  afterSection: Text.describe("The narrative section this table follows."),
  orientation: z
    .enum(["columns", "rows"])
    .describe(
      `"columns": a two-level header over one input row (Month of Action tables). "rows": one indicator a row, one value column (indicator lists).`,
    ),
  groups: z.array(FieldGroupSchema).min(1),
  rates: z.array(RateSchema.extend({ afterField: FieldId })).default([]),
});
export type TallyTable = z.infer<typeof TallyTableSchema>;

export const SectionSchema = z.object({
  id: Text,
  heading: Text,
  narrative: z.boolean().describe("Whether the section has a text area to write in (top-level headings do not)."),
});
export type Section = z.infer<typeof SectionSchema>;

const OPS = ["<", "<=", ">", ">=", "=", "!="] as const;
const Expression = Text.describe(
  'Field ids and whole numbers with + - * / and parentheses, e.g. "gifts_funds / gifts_children".',
);
export const ComparisonSchema = z.object({ left: Expression, op: z.enum(OPS), right: Expression });
export type Comparison = z.infer<typeof ComparisonSchema>;

/**
 * A cross-field rule, DHIS2-style: what must hold (left op right), its
 * importance, and what to tell the user when it does not. `when` limits the
 * rule to reports where all its conditions hold.
 */
export const SeveritySchema = z.enum(["error", "warning"]);
/** How much a finding matters: an error keeps its value out of the totals; a warning is worth a look. */
export type Severity = z.infer<typeof SeveritySchema>;

export const RuleSchema = ComparisonSchema.extend({
  id: FieldId,
  severity: SeveritySchema,
  when: z.array(ComparisonSchema).default([]),
  levels: z.array(LevelSchema).optional().describe("Only for reports of these levels (default: all)."),
  cell: FieldId.optional().describe("The field whose cell the finding points at (default: the first field of `left`)."),
  message: Message.describe("Placeholders: {left}, {right}, {pct} (left/right as a percentage), {<field id>}."),
});
export type Rule = z.infer<typeof RuleSchema>;

export const DeadlineSchema = z.object({
  span: z
    .enum(["half", "year"])
    .default("year")
    .describe(`"half" for a first-six-months period (2024-6T), "year" for a whole year.`),
  level: LevelSchema.optional(),
  day: z.number().int().min(1).max(31),
  month: z.number().int().min(1).max(12),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const TemplateSchema = z
  .object({
    id: z
      .string()
      .regex(TEMPLATE_ID)
      .describe(
        "The template's id (lower-case letters, digits and -); with the version, what a report says it was made from.",
      ),
    version: z
      .number()
      .int()
      .min(1)
      .describe("Raised whenever fields change, so reports of different versions are not mixed."),
    title: Text.describe(`Printed title; {period} is replaced ("NĂM 2024", "6 THÁNG ĐẦU NĂM 2024").`),
    name: Message.describe("Short Vietnamese and English names for lists and messages."),
    periodKind: z
      .enum(["year", "half-or-year"])
      .describe(`"year" (2024), or "half-or-year": also the first six months (2024-6T).`),
    sections: z.array(SectionSchema).min(1),
    tables: z.array(TallyTableSchema).min(1),
    rules: z.array(RuleSchema),
    deadlines: z.array(DeadlineSchema).min(1),
    labelAliases: z
      .record(z.string().regex(/^[\p{Ll}\d]{1,12}$/u), Text)
      .optional()
      .describe(
        `Abbreviations people type in this form's labels, with what they stand for ({"bhyt": "bảo hiểm y tế"}), beside tonghop's own list; keys lower case.`,
      ),
    summaryChart: z
      .object({ title: Text, fields: z.array(FieldId).min(1).max(8) })
      .optional()
      .describe("The main indicators charted by unit in a summary."),
    source: Text,
  })
  .superRefine((t, ctx) => {
    // Custom issues carry their message in both languages (params.message); `message` is the English, for zod.
    const problem = (path: (string | number)[], message: Localized) =>
      ctx.addIssue({ code: "custom", path, message: message.en, params: { message } });
    const sectionIds = new Set<string>();
    t.sections.forEach((s, i) => {
      if (sectionIds.has(s.id)) problem(["sections", i, "id"], M.duplicateSection(s.id));
      sectionIds.add(s.id);
    });
    const fieldIds = new Set<string>();
    t.tables.forEach((table, ti) => {
      table.groups.forEach((g, gi) => {
        if (g.label === undefined && table.orientation !== "columns")
          problem(["tables", ti, "groups", gi, "label"], M.groupLabelNeeded());
      });
      if (!sectionIds.has(table.afterSection)) problem(["tables", ti, "afterSection"], M.noSection(table.afterSection));
      table.groups.forEach((g, gi) =>
        g.fields.forEach((f, fi) => {
          if (fieldIds.has(f.id)) problem(["tables", ti, "groups", gi, "fields", fi, "id"], M.duplicateField(f.id));
          fieldIds.add(f.id);
        }),
      );
    });
    t.tables.forEach((table, ti) =>
      table.rates.forEach((r, ri) => {
        for (const key of ["numerator", "denominator", "afterField"] as const) {
          if (!fieldIds.has(r[key])) problem(["tables", ti, "rates", ri, key], M.unknownField(r[key]));
        }
      }),
    );
    t.summaryChart?.fields.forEach((f, i) => {
      if (!fieldIds.has(f)) problem(["summaryChart", "fields", i], M.unknownField(f));
    });
    const checkExpr = (src: string, path: (string | number)[]) => {
      try {
        for (const id of exprFields(parseExpr(src))) {
          if (!fieldIds.has(id)) problem(path, M.unknownFieldIn(id, src));
        }
      } catch (e) {
        problem(path, M.badExpression(src, (e as Error).message));
      }
    };
    t.rules.forEach((r, ri) => {
      checkExpr(r.left, ["rules", ri, "left"]);
      checkExpr(r.right, ["rules", ri, "right"]);
      r.when.forEach((w, wi) => {
        checkExpr(w.left, ["rules", ri, "when", wi, "left"]);
        checkExpr(w.right, ["rules", ri, "when", wi, "right"]);
      });
      if (r.cell && !fieldIds.has(r.cell)) problem(["rules", ri, "cell"], M.unknownField(r.cell));
    });
  });

/** What a template definition looks like before defaults are applied. */
export type TemplateInput = z.input<typeof TemplateSchema>;
export type Template = z.output<typeof TemplateSchema>;
