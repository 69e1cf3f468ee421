// The demo tells the units nothing is counted for as `tonghop consolidate` does: a unit whose only reports are in
// conflict (or rejected) "Đã nộp, cần xử lý" with the reason, never just "Chưa nộp". The expected lines are
// consolidate's own (unitStateLines), so the two cannot drift apart.
import { consolidate } from "../../src/core/consolidate";
import { demoLines } from "../../src/cli/commands/demo";
import { unitStateLines } from "../../src/cli/summary-lines";
import { statusWord } from "../../src/core/i18n/status";
import { monthOfActionValues } from "../../src/demo/samples";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";

const t = template("thang-hanh-dong");
const file = (name: string, unitName: string, seed: number) =>
  unitFile(name, unitReport(t, { unitName, reportDate: "2024-07-01", period: "2024" }, monthOfActionValues(seed)));
const summary = consolidate(
  [
    file("ang-cang.xlsx", "Xã Ẳng Cang", 1),
    file("xuan-lao.xlsx", "Xã Xuân Lao", 2),
    file("xuan-lao-2.xlsx", "Xã Xuân Lao", 3),
  ],
  {
    roster: ["Xã Ẳng Cang", "Xã Xuân Lao", "Xã Nặm Lịch"].map((name) => ({ name })),
    consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" },
  },
).summary;

test.each(["vi", "en"] as const)("the demo (%s) lists units that sent something apart from the missing", (lang) => {
  if (!summary) throw new Error("nothing consolidated");
  expect(summary.unresolved.map((u) => u.name)).toEqual(["Xã Xuân Lao"]);
  const printed = demoLines(summary, new Map(), lang).join("\n");
  expect(printed).toContain(unitStateLines(summary, lang).join("\n"));
  expect(printed).toContain(
    `${statusWord("unresolved", lang)}:\n  Xã Xuân Lao — ${summary.unresolved[0].reason[lang]}`,
  );
});
