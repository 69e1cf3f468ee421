// The JSON Schema of a template file, generated from the zod schema so the two
// never disagree: published as docs/template.schema.json for editors (a
// template file names it in "$schema"). Cross-references (unknown field ids,
// rule expressions) are checked by tonghop itself, not by the JSON Schema.
import { z } from "zod";
import { TemplateSchema } from "./schema";

export function templateJsonSchema(): Record<string, unknown> {
  // "input": what a file may contain, before defaults (e.g. `when`, `rates`) are applied.
  const schema = z.toJSONSchema(TemplateSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://github.com/tonghop/tonghop/docs/template.schema.json",
    title: "tonghop report template",
    description: "A report template for tonghop (mẫu báo cáo): sections, tally tables, rules, deadlines.",
  };
}
