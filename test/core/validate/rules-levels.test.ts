// A rule limited to some levels, as a district or province meets it: the
// commune-only check "a child-friendly commune has no drowning death or abused
// child" (cong-tac-tre-em) flags a commune's report, never a district's or a
// province's, whose figures add up many communes.
import { consolidate } from "../../../src/core/consolidate";
import type { Level } from "../../../src/core/templates";
import { validateReport } from "../../../src/core/validate";
import { template } from "../../helpers/reports";
import { unitFile, unitReport, type Values } from "../../helpers/unit-reports";

const t = template("cong-tac-tre-em");
const RULE = "rule.child_friendly_with_harm";
// Several child-friendly communes, and drowning deaths elsewhere in the same area.
const figures: Values = {
  children_total: 24_000,
  special_total: 400,
  special_assisted: 400,
  at_risk_total: 300,
  abused_total: 0,
  abused_supported: 0,
  injury_total: 50,
  drowning_deaths: 2,
  child_labour: 0,
  under6_total: 7_000,
  under6_insured: 6_900,
  villages_total: 140,
  villages_with_venue: 90,
  communes_total: 12,
  communes_child_friendly: 5,
  forums: 12,
  forum_children: 900,
  trainings: 20,
  trainees: 600,
  inspections: 30,
  funds_state: 200_000_000,
  funds_mobilized: 150_000_000,
};

const ruleHits = (level: Level) =>
  validateReport(unitReport(t, { unitName: "Đơn vị", level }, figures)).filter((f) => f.code === RULE);

test("a commune that calls itself child-friendly with a drowning death is told to check the cell", () => {
  const hits = ruleHits("xa");
  expect(hits.map((f) => [f.field, f.severity])).toEqual([["communes_child_friendly", "warning"]]);
  expect(hits[0].message.vi).toContain("không được công nhận");
});

test.each([
  ["district", "huyen"],
  ["province", "tinh"],
] as const)("a %s report with the same figures is not flagged by the commune-only rule", (_name, level) => {
  expect(ruleHits(level)).toEqual([]);
});

test("a province consolidating its districts' reports lists no commune-only warning on them", () => {
  const districts = ["Huyện Mường Ảng", "Huyện Tuần Giáo"].map((name, i) =>
    unitFile(`${i}.xlsx`, unitReport(t, { unitName: name, level: "huyen", period: "2024" }, figures)),
  );
  const s = consolidate(districts, { consolidatingUnit: { name: "Tỉnh Điện Biên", level: "tinh" } });
  expect(s?.files.map((f) => [f.file, f.status, f.findings.filter((x) => x.code === RULE).length])).toEqual([
    ["0.xlsx", "included", 0],
    ["1.xlsx", "included", 0],
  ]);
});
