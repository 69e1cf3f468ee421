// Bounded requests: Excel on the web refuses a request or a response above 5 MB
// (RequestPayloadSizeLimitExceeded). Measured on Microsoft's Office.js runtime,
// every request of the add-in's writes stays under 4 MB at any size, and a
// 1,000-unit summary takes at most 20,000 actions in all.
import { a1 } from "../../src/core/form/a1";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import type { Finding } from "../../src/core/vocabulary";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { FILL_COSTS, markFindings, unmarkFindings } from "../../src/excel/highlight";
import { readWorkbookGrid } from "../../src/excel/read-workbook";
import { COMPARE_SHEET, COMPARE_UNITS_SHEET, PREVIOUS_SOURCES_SHEET } from "../../src/core/layout/summary-compare";
import {
  comparedSummaryOf,
  findingsOn,
  insert,
  summaryOf,
  writeFindings,
  writeSummary,
  type Run,
} from "../helpers/excel-operations";
import { OfficeRig } from "../helpers/office-runtime";

const MB4 = 4 * 1024 * 1024;

function rigRun(): { rig: OfficeRig; run: Run } {
  const rig = new OfficeRig();
  return { rig, run: (b) => rig.run(b) };
}

test("inserting a report: every request under 4 MB", async () => {
  const { rig, run } = rigRun();
  await insert(run, ALL_CAPABILITIES);
  expect(rig.totals().largestRequest).toBeLessThanOrEqual(MB4);
});

test("marking 1,000 findings: every request and response under 4 MB, the cells marked", async () => {
  const { rig, run } = rigRun();
  await insert(run, ALL_CAPABILITIES);
  rig.syncs = [];
  await run((c) => markFindings(c, findingsOn(1000), ALL_CAPABILITIES));
  const t = rig.totals();
  expect(t.largestRequest).toBeLessThanOrEqual(MB4);
  expect(t.largestResponse).toBeLessThanOrEqual(MB4);
  expect(rig.workbook.sheet(REPORT_SHEET).cell("A200").fill).toBe("#FFC7CE");
});

test("Kiểm tra's findings written as a sheet: one request for a report's findings, every request under 4 MB for 5,000", async () => {
  const { rig, run } = rigRun();
  await insert(run, ALL_CAPABILITIES);
  const inserting = rig.totals().syncs;
  rig.syncs = [];
  expect(await writeFindings(run, 60, ALL_CAPABILITIES)).toBe("Kết quả kiểm tra");
  // The sheet names, then the whole sheet: as few round trips as inserting a report.
  expect(rig.totals().syncs).toBe(inserting);
  rig.syncs = [];
  await writeFindings(run, 5000, ALL_CAPABILITIES, "Kết quả kiểm tra");
  expect(rig.totals().largestRequest).toBeLessThanOrEqual(MB4);
  const written = [...rig.workbook.sheet("Kết quả kiểm tra").cells.values()].map((c) => c.value);
  expect(written).toContain(5000);
});

/** n findings in a checkerboard of errors and warnings (no two neighbours share a colour), every third cell with a fill of its own. */
function checkerboard(rig: OfficeRig, n: number): Finding[] {
  const ws = rig.workbook.sheet(REPORT_SHEET);
  return Array.from({ length: n }, (_, i) => {
    const row = 200 + (i % 500);
    const col = 1 + Math.floor(i / 500);
    if (i % 3 === 0) ws.cell(a1(row, col)).fill = "#00B050";
    return {
      code: "x",
      severity: (row + col) % 2 ? ("warning" as const) : ("error" as const),
      sheet: REPORT_SHEET,
      cell: a1(row, col),
      message: { vi: "x", en: "x" },
    };
  });
}

describe("marking 10,000 cells", () => {
  test("every request and answer within 4 MB, every cell marked, then every fill put back exactly", async () => {
    const { rig, run } = rigRun();
    await insert(run, ALL_CAPABILITIES);
    const findings = checkerboard(rig, 10_000);
    const ws = rig.workbook.sheet(REPORT_SHEET);
    const before = new Map(findings.map((f) => [f.cell, ws.cell(f.cell).fill]));
    rig.syncs = [];
    const { saved } = await run((c) => markFindings(c, findings, ALL_CAPABILITIES));
    const marking = rig.totals();
    expect(marking.largestRequest).toBeLessThanOrEqual(MB4);
    expect(marking.largestResponse).toBeLessThanOrEqual(MB4);
    for (const f of findings) expect(ws.cell(f.cell).fill).toBe(f.severity === "error" ? "#FFC7CE" : "#FFEB9C");
    rig.syncs = [];
    await run((c) => unmarkFindings(c, saved, ALL_CAPABILITIES));
    expect(rig.totals().largestRequest).toBeLessThanOrEqual(MB4);
    for (const f of findings) expect(ws.cell(f.cell).fill).toBe(before.get(f.cell));
    expect(ws.protected).toBe(true);
  });

  test("the budget counts each fill at no less than the runtime sends for it", async () => {
    const rig = new OfficeRig({ enforceLimit: false });
    await insert((b) => rig.run(b), ALL_CAPABILITIES);
    const findings = checkerboard(rig, 10_000);
    rig.syncs = [];
    const { saved } = await rig.run((c) => markFindings(c, findings, ALL_CAPABILITIES));
    await rig.run((c) => unmarkFindings(c, saved, ALL_CAPABILITIES));
    const per = (member: string) =>
      rig.syncs.map((s) => ({ s, n: s.uses.filter((u) => u.member === member).length })).filter(({ n }) => n > 100);
    const loads = per("RangeFill.color").filter(({ s }) => s.responseBytes > 1000);
    const writes = rig.syncs.filter(
      (s) => s.responseBytes < 1000 && s.uses.some((u) => u.member.startsWith("RangeFill.")),
    );
    expect(loads.length).toBeGreaterThan(0);
    expect(writes.length).toBeGreaterThan(1);
    // An address (≤ 12 bytes as JSON) and a colour (9) besides the fixed cost.
    for (const { s, n } of loads) {
      expect(s.bytes / n).toBeLessThanOrEqual(FILL_COSTS.load);
      expect(s.responseBytes / n).toBeLessThanOrEqual(FILL_COSTS.loadAnswer);
    }
    for (const s of writes) {
      const n = s.uses.filter((u) => u.member === "RangeFill.color" || u.member === "RangeFill.clear").length;
      expect(s.bytes / n).toBeLessThanOrEqual(FILL_COSTS.set + 21);
    }
  });
});

