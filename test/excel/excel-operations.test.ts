// The add-in's Office.js operations, driven against office-addin-mock proxies
// in a fake workbook: what each writes, and how many round trips it takes.
import { consolidate } from "../../src/core/consolidate";
import { a1 } from "../../src/core/form/a1";
import { META_SHEET, REPORT_SHEET } from "../../src/core/form/sheets";
import type { ModelSheet } from "../../src/core/layout/model";
import { layoutReport } from "../../src/core/layout/report";
import { BY_UNIT_SHEET, layoutSummary } from "../../src/core/layout/summary";
import { extractReport } from "../../src/core/read/extract";
import { rosterFromGrid } from "../../src/core/roster";
import { validateReport } from "../../src/core/validate";
import { templateFields } from "../../src/core/templates";
import { monthOfActionValues } from "../../src/demo/samples";
import { ALL_CAPABILITIES, capabilitiesOf, type Capabilities } from "../../src/excel/capabilities";
import { applySuggestion, selectCell } from "../../src/excel/cells";
import { markFindings, unmarkFindings } from "../../src/excel/highlight";
import { readWorkbookGrid } from "../../src/excel/read-workbook";
import { fitToWidthZoom } from "../../src/excel/render";
import { writeModel } from "../../src/excel/write-model";
import { FakeExcel } from "../helpers/fake-excel";
import { metaFor, template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";

const t = template("thang-hanh-dong");
const meta = metaFor(t, { unitName: "Xã Ẳng Cang" });
const insertReport = (excel: FakeExcel, caps: Capabilities = ALL_CAPABILITIES, choice?: "replace") =>
  writeModel(excel.context(), (sheet) => layoutReport(t, meta, {}, "report", sheet).model, caps, choice);

function summaryOf(n: number, name = (i: number) => `Xã Số ${i + 1}`) {
  const files = Array.from({ length: n }, (_, i) =>
    unitFile(`u${i}.xlsx`, unitReport(t, { unitName: name(i), reportDate: "2024-07-01" }, monthOfActionValues(i + 1))),
  );
  const s = consolidate(files, { consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" } }).summary;
  if (!s) throw new Error("no summary");
  return s;
}

describe("inserting a report", () => {
  test("writes the report and its hidden metadata in 2 round trips", async () => {
    const excel = new FakeExcel();
    const r = await insertReport(excel);
    expect(r.ok).toBe(true);
    expect(excel.syncs).toBe(2);
    expect(excel.sheets.map((s) => s.name)).toEqual([REPORT_SHEET, META_SHEET]);
    expect(excel.sheet(META_SHEET).visibility).toBe("Hidden");
    const ws = excel.sheet(REPORT_SHEET);
    expect(ws.protected).toBe(true);
    expect(ws.showGridlines).toBe(false);
    expect(ws.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait" });
    // One page wide; as many tall as the report takes unscaled and more (0, Excel's "automatic" in a file, is not a
    // documented Office.js value): the height never shrinks the print.
    const zoom = ws.pageLayout.zoom as Excel.PageLayoutZoomOptions;
    expect(zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: expect.any(Number) });
    expect(zoom.verticalFitToPages).toBeGreaterThanOrEqual(3);
    const layout = layoutReport(t, meta);
    for (const f of templateFields(t)) {
      const p = layout.fields[f.id];
      expect(excel.names.get(`th_${f.id}`)).toBe(`'${REPORT_SHEET}'!${a1(p.row, p.col)}`);
      const cell = ws.cell(a1(p.row, p.col));
      expect(cell.format.locked).toBe(false);
      expect(cell.numFmt).toBe("#,##0");
      // Whole numbers ≥ 0: an upper bound above 65,535 would make Excel refuse the request (office-js#3088).
      expect(cell.validation?.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
      expect((cell.validation?.errorAlert as { message: string }).message).toContain("số nguyên không âm");
    }
    expect(ws.cell("D1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(ws.cell("D1").format.locked).toBe(true);
  });

  test("a user's own sheet named 'Báo cáo' is left alone; ours gets a new name and the metadata follows it", async () => {
    const excel = new FakeExcel();
    excel.addSheet("báo cáo").cell("A1").value = "Sổ theo dõi của tôi";
    const r = await insertReport(excel);
    expect(r.ok && r.renamed).toEqual([{ from: REPORT_SHEET, to: "Báo cáo (2)" }]);
    expect(excel.sheet("báo cáo").cell("A1").value).toBe("Sổ theo dõi của tôi");
    const grid = await readWorkbookGrid(excel.context());
    const read = extractReport(grid);
    expect(read.ok && read.report.readings.launch_sites.sheet).toBe("Báo cáo (2)");
  });

  test("an earlier tonghop report is replaced only when the user chooses to", async () => {
    const excel = new FakeExcel();
    await insertReport(excel);
    excel.syncs = 0;
    const asked = await insertReport(excel);
    expect(asked).toEqual({ ok: false, existing: [REPORT_SHEET, META_SHEET] });
    expect(excel.syncs).toBe(1);
    const replaced = await insertReport(excel, ALL_CAPABILITIES, "replace");
    expect(replaced.ok && replaced.replaced).toEqual([REPORT_SHEET, META_SHEET]);
    expect(excel.sheets.map((s) => s.name)).toEqual([REPORT_SHEET, META_SHEET]);
  });

  test("on Excel 2016 (ExcelApi 1.1) asking for a later set fails as Excel fails: ApiNotFound", async () => {
    await expect(insertReport(new FakeExcel({ apiVersion: "1.1" }))).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("on Excel 2016 (ExcelApi 1.1) it still inserts, without the newer features", async () => {
    const excel = new FakeExcel({ apiVersion: "1.1" });
    const r = await insertReport(
      excel,
      capabilitiesOf((v) => v === "1.1"),
    );
    expect(r.ok).toBe(true);
    expect(excel.names.size).toBe(0);
    expect(excel.sheet(REPORT_SHEET).protected).toBe(false);
    const read = extractReport(await readWorkbookGrid(excel.context()));
    expect(read.ok && Object.keys(read.report.readings)).toHaveLength(16);
  });
});

describe("writing a summary", () => {
  test.each([1, 200])("for %i units takes 2 round trips", async (n) => {
    const excel = new FakeExcel();
    const s = summaryOf(n);
    const r = await writeModel(excel.context(), (sheet) => layoutSummary(s, sheet), ALL_CAPABILITIES, undefined);
    expect(r.ok).toBe(true);
    expect(excel.syncs).toBe(2);
    const byUnit = excel.sheet(BY_UNIT_SHEET);
    const totals = [...byUnit.cells.values()].filter((c) => c.formula?.startsWith("SUM("));
    expect(totals).toHaveLength(templateFields(t).length);
    expect(excel.sheet("Biểu đồ").charts).toHaveLength(1);
  });

  test("proxies grow at most linearly with units", async () => {
    const count = async (n: number) => {
      const excel = new FakeExcel();
      const s = summaryOf(n);
      await writeModel(excel.context(), (sheet) => layoutSummary(s, sheet), ALL_CAPABILITIES, undefined);
      return excel.proxies;
    };
    const [p10, p200] = [await count(10), await count(200)];
    expect(p200 / p10).toBeLessThan(200 / 10);
  });

  test("text from unit files stays text: a unit named like a formula is never a formula", async () => {
    const excel = new FakeExcel();
    const s = summaryOf(2, (i) => (i === 0 ? '=HYPERLINK("http://x","bấm")' : "+84 Xã Lạ"));
    await writeModel(excel.context(), (sheet) => layoutSummary(s, sheet), ALL_CAPABILITIES, undefined);
    const cells = [...excel.sheet(BY_UNIT_SHEET).cells.values()];
    expect(cells.some((c) => c.value === '=HYPERLINK("http://x","bấm")')).toBe(true);
    expect(cells.some((c) => c.formula?.includes("HYPERLINK"))).toBe(false);
    expect(cells.some((c) => c.value === "+84 Xã Lạ")).toBe(true);
  });
});

describe("checking the open workbook", () => {
  async function filledWorkbook() {
    const excel = new FakeExcel();
    await insertReport(excel);
    const layout = layoutReport(t, meta);
    const ws = excel.sheet(REPORT_SHEET);
    const values = monthOfActionValues(3);
    for (const f of templateFields(t))
      ws.cell(a1(layout.fields[f.id].row, layout.fields[f.id].col)).value = values[f.id];
    ws.cell(a1(layout.fields.gifts_funds.row, layout.fields.gifts_funds.col)).value = "1.500.000";
    ws.cell(a1(layout.fields.gifts_children.row, layout.fields.gifts_children.col)).value = 50;
    ws.cell(a1(layout.fields.works_new.row, layout.fields.works_new.col)).value = "hai";
    return { excel, layout };
  }

  test("reads it in 3 round trips and finds each mistake at its cell", async () => {
    const { excel, layout } = await filledWorkbook();
    excel.syncs = 0;
    const read = extractReport(await readWorkbookGrid(excel.context()));
    expect(excel.syncs).toBe(3);
    if (!read.ok) throw new Error(read.failure.message.en);
    const findings = validateReport(read.report);
    const at = (id: string) => a1(layout.fields[id].row, layout.fields[id].col);
    expect(findings.find((f) => f.code === "number_as_text")).toMatchObject({
      cell: at("gifts_funds"),
      suggestion: 1_500_000,
    });
    expect(findings.find((f) => f.code === "not_a_number")).toMatchObject({ cell: at("works_new") });
  });

  test("marking highlights the cells; unmarking restores their previous fill exactly, protection included", async () => {
    const { excel, layout } = await filledWorkbook();
    const ws = excel.sheet(REPORT_SHEET);
    const input = a1(layout.fields.works_new.row, layout.fields.works_new.col);
    const label = "A6";
    const before = { input: ws.cell(input).format.fill, label: ws.cell(label).format.fill };
    const read = extractReport(await readWorkbookGrid(excel.context()));
    if (!read.ok) throw new Error("unreadable");
    const findings = [
      ...validateReport(read.report),
      { code: "x", severity: "warning" as const, sheet: REPORT_SHEET, cell: label, message: { vi: "x", en: "x" } },
    ];
    excel.syncs = 0;
    const { saved } = await markFindings(excel.context(), findings, ALL_CAPABILITIES);
    // protection read; the sheet unprotected (alone: a password would make it fail); fills read; marks and protection.
    expect(excel.syncs).toBe(4);
    expect(ws.cell(input).format.fill).toBe("#FFC7CE");
    expect(ws.cell(label).format.fill).toBe("#FFEB9C");
    expect(ws.protected).toBe(true);
    excel.syncs = 0;
    await unmarkFindings(excel.context(), saved, ALL_CAPABILITIES);
    expect(excel.syncs).toBe(4);
    expect(ws.cell(input).format.fill).toBe(before.input);
    expect(ws.cell(label).format.fill).toBe(before.label);
    expect(before.input).toBe("#FFF9E5");
    expect(before.label).toBeUndefined();
    expect(ws.protected).toBe(true);
  });

  test("marking 200 findings still takes 4 round trips", async () => {
    const { excel } = await filledWorkbook();
    const many = Array.from({ length: 200 }, (_, i) => ({
      code: "x",
      severity: "error" as const,
      sheet: REPORT_SHEET,
      cell: a1(100 + i, 1),
      message: { vi: "x", en: "x" },
    }));
    excel.syncs = 0;
    await markFindings(excel.context(), many, ALL_CAPABILITIES);
    expect(excel.syncs).toBe(4);
  });

  test("'Sửa' applies the suggested value in one round trip, and the finding is gone", async () => {
    const { excel } = await filledWorkbook();
    const read = extractReport(await readWorkbookGrid(excel.context()));
    if (!read.ok) throw new Error("unreadable");
    const finding = validateReport(read.report).find((f) => f.code === "number_as_text");
    excel.syncs = 0;
    expect(await applySuggestion(excel.context(), finding!)).toBe(true);
    expect(excel.syncs).toBe(1);
    const again = extractReport(await readWorkbookGrid(excel.context()));
    expect(again.ok && validateReport(again.report).some((f) => f.code === "number_as_text")).toBe(false);
    expect(again.ok && again.report.readings.gifts_funds.value).toBe(1_500_000);
  });

  test("a roster on one sheet is read without loading the other sheets", async () => {
    const { excel } = await filledWorkbook();
    const list = excel.addSheet("Danh sách");
    list.cell("A1").value = "Mã";
    list.cell("B1").value = "Tên";
    list.cell("B2").value = "Xã Ẳng Cang";
    excel.syncs = 0;
    const grid = await readWorkbookGrid(excel.context(), ["Danh sách"]);
    expect(excel.syncs).toBe(3);
    expect(grid.sheetNames).toEqual(["Danh sách"]);
    expect(rosterFromGrid(grid)).toEqual([{ name: "Xã Ẳng Cang" }]);
  });

  test("going to a finding's cell takes one round trip", async () => {
    const { excel } = await filledWorkbook();
    excel.syncs = 0;
    await selectCell(excel.context(), REPORT_SHEET, "B23");
    expect(excel.syncs).toBe(1);
  });
});

test("one page wide in documented values: the pages tall cover the whole sheet unscaled, so only the width scales it", () => {
  const sheet = (rows: number, orientation: "portrait" | "landscape"): ModelSheet => ({
    name: "x",
    state: "visible",
    columns: [10],
    rowHeights: { 1: 60 },
    cells: [{ row: rows, col: 1, style: {} }],
    merges: [],
    protect: false,
    showGridLines: false,
    print: {
      paper: "A4",
      orientation,
      fitToWidth: true,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
  });
  // 60 + 199 × 20 = 4,040 points on pages of 841.89 − 108 = 733.89: 5.5 pages, 6 — and 2 more for rows added.
  expect(fitToWidthZoom(sheet(200, "portrait"))).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 8 });
  // Landscape pages are shorter: 4,040 / (595.28 − 108) = 8.3, 9 + 2.
  expect(fitToWidthZoom(sheet(200, "landscape"))).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 11 });
  expect(fitToWidthZoom(sheet(1, "portrait")).verticalFitToPages).toBe(3);
});
