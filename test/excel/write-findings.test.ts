// Kiểm tra's findings written into the open workbook (the feedback table as a sheet of its own), against the
// fake workbook: a user's sheet of the same name is never touched, the sheet written before is replaced (not a
// new "(3)" each time), the answer column is left open to type in, and it takes two round trips.
import { feedbackFromChecks, feedbackSheet } from "../../src/core/feedback";
import { EXPLANATION_COLUMN, FINDINGS_SHEET } from "../../src/core/form/feedback";
import { a1 } from "../../src/core/form/a1";
import { FONT } from "../../src/core/layout/report";
import { validateReport } from "../../src/core/validate";
import { monthOfActionValues } from "../../src/demo/samples";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { writeFindingsSheet } from "../../src/excel/write-findings";
import { FakeExcel } from "../helpers/fake-excel";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";

const t = template("thang-hanh-dong");

function findingsOf(values: Record<string, number | string>) {
  const report = unitReport(t, { unitName: "Xã Búng Lao" }, { ...monthOfActionValues(2), ...values });
  const set = feedbackFromChecks([unitFile("Sổ làm việc này", report, "")]);
  return { sheet: feedbackSheet(set.units[0], set, "findings").sheet, findings: validateReport(report) };
}

test("the findings go on a sheet of their own, beside a user's sheet of the same name, replaced the next time", async () => {
  const excel = new FakeExcel();
  excel.addSheet("Báo cáo");
  excel.addSheet(FINDINGS_SHEET).cell("A1").value = "Ghi chú của tôi";
  const first = findingsOf({ works_new: "hai" });
  const name = await writeFindingsSheet(excel.context(), first.sheet, FONT, ALL_CAPABILITIES);
  expect(name).toBe(`${FINDINGS_SHEET} (2)`);
  expect(excel.syncs).toBe(2);
  expect(excel.sheet(FINDINGS_SHEET).cell("A1").value).toBe("Ghi chú của tôi");
  const texts = () => [...excel.sheet(name).cells.values()].map((c) => String(c.value ?? ""));
  for (const f of first.findings) expect(texts()).toContain(f.message.vi);
  const answer = first.sheet.cells.find((c) => c.col === EXPLANATION_COLUMN && c.style.locked === false);
  expect(answer && excel.sheet(name).cell(a1(answer.row, answer.col)).format.locked).toBe(false);

  const second = findingsOf({ launch_children: "12 vụ" });
  const again = await writeFindingsSheet(excel.context(), second.sheet, FONT, ALL_CAPABILITIES, name);
  expect(again).toBe(name);
  expect(excel.sheets.map((s) => s.name)).toEqual(["Báo cáo", FINDINGS_SHEET, name]);
  expect(texts().some((x) => x.includes('"12 vụ"'))).toBe(true);
  expect(texts().some((x) => x.includes('"hai"'))).toBe(false);
});

test("when the findings sheet is the workbook's only visible sheet, the new one is written before the old goes", async () => {
  const excel = new FakeExcel();
  excel.addSheet("_tonghop").visibility = "Hidden";
  const name = await writeFindingsSheet(
    excel.context(),
    findingsOf({ works_new: "hai" }).sheet,
    FONT,
    ALL_CAPABILITIES,
  );
  const again = await writeFindingsSheet(
    excel.context(),
    findingsOf({ launch_children: "12 vụ" }).sheet,
    FONT,
    ALL_CAPABILITIES,
    name,
  );
  // The old name was still taken when the new sheet came: it gets the next one, and the old sheet is gone.
  expect(again).toBe(`${FINDINGS_SHEET} (2)`);
  expect(excel.sheets.map((s) => s.name)).toEqual(["_tonghop", again]);
});
