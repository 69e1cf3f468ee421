// Built-in templates are JSON data in the format users write: the published
// JSON Schema (generated from the zod schema) accepts them, an independent
// validator (Ajv) refuses what zod refuses, and a rule's threshold lives in the
// rule alone: its message shows whatever the rule's right side says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv/dist/2020";
import { formatNumber } from "../../../src/core/i18n/messages";
import type { UnitReport } from "../../../src/core/vocabulary";
import { builtInTemplates, loadTemplate, type Template } from "../../../src/core/templates";
import { templateJsonSchema } from "../../../src/core/templates/json-schema";
import { evaluateRules } from "../../../src/core/validate/rules";
import thangHanhDong from "../../../src/core/templates/thang-hanh-dong.json";
import congTacTreEm from "../../../src/core/templates/cong-tac-tre-em.json";

const PUBLISHED = join(__dirname, "..", "..", "..", "docs", "template.schema.json");

test("docs/template.schema.json is the zod schema's JSON Schema (run `npm run template-schema` after changing schema.ts)", () => {
  expect(JSON.parse(readFileSync(PUBLISHED, "utf8"))).toEqual(templateJsonSchema());
});

test("the published JSON Schema accepts the built-in template files and refuses a wrong kind, as zod does", () => {
  // Ajv arrives with the build tools (webpack's schema-utils), not as our own dependency.
  const validate = new Ajv({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(PUBLISHED, "utf8")) as object,
  );
  for (const t of [thangHanhDong, congTacTreEm])
    expect([t.id, validate(t), validate.errors]).toEqual([t.id, true, null]);
  const bad = structuredClone(thangHanhDong) as { tables: { groups: { fields: { kind: string }[] }[] }[] };
  bad.tables[0].groups[0].fields[0].kind = "percent";
  expect(validate(bad)).toBe(false);
  expect(() => loadTemplate(bad)).toThrow(/tables\.0\.groups\.0\.fields\.0\.kind/);
});

function reportWith(t: Template, values: Record<string, number>): UnitReport {
  const readings = Object.fromEntries(
    Object.entries(values).map(([field, value]) => [
      field,
      { field, sheet: "Báo cáo", cell: "A1", raw: value, value, blank: false },
    ]),
  );
  return {
    template: t,
    meta: { templateId: t.id, templateVersion: 1, unitName: "Xã A", level: "xa", period: "2024" },
    metaSource: "sheet",
    readings,
    narratives: {},
    structure: [],
  };
}

test("a threshold is written once, in the rule: its message shows the rule's right side", () => {
  const copy = structuredClone(thangHanhDong);
  const low = copy.rules.find((r) => r.id === "gifts_funds_per_child_low") as { right: string };
  low.right = "50000";
  const t = loadTemplate(copy);
  const [finding] = evaluateRules(t, reportWith(t, { gifts_children: 10, gifts_funds: 300_000 })).filter(
    (f) => f.code === "rule.gifts_funds_per_child_low",
  );
  expect(finding.message.vi).toContain("(dưới 50.000 đồng)");
  expect(finding.message.en).toContain("(under 50,000)");
});

test("no built-in message repeats a number its rule compares with", () => {
  for (const t of builtInTemplates()) {
    for (const r of t.rules) {
      if (!/^\d+$/.test(r.right) || Number(r.right) < 10) continue;
      const n = Number(r.right);
      expect([
        r.id,
        r.message.vi.includes(formatNumber(n, "vi")),
        r.message.en.includes(formatNumber(n, "en")),
      ]).toEqual([r.id, false, false]);
    }
  }
});
