// Each limit on a user's template is tripped by a template just over it, and
// a template just within every limit passes: the limits are what the constants say.
import * as L from "../../../src/core/limits";
import { findTemplate, type TemplateInput } from "../../../src/core/templates";
import { checkUserTemplate, parseUserTemplate } from "../../../src/core/templates/user-template";

const base = structuredClone(findTemplate("thang-hanh-dong")) as unknown as TemplateInput;
const fields = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `f${i}`, label: `Chỉ tiêu ${i}`, kind: "count" as const }));
const sections = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `S${i}`, heading: `Mục ${i}`, narrative: true }));
const rules = (n: number) => Array.from({ length: n }, (_, i) => ({ ...base.rules[0], id: `r${i}` }));

const cases: [string, number, (n: number) => TemplateInput, RegExp][] = [
  [
    "fields",
    L.MAX_TEMPLATE_FIELDS,
    (n) => ({
      ...base,
      tables: [{ ...base.tables[0], groups: [{ label: "Nhóm", fields: fields(n) }] }],
      rules: [],
      summaryChart: undefined,
    }),
    /fields/,
  ],
  [
    "sections",
    L.MAX_TEMPLATE_SECTIONS,
    (n) => ({ ...base, sections: [...base.sections, ...sections(n - base.sections.length)] }),
    /sections/,
  ],
  [
    "tables",
    L.MAX_TEMPLATE_TABLES,
    (n) => ({
      ...base,
      tables: [
        ...base.tables,
        ...Array.from({ length: n - 3 }, (_, i) => ({
          ...base.tables[0],
          id: `t${i}`,
          groups: [{ label: "Nhóm", fields: fields(1).map((f) => ({ ...f, id: `t${i}_f` })) }],
        })),
      ],
    }),
    /tables/,
  ],
  ["rules", L.MAX_TEMPLATE_RULES, (n) => ({ ...base, rules: rules(n) }), /rules/],
  ["text", L.MAX_TEMPLATE_TEXT, (n) => ({ ...base, title: "B".repeat(n - 9) + " {period}" }), /title: text of/],
];

test.each(cases)("%s: at the limit (%i) accepted, one over refused with the reason", (_what, max, make, reason) => {
  const at = checkUserTemplate(make(max));
  expect(at.ok ? [] : at.problems).toEqual([]);
  const over = checkUserTemplate(make(max + 1));
  expect(over.ok).toBe(false);
  if (!over.ok) expect(over.problems.map((p) => p.en).join("\n")).toMatch(reason);
});

test("a template file over MAX_TEMPLATE_BYTES is refused before it is parsed", () => {
  const r = parseUserTemplate(" ".repeat(L.MAX_TEMPLATE_BYTES + 1));
  expect(r.ok ? "" : r.problems[0].en).toContain(`at most ${L.MAX_TEMPLATE_BYTES}`);
});
