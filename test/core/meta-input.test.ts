// What a person types becomes one checked ReportMeta, the same for the CLI and the pane: NFC, trimmed, blanks
// left out, the period in capitals, the date read as dd/mm/yyyy; each problem named by its field.
import { MAX_UNIT_CODE } from "../../src/core/limits";
import { reportMetaFromInput } from "../../src/core/meta-input";
import { findTemplate } from "../../src/core/templates";

const t = findTemplate("cong-tac-tre-em")!;

test("typed text is NFC and trimmed, blanks are left out, the period capitalised, the date read", () => {
  const nfd = "Xã Ẳng Cang".normalize("NFD");
  const r = reportMetaFromInput(t, {
    unitName: `  ${nfd} `,
    unitCode: " ",
    period: "2024-6t",
    reportDate: "3/7/2024",
    place: "",
  });
  expect(r).toEqual({
    meta: {
      templateId: t.id,
      templateVersion: t.version,
      unitName: "Xã Ẳng Cang",
      level: "xa",
      period: "2024-6T",
      reportDate: "2024-07-03",
    },
  });
});

test("problems are named by field, in the order a form shows them", () => {
  const r = reportMetaFromInput(t, { unitName: " ", level: "thon", period: "2024-13T", reportDate: "31/02/2024" });
  expect("problems" in r && r.problems.map((p) => `${p.field} ${p.kind}`)).toEqual([
    "unitName missing",
    "level bad_level",
    "period bad_period",
    "reportDate bad_date",
  ]);
});

test("what the schema refuses comes as a kind with its limit, not in zod's words", () => {
  const r = reportMetaFromInput(t, {
    unitName: "Xã Ẳng Cang",
    period: "2024",
    unitCode: "03 130",
    reportDate: "31/02/2024",
  });
  expect("problems" in r && r.problems).toEqual([
    { field: "reportDate", kind: "bad_date", text: "31/02/2024" },
    { field: "unitCode", kind: "bad_code", max: MAX_UNIT_CODE },
  ]);
  const long = reportMetaFromInput(t, { unitName: "Xã Ẳng Cang", period: "2024", place: "Ẳng Cang ".repeat(20) });
  expect("problems" in long && long.problems).toEqual([{ field: "place", kind: "too_long", max: 100 }]);
});

test("a unit code the schema refuses is named alongside the other problems, so a form shows them together", () => {
  const r = reportMetaFromInput(t, { unitName: "", period: "2024", unitCode: "03 130" });
  expect("problems" in r && r.problems.map((p) => `${p.field} ${p.kind}`)).toEqual([
    "unitName missing",
    "unitCode bad_code",
  ]);
});
