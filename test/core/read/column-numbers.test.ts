// Column-number rows ("(1) (2) (3)", "A B C", "1 2 3") typed under a table's
// headers are skipped, whether the inputs are found by their names (Excel
// moves names down with the cells) or by the printed headers.
import { parseSheetRef, sheetRef } from "../../../src/core/form/a1";
import { REPORT_SHEET } from "../../../src/core/form/sheets";
import { layoutReport } from "../../../src/core/layout/report";
import { MemorySheet, type CellGrid, type GridValue } from "../../../src/core/read/grid";
import { extractReport } from "../../../src/core/read/extract";
import { templateFields } from "../../../src/core/templates";
import { validateReport } from "../../../src/core/validate";
import { monthOfActionValues } from "../../../src/demo/samples";
import { readXlsx } from "../../../src/xlsx/read";
import { renderXlsx } from "../../../src/xlsx/write";
import { metaFor, template } from "../../helpers/reports";

const t = template("thang-hanh-dong");
const values = monthOfActionValues(3);
const layout = layoutReport(t, metaFor(t), { values });
const columnTables = t.tables
  .filter((tb) => tb.orientation === "columns")
  .map((tb) => tb.groups.flatMap((g) => g.fields.map((f) => f.id)));

/** The report with a row inserted above each table's inputs, as Excel inserts one (cells and names move down). */
async function withNumberRows(mark: (k: number) => GridValue, keepNames: boolean): Promise<CellGrid> {
  const grid = readXlsx(await renderXlsx(layout.model));
  const inserted = columnTables.map((ids) => layout.fields[ids[0]].row).sort((a, b) => a - b);
  const shift = (row: number) => row + inserted.filter((r) => r <= row).length;
  const src = grid.sheet(REPORT_SHEET)!;
  const sheet = new MemorySheet(REPORT_SHEET);
  for (const [row, col, cell] of src.cells()) sheet.set(shift(row), col, cell);
  for (const ids of columnTables)
    ids.forEach((id, k) => sheet.set(shift(layout.fields[id].row) - 1, layout.fields[id].col, { value: mark(k) }));
  const names = new Map<string, string>();
  for (const [name, ref] of keepNames ? grid.names : []) {
    const p = parseSheetRef(ref);
    names.set(name, p && p.sheet === REPORT_SHEET ? sheetRef(p.sheet, shift(p.row), p.col) : ref);
  }
  return {
    sheetNames: keepNames ? grid.sheetNames : [REPORT_SHEET],
    names,
    sheet: (n) => (n === REPORT_SHEET ? sheet : keepNames ? grid.sheet(n) : undefined),
  };
}

describe.each([
  ["(1) (2) (3)", (k: number): GridValue => ({ t: "s", v: `(${k + 1})` })],
  ["A B C", (k: number): GridValue => ({ t: "s", v: String.fromCharCode(65 + k) })],
  ["1 2 3", (k: number): GridValue => ({ t: "n", v: k + 1 })],
])("a %s row under the headers", (_, mark) => {
  test.each([
    ["found by names", true],
    ["found by printed headers", false],
  ])("is skipped when inputs are %s", async (__, keepNames) => {
    const r = extractReport(await withNumberRows(mark, keepNames), "x");
    if (!r.ok) throw new Error(r.failure.message.en);
    for (const f of templateFields(t)) expect([f.id, r.report.readings[f.id]?.value]).toEqual([f.id, values[f.id]]);
    const moved = validateReport(r.report).filter((f) => f.code === "columns_moved" || f.code === "header_changed");
    expect(moved).toEqual([]);
  });
});

test("figures that happen to run 1, 2, 3 with nothing below are figures, not column numbers", async () => {
  // Counts only: money of a few đồng is an error of its own.
  const counts = new Set(
    templateFields(t)
      .filter((f) => f.kind === "count")
      .map((f) => f.id),
  );
  const ids = columnTables[0].filter((id) => counts.has(id));
  const grid = readXlsx(
    await renderXlsx(
      layoutReport(t, metaFor(t), { values: { ...values, ...Object.fromEntries(ids.map((id, k) => [id, k + 1])) } })
        .model,
    ),
  );
  const bare: CellGrid = {
    sheetNames: [REPORT_SHEET],
    names: new Map(),
    sheet: (n) => (n === REPORT_SHEET ? grid.sheet(n) : undefined),
  };
  const r = extractReport(bare, "x");
  if (!r.ok) throw new Error(r.failure.message.en);
  expect(ids.map((id) => r.report.readings[id].value)).toEqual(ids.map((_, k) => k + 1));
});
