// Workbooks damaged the way real ones get damaged — a header retyped, columns
// moved, the metadata sheet deleted, the sheet renamed — are read as far as
// they safely can be, and the damage is reported.
import { readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { a1 } from "../../src/core/form/a1";
import { META_SHEET, REPORT_SHEET } from "../../src/core/form/sheets";
import { layoutReport } from "../../src/core/layout/report";
import { validateReport } from "../../src/core/validate";
import { monthOfActionValues } from "../../src/demo/samples";
import { readReportBytes } from "../../src/xlsx/report-file";
import { openpyxlEdit, type OpenpyxlEdit } from "../helpers/openpyxl";
import { metaFor, template, tempDir, writeReport } from "../helpers/reports";

const t = template("thang-hanh-dong");
const meta = metaFor(t, { unitName: "Xã Mường Lạn", unitCode: "03175" });
const layout = layoutReport(t, meta);
const values = monthOfActionValues(77);
const at = (field: string) => a1(layout.fields[field].row, layout.fields[field].col);
const headerOf = (field: string) => a1(layout.fields[field].row - 1, layout.fields[field].col);
const dir = tempDir("tonghop-structure-");
let source: string;

function metaRowOf(key: string): string {
  const model = layout.model.sheets.find((s) => s.name === META_SHEET)!;
  const cell = model.cells.find((c) => c.col === 1 && c.value === key)!;
  return `B${cell.row}`;
}

const EDITS: Record<string, Omit<OpenpyxlEdit, "src" | "out">> = {
  relabelled: {
    cells: [{ sheet: REPORT_SHEET, cell: headerOf("gifts_funds"), kind: "text", value: "Tiền (nghìn đồng)" }],
  },
  moved: {
    // The clerk swapped the two gift columns by retyping headers and numbers; the names stayed.
    cells: [
      { sheet: REPORT_SHEET, cell: headerOf("gifts_children"), kind: "text", value: "Kinh phí (đồng)" },
      { sheet: REPORT_SHEET, cell: headerOf("gifts_funds"), kind: "text", value: "Số lượng trẻ em" },
      { sheet: REPORT_SHEET, cell: at("gifts_children"), kind: "number", value: values.gifts_funds },
      { sheet: REPORT_SHEET, cell: at("gifts_funds"), kind: "number", value: values.gifts_children },
    ],
  },
  noMeta: { delete_sheets: [META_SHEET], delete_names: true },
  newer: { cells: [{ sheet: META_SHEET, cell: metaRowOf("template_version"), kind: "text", value: "9" }] },
  unknown: { cells: [{ sheet: META_SHEET, cell: metaRowOf("template_id"), kind: "text", value: "bao-cao-khac" }] },
  typedDate: {
    cells: [
      {
        sheet: REPORT_SHEET,
        cell: a1(layout.reportDate.row, layout.reportDate.col),
        kind: "text",
        value: "05/07/2024",
      },
    ],
  },
};
const out: Record<string, string> = {};

beforeAll(async () => {
  source = await writeReport(dir, "source.xlsx", t, meta, { values, narratives: { "I.1": "Đã ban hành kế hoạch." } });
  const keys = Object.keys(EDITS);
  const paths = openpyxlEdit(keys.map((k) => ({ src: source, out: join(dir, `${k}.xlsx`), ...EDITS[k] })));
  keys.forEach((k, i) => (out[k] = paths[i]));
});

function read(path: string) {
  return readReportBytes(readFileSync(path), path.split("/").pop() as string);
}

test("a relabelled header is a warning at the header cell; the number is still read", () => {
  const r = read(out.relabelled);
  if (!r.ok) throw new Error("unreadable");
  const f = validateReport(r.report).find((x) => x.code === "header_changed");
  expect(f).toMatchObject({ severity: "warning", cell: headerOf("gifts_funds"), field: "gifts_funds" });
  expect(f?.message.vi).toContain("Tiền (nghìn đồng)");
  expect(r.report.readings.gifts_funds.value).toBe(values.gifts_funds);
});

test("moved columns are an error, and each number is read under its printed header", () => {
  const r = read(out.moved);
  if (!r.ok) throw new Error("unreadable");
  const moved = validateReport(r.report).filter((x) => x.code === "columns_moved");
  expect(moved.map((x) => x.field).sort()).toEqual(["gifts_children", "gifts_funds"]);
  expect(moved.every((x) => x.severity === "error")).toBe(true);
  expect(r.report.readings.gifts_children).toMatchObject({ value: values.gifts_children, cell: at("gifts_funds") });
  expect(r.report.readings.gifts_funds).toMatchObject({ value: values.gifts_funds, cell: at("gifts_children") });
});

test("with its metadata and names deleted, the report is recognised by its headers, its unit and period read from the print, and flagged", () => {
  const r = read(out.noMeta);
  if (!r.ok) throw new Error("unreadable");
  expect(r.report.metaSource).toBe("printed");
  expect(r.report.template.id).toBe("thang-hanh-dong");
  expect(r.report.meta).toMatchObject({
    unitName: "Xã Mường Lạn",
    period: meta.period,
    level: "xa",
    reportDate: meta.reportDate,
  });
  const f = validateReport(r.report);
  expect(f[0]).toMatchObject({ code: "meta_printed", severity: "warning" });
  for (const [id, v] of Object.entries(values)) expect(r.report.readings[id].value).toBe(v);
  expect(r.report.narratives["I.1"].text).toBe("Đã ban hành kế hoạch.");
});

test("a report from a newer template version, or an unknown template, is refused with the reason", () => {
  const newer = read(out.newer);
  expect(newer.ok).toBe(false);
  if (!newer.ok) {
    expect(newer.failure.code).toBe("newer_template");
    expect(newer.failure.message.vi).toContain('mẫu "Báo cáo kết quả Tháng hành động vì trẻ em" phiên bản 9');
  }
  const unknown = read(out.unknown);
  expect(unknown.ok).toBe(false);
  if (!unknown.ok) expect(unknown.failure.message.vi).toContain('"bao-cao-khac"');
});

test("the date typed on the report wins over the one recorded at creation", () => {
  const r = read(out.typedDate);
  if (!r.ok) throw new Error("unreadable");
  expect(r.report.meta.reportDate).toBe("2024-07-05");
  const original = read(source);
  if (!original.ok) throw new Error("unreadable");
  expect(original.report.meta.reportDate).toBe(meta.reportDate);
});

test("metadata survives openpyxl saving and renaming the file", () => {
  const renamed = join(dir, "bao-cao-gui-huyen (1).xlsx");
  renameSync(out.typedDate, renamed);
  const r = read(renamed);
  if (!r.ok) throw new Error("unreadable");
  expect(r.report.meta).toMatchObject({
    unitName: "Xã Mường Lạn",
    unitCode: "03175",
    templateId: "thang-hanh-dong",
    period: "2024",
    level: "xa",
  });
});
