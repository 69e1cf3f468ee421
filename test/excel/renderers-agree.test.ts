// One sheet model, drawn twice — through Office.js (into the fake workbook)
// and into an .xlsx file (read back by ExcelJS) — must give the same cells,
// values, formulas, merges, number formats, fonts, locking and input names,
// and print the same way (black and white, page breaks, the short rules).
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { consolidate } from "../../src/core/consolidate";
import { serialFromIso } from "../../src/core/dates";
import { a1 } from "../../src/core/form/a1";
import type { SheetModel } from "../../src/core/layout/model";
import { layoutReport } from "../../src/core/layout/report";
import { layoutSummary } from "../../src/core/layout/summary";
import { TEMPLATE_SHEET } from "../../src/core/form/sheets";
import { cellText } from "../../src/core/read/grid";
import { templateHash } from "../../src/core/templates/catalogue";
import type { Template } from "../../src/core/templates";
import { monthOfActionValues } from "../../src/demo/samples";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { writeModel } from "../../src/excel/write-model";
import { readXlsx } from "../../src/xlsx/read";
import { renderXlsx } from "../../src/xlsx/write";
import { comparedSummaryOf } from "../helpers/excel-operations";
import { FakeExcel } from "../helpers/fake-excel";
import { metaFor, template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";

interface Seen {
  cells: Record<
    string,
    { value?: string | number | boolean; formula?: string; numFmt: string; bold: boolean; locked: boolean }
  >;
  merges: string[];
  names: Record<string, string>;
}

async function viaXlsx(model: SheetModel): Promise<Record<string, Seen>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(model)).buffer as ArrayBuffer);
  const names: Record<string, string> = {};
  for (const n of (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model)
    names[n.name] = n.ranges[0].replace(/\$/g, "");
  const out: Record<string, Seen> = {};
  wb.eachSheet((ws) => {
    const cells: Seen["cells"] = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        // ExcelJS shows a merge's value in every cell of it; only the master holds it.
        if (c.isMerged && c.master.address !== c.address) return;
        const v = c.value as unknown;
        const formula =
          v && typeof v === "object" && "formula" in (v as object) ? (v as { formula: string }).formula : undefined;
        // ExcelJS reads a date-formatted serial back as a Date: compare serials.
        const plain = v instanceof Date ? serialFromIso(v.toISOString().slice(0, 10)) : v;
        const value =
          formula !== undefined
            ? undefined
            : plain === null || plain === undefined
              ? undefined
              : (plain as string | number | boolean);
        if (value === undefined && formula === undefined) return;
        cells[c.address] = {
          value,
          formula,
          numFmt: c.numFmt ?? "General",
          bold: c.font?.bold ?? false,
          locked: c.protection?.locked ?? true,
        };
      }),
    );
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).length
      ? ((ws.model as unknown as { merges: string[] }).merges ?? [])
      : [];
    out[ws.name] = {
      cells,
      merges: [...merges].sort(),
      names: Object.fromEntries(
        Object.entries(names).filter(([, r]) => r.startsWith(`'${ws.name}'!`) || r.startsWith(`${ws.name}!`)),
      ),
    };
  });
  return out;
}

async function viaOfficeJs(model: SheetModel): Promise<Record<string, Seen>> {
  const excel = new FakeExcel();
  const r = await writeModel(excel.context(), () => model, ALL_CAPABILITIES, undefined);
  if (!r.ok) throw new Error("not written");
  const out: Record<string, Seen> = {};
  for (const s of excel.sheets) {
    const cells: Seen["cells"] = {};
    for (const [addr, c] of s.cells) {
      if (c.value === undefined && c.formula === undefined) continue;
      cells[addr] = {
        value: c.value,
        formula: c.formula,
        numFmt: c.numFmt,
        bold: c.format.font.bold ?? false,
        locked: c.format.locked,
      };
    }
    const names = Object.fromEntries([...excel.names].filter(([, ref]) => ref.startsWith(`'${s.name}'!`)));
    out[s.name] = { cells, merges: [...s.merges].sort(), names };
  }
  return out;
}

const t = template("thang-hanh-dong");
const summary = () => {
  const files = [1, 2, 3].map((i) =>
    unitFile(`u${i}.xlsx`, unitReport(t, { unitName: `Xã ${i}` }, monthOfActionValues(i), { "I.1": `Văn bản ${i}` })),
  );
  return consolidate(files, {
    consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" },
    roster: [{ name: "Xã 1" }, { name: "Xã 2" }, { name: "Xã 9" }],
  }).summary!;
};

