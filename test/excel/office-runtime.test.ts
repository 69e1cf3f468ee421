// The rig itself: Microsoft's Office.js runtime in jsdom, answered by a small
// workbook. What it records (bytes, actions, Excel members and their requirement
// sets) is what the other tests and the benchmark rely on, so it is checked here
// against things Microsoft wrote: the runtime's requests and @types/office-js.
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { extractReport } from "../../src/core/read/extract";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { markFindings, unmarkFindings } from "../../src/excel/highlight";
import { readWorkbookGrid } from "../../src/excel/read-workbook";
import { wholeNumberRule } from "../../src/excel/render";
import { findingsOn, insert, operations } from "../helpers/excel-operations";
import { OfficeRig } from "../helpers/office-runtime";

const members = (rig: OfficeRig) => new Map(rig.syncs.flatMap((s) => s.uses).map((u) => [u.member, u.set]));

test("a request's members are resolved with the requirement set @types/office-js gives them", async () => {
  const rig = new OfficeRig();
  rig.workbook.addSheet("Sheet1");
  await rig.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.load("visibility");
    ws.getUsedRange(true).load("values");
    await ctx.sync();
    ws.visibility = "Visible";
    ws.protection.protect({ allowFormatColumns: true, selectionMode: "Normal" });
    ws.getRange("A:A").format.columnWidth = 40;
    await ctx.sync();
  });
  const used = members(rig);
  expect(used.get("Worksheet.visibility")).toBe("1.2"); // "1.1 for reading; 1.2 for setting": it was set
  expect(used.get("Worksheet.getUsedRange")).toBe("1.1");
  expect(used.get("Worksheet.getUsedRange(valuesOnly)")).toBe("1.2");
  expect(used.get("WorksheetProtection.protect")).toBe("1.2");
  expect(used.get("WorksheetProtectionOptions.allowFormatColumns")).toBe("1.2");
  expect(used.get("WorksheetProtectionOptions.selectionMode")).toBe("1.7");
  expect(used.get("RangeFormat.columnWidth")).toBe("1.2");
  expect(used.get("Range.values")).toBe("1.1");
  expect(rig.syncs[0].bytes).toBeGreaterThan(100);
  expect(rig.syncs[0].actions).toBeGreaterThan(3);
});

test("a report inserted through Microsoft's runtime reads back as a report, inputs in place", async () => {
  const rig = new OfficeRig();
  const r = await insert((b) => rig.run(b), ALL_CAPABILITIES);
  expect(r.ok).toBe(true);
  expect(rig.workbook.sheets.map((s) => s.name)).toEqual([REPORT_SHEET, "_tonghop"]);
  expect(rig.workbook.sheet("_tonghop").visibility).toBe("Hidden");
  expect(rig.workbook.names.get("th_launch_sites")).toMatch(/^'Báo cáo'![A-Z]+\d+$/);
  const read = extractReport(await rig.run((c) => readWorkbookGrid(c)));
  expect(read.ok && Object.keys(read.report.readings)).toHaveLength(16);
  expect(read.ok && read.report.meta.unitName).toBe("Xã Ẳng Cang");
});

test("a report's number inputs get a data validation Excel's JavaScript API accepts: whole numbers ≥ 0, no bound above 65,535", async () => {
  const rig = new OfficeRig();
  const r = await insert((b) => rig.run(b), ALL_CAPABILITIES);
  expect(r.ok).toBe(true);
  const address = String(rig.workbook.names.get("th_launch_sites")).replace(/^.*!/, "");
  expect(rig.workbook.sheet(REPORT_SHEET).cell(address).validation).toEqual({
    wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
  });
  const money = String(rig.workbook.names.get("th_gifts_funds")).replace(/^.*!/, "");
  expect(rig.workbook.sheet(REPORT_SHEET).cell(money).validation).toEqual({
    wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
  });
  expect(wholeNumberRule(0, 500)).toEqual({ wholeNumber: { formula1: 0, formula2: 500, operator: "Between" } });
});

test("marking and unmarking through the runtime puts every fill back", async () => {
  const rig = new OfficeRig();
  await insert((b) => rig.run(b), ALL_CAPABILITIES);
  const ws = rig.workbook.sheet(REPORT_SHEET);
  ws.cell("A201").fill = "#00FF00";
  const findings = findingsOn(4);
  const { saved } = await rig.run((c) => markFindings(c, findings, ALL_CAPABILITIES));
  expect(ws.cell("A200").fill).toBe("#FFC7CE");
  expect(ws.cell("A201").fill).toBe("#FFEB9C");
  expect(ws.protected).toBe(true);
  await rig.run((c) => unmarkFindings(c, saved, ALL_CAPABILITIES));
  expect(ws.cell("A200").fill).toBeUndefined();
  expect(ws.cell("A201").fill).toBe("#00FF00");
  expect(ws.protected).toBe(true);
});

test.each(operations(3).map((op) => [op.name, op] as const))(
  "%s runs through Microsoft's runtime",
  async (_name, op) => {
    const rig = new OfficeRig();
    const run = <T>(b: (ctx: Excel.RequestContext) => Promise<T>) => rig.run(b);
    await op.prepare(run, ALL_CAPABILITIES);
    rig.syncs = [];
    await op.run(run, ALL_CAPABILITIES);
    expect(rig.syncs.length).toBeGreaterThan(0);
    expect(rig.usesAbove("99.0")).toEqual([]); // every member is one @types/office-js documents
  },
);

describe("the rig answers as Office does, and tells the runtime the host's requirement sets", () => {
  test("a too-large answer is Office error 5104, which the runtime reports as ResponsePayloadSizeLimitExceeded", async () => {
    const rig = new OfficeRig();
    const ws = rig.workbook.addSheet("Ghi chú");
    for (let r = 1; r <= 3_000; r++) ws.cell(`A${r}`).value = "Ẳng ".repeat(600);
    const failure = await rig
      .run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("Ghi chú").getRange("A1:A3000");
        range.load("values");
        await ctx.sync();
      })
      .catch((e: { code?: string }) => e);
    expect(failure).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("a too-large request is Office error 5103: RequestPayloadSizeLimitExceeded", async () => {
    const rig = new OfficeRig({ apiVersion: "1.2" }); // one command for the whole grid, as hosts before ExcelApi 1.3 get
    rig.workbook.addSheet("Sổ");
    const failure = await rig
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sổ").getRange("A1:A3000").values = Array.from({ length: 3_000 }, () => [
          "Ẳng ".repeat(600),
        ]);
        await ctx.sync();
      })
      .catch((e: { code?: string }) => e);
    expect(failure).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test.each([
    ["1.2", 1],
    ["1.3", 3],
  ])(
    "on an ExcelApi %s host the runtime writes 4,000 values in %i command(s): it asked the host's sets",
    async (host, commands) => {
      const rig = new OfficeRig({ apiVersion: host });
      rig.workbook.addSheet("Sổ");
      await rig.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sổ").getRange("A1:A4000").values = Array.from({ length: 4_000 }, (_, i) => [
          i,
        ]);
        await ctx.sync();
      });
      const writes = rig.syncs.flatMap((s) => s.uses).filter((u) => u.member === "Range.values");
      expect(writes).toHaveLength(commands);
      expect(rig.workbook.sheet("Sổ").cell("A4000").value).toBe(3_999);
    },
  );
});