test.each([200, 1000])("a summary of %i units: every request under 4 MB, at most 20,000 actions", async (n) => {
  const { rig, run } = rigRun();
  const r = await writeSummary(run, summaryOf(n), ALL_CAPABILITIES);
  expect(r.ok).toBe(true);
  const t = rig.totals();
  expect(t.largestRequest).toBeLessThanOrEqual(MB4);
  expect(t.actions).toBeLessThanOrEqual(20_000);
});

// Measured: 4 requests, the largest 3.4 MB, 7,575 actions (the per-unit sheet is 16,000 rows).
test("a summary of 1,000 units compared with last year: its comparison sheets written, every request under 4 MB", async () => {
  const { rig, run } = rigRun();
  const s = comparedSummaryOf(1000);
  const r = await writeSummary(run, s, ALL_CAPABILITIES);
  expect(r.ok && r.sheets).toEqual(
    expect.arrayContaining([COMPARE_SHEET, COMPARE_UNITS_SHEET, PREVIOUS_SOURCES_SHEET]),
  );
  const t = rig.totals();
  expect(t.largestRequest).toBeLessThanOrEqual(MB4);
  const sentence = s.comparison?.ok ? s.comparison.sentences[0].lines[0].vi : "";
  const written = [...rig.workbook.sheet(COMPARE_SHEET).cells.values()].map((c) => c.value);
  expect(written).toContain(sentence);
  const units = [...rig.workbook.sheet(COMPARE_UNITS_SHEET).cells.values()].map((c) => c.value);
  expect(units).toContain("Xã Số 1000");
  // The first unit's state funds, 1,000 times last year's: the warning beside its value.
  expect(units.some((v) => typeof v === "string" && v.includes("có thể nhập theo nghìn đồng"))).toBe(true);
});

test("a summary too big for one request is split by its bytes: several requests, each under 4 MB, nothing lost", async () => {
  const { rig, run } = rigRun();
  const long = (i: number) => `Xã Số ${i + 1} ` + "thôn bản Ẳng Cang Mường Ảng ".repeat(12);
  const s = summaryOf(1000, long);
  const r = await writeSummary(run, s, ALL_CAPABILITIES);
  expect(r.ok).toBe(true);
  const t = rig.totals();
  expect(t.syncs).toBeGreaterThan(3);
  expect(t.largestRequest).toBeLessThanOrEqual(MB4);
  const written = [...rig.workbook.sheet("Tổng hợp theo đơn vị").cells.values()].map((c) => c.value);
  for (const i of [0, 499, 999]) expect(written).toContain(s.units[i].name);
});

describe("reading the open workbook", () => {
  /** A sheet of `rows` × `cols` cells of text `text(r, c)`. */
  function fill(rig: OfficeRig, name: string, rows: number, cols: number, text: (r: number, c: number) => string) {
    const ws = rig.workbook.addSheet(name);
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) ws.cell(a1(r, c)).value = text(r, c);
  }

  test("200,000 cells are read in chunks: every answer under 4 MB, every cell read", async () => {
    const rig = new OfficeRig();
    fill(rig, "Sổ 1", 10_000, 10, (r, c) => `Xã Ẳng Cang thôn ${r}-${c}`);
    fill(rig, "Sổ 2", 10_000, 10, (r, c) => `Mường Ảng bản ${r}-${c}`);
    const grid = await rig.run((c) => readWorkbookGrid(c, undefined, ALL_CAPABILITIES));
    expect(rig.totals().largestResponse).toBeLessThanOrEqual(MB4);
    expect(grid.sheet("Sổ 1")?.cell(10_000, 10)?.value).toEqual({ t: "s", v: "Xã Ẳng Cang thôn 10000-10" });
    expect(grid.sheet("Sổ 2")?.cell(1, 1)?.value).toEqual({ t: "s", v: "Mường Ảng bản 1-1" });
  });

  test("long texts the first guess underrates: the refused answer is asked again in smaller chunks", async () => {
    const rig = new OfficeRig();
    fill(rig, "Ghi chú", 3_000, 2, (r) => `${r} ` + "Ẳng ".repeat(400));
    const grid = await rig.run((c) => readWorkbookGrid(c, undefined, ALL_CAPABILITIES));
    const refused = rig.syncs.filter((s) => s.responseBytes > MB4).length;
    expect(refused).toBeGreaterThan(0); // Excel on the web would refuse that answer: it was asked again
    expect(grid.sheet("Ghi chú")?.cell(3_000, 2)?.value).toEqual({ t: "s", v: "3000 " + "Ẳng ".repeat(400) });
  });

  test("formatted empty cells far away do not make the read larger where the host reads values only", async () => {
    const rig = new OfficeRig();
    fill(rig, "Sổ", 10, 2, () => "x");
    rig.workbook.sheet("Sổ").cell("Z60000").fill = "#FFFF00";
    await rig.run((c) => readWorkbookGrid(c, undefined, ALL_CAPABILITIES));
    expect(rig.totals().largestResponse).toBeLessThan(10_000);
  });
});
