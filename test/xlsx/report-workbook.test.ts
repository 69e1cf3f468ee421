// A commune's blank report, as written by `tonghop new`, read back by an
// independent reader (ExcelJS) and after a LibreOffice open-and-save.
import type ExcelJS from "exceljs";
import { colLetter, parseSheetRef } from "../../src/core/form/a1";
import { META_SHEET, REPORT_SHEET } from "../../src/core/form/sheets";
import { fieldHeader } from "../../src/core/form/headers";
import { layoutReport } from "../../src/core/layout/report";
import { templateFields, type Template } from "../../src/core/templates";
import { libreConvert } from "../helpers/libreoffice";
import {
  loadWorkbook,
  rawCellLocked,
  rawSheetXml,
  metaFor,
  metaRows,
  sheetTexts,
  template,
  tempDir,
  writeReport,
} from "../helpers/reports";

const TEMPLATES = [template("thang-hanh-dong"), template("cong-tac-tre-em")];

function definedNames(wb: ExcelJS.Workbook): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model)
    names.set(n.name, n.ranges[0]);
  return names;
}

// LibreOffice in headless mode rewrites view settings (gridlines) from its own
// defaults; everything that prints or protects is still checked after it.
function expectOfficialReport(
  wb: ExcelJS.Workbook,
  path: string,
  t: Template,
  unitName: string,
  checkView = true,
): void {
  const ws = wb.getWorksheet(REPORT_SHEET)!;
  expect(ws).toBeDefined();
  const texts = sheetTexts(ws);
  // The national motto block and the title.
  expect(texts).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(texts).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(texts.some((x) => x.startsWith(t.title.replace(" {period}", "")))).toBe(true);
  expect(texts).toContain(`ỦY BAN NHÂN DÂN ${unitName.toLocaleUpperCase("vi")}`);
  expect(texts).toContain("Nơi nhận:");
  // Every section heading and every header label, verbatim.
  for (const s of t.sections) expect(texts).toContain(s.heading);
  for (const table of t.tables) {
    if (table.caption) expect(texts).toContain(table.caption);
    for (const g of table.groups) {
      expect(texts).toContain(g.label);
      for (const f of g.fields) expect(texts).toContain(table.orientation === "columns" ? fieldHeader(f) : f.label);
    }
  }
  // Money headers state the unit.
  for (const f of templateFields(t).filter((x) => x.kind === "money")) expect(fieldHeader(f)).toMatch(/\(đồng\)$/);
  if (t.tables.some((x) => x.orientation === "rows")) expect(texts).toContain("đồng");
  // Print setup: A4, fit to one page wide, gridlines off.
  expect(ws.pageSetup.paperSize).toBe(9);
  expect(ws.pageSetup.fitToWidth).toBe(1);
  if (checkView) expect(ws.views[0]?.showGridLines).toBe(false);
  // Protected without a password; inputs unlocked, labels locked.
  // (Read from the XML: ExcelJS does not parse LibreOffice's sheet="true".)
  const protection = /<sheetProtection\b[^>]*>/.exec(rawSheetXml(path, 1))?.[0] ?? "";
  expect(protection).toMatch(/\bsheet="(1|true)"/);
  expect(protection).not.toMatch(/password|hashValue/i);
  const names = definedNames(wb);
  for (const f of templateFields(t)) {
    const ref = parseSheetRef(names.get(`th_${f.id}`) ?? "");
    expect(ref?.sheet).toBe(REPORT_SHEET);
    const cell = ws.getCell(ref!.row, ref!.col);
    expect(rawCellLocked(path, 1, `${colLetter(ref!.col)}${ref!.row}`)).toBe(false);
    expect(cell.numFmt).toBe("#,##0");
  }
  // The title and the motto are labels: locked.
  expect(rawCellLocked(path, 1, "A6")).toBe(true);
  expect(rawCellLocked(path, 1, "D1")).toBe(true);
}

describe("tonghop new writes an official report workbook", () => {
  const dir = tempDir();

  test.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: labels, motto, names, protection and print setup",
    async (_id, t) => {
      const path = await writeReport(dir, `${t.id}.xlsx`, t, metaFor(t));
      const wb = await loadWorkbook(path);
      expectOfficialReport(wb, path, t, "Xã Ẳng Cang");
      // Inputs carry Excel data validation: whole numbers >= 0, with a Vietnamese message.
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      const layout = layoutReport(t, metaFor(t));
      const first = layout.fields[templateFields(t)[0].id];
      const dv = ws.getCell(first.row, first.col).dataValidation;
      expect(dv.type).toBe("whole");
      expect(dv.formulae?.[0]).toBe(0);
      expect(dv.error).toContain("số nguyên không âm");
    },
  );

  test("records what the workbook is in a hidden metadata sheet", async () => {
    const t = template("cong-tac-tre-em");
    const path = await writeReport(
      dir,
      "meta.xlsx",
      t,
      metaFor(t, { unitCode: "03160", level: "xa", period: "2024-6T", reportDate: "2024-05-30" }),
    );
    const wb = await loadWorkbook(path);
    const ws = wb.getWorksheet(META_SHEET)!;
    expect(ws.state).toBe("hidden");
    const meta = metaRows(ws);
    expect(meta).toMatchObject({
      template_id: "cong-tac-tre-em",
      template_version: "1",
      unit_name: "Xã Ẳng Cang",
      unit_code: "03160",
      level: "xa",
      period: "2024-6T",
      report_date: "30/05/2024",
    });
    expect(meta["field:special_assisted"]).toMatch(/^'Báo cáo'!\$F\$\d+$/);
  });

  test("rates are formulas over counts, never inputs", async () => {
    const t = template("cong-tac-tre-em");
    const layout = layoutReport(t, metaFor(t));
    const formulas = layout.model.sheets[0].cells.filter((c) => c.formula);
    expect(formulas).toHaveLength(t.tables[0].rates.length);
    for (const c of formulas) {
      expect(c.name).toBeUndefined();
      expect(c.style.locked ?? true).toBe(true);
    }
    const special = layout.fields.special_assisted;
    const total = layout.fields.special_total;
    expect(formulas[0].formula).toBe(`IF(N(F${total.row})=0,"",N(F${special.row})/N(F${total.row}))`);
  });
});

describe("after a LibreOffice open-and-save", () => {
  test("the report keeps its labels, protection, print setup and metadata", async () => {
    const dir = tempDir();
    const paths = await Promise.all(
      TEMPLATES.map((t) => writeReport(dir, `${t.id}.xlsx`, t, metaFor(t, { unitCode: "03160" }))),
    );
    const saved = libreConvert(paths, "xlsx");
    for (const [i, t] of TEMPLATES.entries()) {
      const wb = await loadWorkbook(saved[i]);
      expectOfficialReport(wb, saved[i], t, "Xã Ẳng Cang", false);
      const meta = metaRows(wb.getWorksheet(META_SHEET)!);
      expect(meta.template_id).toBe(t.id);
      expect(meta.unit_name).toBe("Xã Ẳng Cang");
      expect(meta.unit_code).toBe("03160");
      expect(meta.period).toBe(metaFor(t).period);
      expect(meta.report_date).toBe("28/06/2024");
    }
  });
});