test.each([
  ["a blank report", () => layoutReport(t, metaFor(t)).model],
  [
    "a filled periodic report",
    () =>
      layoutReport(template("cong-tac-tre-em"), metaFor(template("cong-tac-tre-em")), {
        values: { children_total: 1200, special_total: "40" },
      }).model,
  ],
  ["a summary workbook", () => layoutSummary(summary())],
  ["a summary compared with last year", () => layoutSummary(comparedSummaryOf(4))],
])("%s: both renderers draw the same workbook", async (_name, build) => {
  const model = build();
  const [x, o] = [await viaXlsx(model), await viaOfficeJs(model)];
  expect(Object.keys(o)).toEqual(Object.keys(x));
  for (const name of Object.keys(x)) {
    expect({ sheet: name, ...o[name] }).toEqual({ sheet: name, ...x[name] });
  }
  // And both say what the model says.
  const first = model.sheets[0];
  const sample = first.cells.find((c) => typeof c.value === "string")!;
  expect(o[first.name].cells[a1(sample.row, sample.col)].value).toBe(sample.value);
});

test("a report from a user's template: both renderers write the template it carries", async () => {
  // A province's own copy of the periodic report (another id): longer than one cell's chunk.
  const user: Template = { ...template("cong-tac-tre-em"), id: "cong-tac-tre-em-tinh" };
  const model = layoutReport(user, metaFor(user, { period: "2024" })).model;
  // ExcelJS does not decode OOXML's _xHHHH_ escapes (a field id like so_xa_… is written so_x005F_xa_…),
  // so the file side is read by tonghop's reader, which openpyxl and LibreOffice agree with (tested elsewhere).
  const grid = readXlsx(await renderXlsx(model));
  const viaFile = [...grid.sheet(TEMPLATE_SHEET)!.cells()].map(([row, col, c]) => [a1(row, col), cellText(c)]);
  const o = (await viaOfficeJs(model))[TEMPLATE_SHEET].cells;
  const viaOffice = Object.entries(o).map(([addr, c]) => [addr, String(c.value)]);
  expect(viaOffice).toEqual(viaFile);
  const chunks = viaOffice.filter(([addr]) => /^A\d+$/.test(addr) && addr !== "A1").map(([, v]) => v);
  expect(chunks.length).toBeGreaterThan(1);
  expect(JSON.parse(chunks.join(""))).toEqual(JSON.parse(JSON.stringify(user)));
  expect(viaOffice[3][1]).toBe(templateHash(user));
});

test("how a report prints: both renderers draw black and white, the page break before the signature's text, the short rules, a name over rows", async () => {
  // A long first section pushes the last section and the signature down to where the page break goes.
  const p = template("cong-tac-tre-em");
  const filler = "Kiến nghị tiếp tục hỗ trợ các xã khó khăn. ";
  const model = [...Array(40).keys()]
    .map((n) => layoutReport(p, metaFor(p), { narratives: { "III.2": filler.repeat(n) } }).model)
    .find((m) => m.sheets[0].print?.rowBreaks?.length);
  if (!model) throw new Error("no report needing a page break");
  // And a summary: its narratives a row per unit, each under one name.
  const sum = layoutSummary(summary());
  const report = model.sheets[0];
  const rules = report.cells.filter((c) => c.style.topRule).map((c) => a1(c.row, c.col));
  expect(rules.length).toBeGreaterThan(1);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(model)).buffer as ArrayBuffer);
  const ws = wb.getWorksheet(report.name)!;
  const xml = strFromU8(unzipSync(await renderXlsx(model))["xl/worksheets/sheet1.xml"]);
  const viaFile = {
    blackAndWhite: ws.pageSetup.blackAndWhite === true,
    breaks: [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => `A${Number(m[1]) + 1}`),
    rules: rules.filter((r) => ws.getCell(r).border?.top?.style === "thin"),
  };
  const excel = new FakeExcel();
  await writeModel(excel.context(), () => model, ALL_CAPABILITIES, undefined);
  const sheet = excel.sheet(report.name);
  const viaOffice = {
    blackAndWhite: sheet.pageLayout.blackAndWhite === true,
    breaks: sheet.rowBreaks,
    rules: rules.filter((r) => sheet.cell(r).format.borders["EdgeTop.style"] === "Continuous"),
  };
  expect(viaOffice).toEqual(viaFile);
  expect(viaFile).toEqual({ blackAndWhite: true, breaks: [`A${report.print!.rowBreaks![0]}`], rules });
  // The summary's narrative rows are one name in both: the workbook's defined name covers them all.
  const [x, o] = [await viaXlsx(sum), await viaOfficeJs(sum)];
  expect(o["Báo cáo"].names["th_narr_I_1"]).toBe(x["Báo cáo"].names["th_narr_I_1"]);
  expect(x["Báo cáo"].names["th_narr_I_1"]).toMatch(/^'Báo cáo'!A\d+:A\d+$/);
});
