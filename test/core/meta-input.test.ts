// What a person types becomes one checked ReportMeta, the same for the CLI and the pane: NFC, trimmed, blanks
// left out, the period in capitals, the date read as dd/mm/yyyy; each problem named by its field; a date that
// does not exist said so; a report date outside its period noticed.
import { metaMessages } from "../../src/core/i18n/meta-messages";
import { MAX_UNIT_CODE } from "../../src/core/limits";
import { dateFitsPeriod } from "../../src/core/meta";
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

test("a date written right but that does not exist is told so, not that its format is wrong", () => {
  expect(metaMessages.badDate("31/6/2024").vi).toBe("Không có ngày 31/6/2024: tháng 6/2024 chỉ có 30 ngày.");
  expect(metaMessages.badDate("29/2/2023").en).toBe("There is no 29/2/2023 (day/month/year): 2/2023 has only 28 days.");
  expect(metaMessages.badDate("2024-07-03").vi).toMatch(/hãy ghi theo dạng ngày\/tháng\/năm/);
});

test("a report date fits its period: within the year, a whole year's report also until the end of next March", () => {
  const year = { year: 2024, span: "year" } as const;
  const half = { year: 2024, span: "half" } as const;
  expect(["2024-01-01", "2024-07-03", "2025-03-31"].map((d) => dateFitsPeriod(year, d))).toEqual([true, true, true]);
  expect(["2023-12-31", "2025-04-01"].map((d) => dateFitsPeriod(year, d))).toEqual([false, false]);
  expect(["2024-05-31", "2024-12-31", "2025-01-15", "2023-07-03"].map((d) => dateFitsPeriod(half, d))).toEqual([
    true,
    true,
    false,
    false,
  ]);
});
