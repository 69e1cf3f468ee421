// Reads the open workbook into a CellGrid — the same structure a file reader
// makes — in two round trips: (1) sheets and names; (2) every sheet's used
// range (values, formulas, value types). Never writes.
import { parseA1 } from "../core/layout/a1";
import { MAX_SHEETS } from "../core/limits";
import { MemorySheet, type CellGrid, type GridCell } from "../core/read/grid";

type ValueType = Excel.RangeValueType | `${Excel.RangeValueType}`;

function toCell(value: unknown, formula: unknown, type: ValueType): GridCell | undefined {
  const f = typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : undefined;
  let cell: GridCell | undefined;
  switch (type) {
    case "Empty":
      return f !== undefined ? { value: null, formula: f } : undefined;
    case "String":
      cell = { value: { t: "s", v: String(value) } };
      break;
    case "Boolean":
      cell = { value: { t: "b", v: value === true } };
      break;
    case "Error":
      cell = { value: { t: "e", v: String(value) } };
      break;
    case "Integer":
    case "Double":
      cell = { value: { t: "n", v: Number(value) } };
      break;
    default:
      cell = typeof value === "number" ? { value: { t: "n", v: value } } : value === "" ? undefined : { value: { t: "s", v: String(value) } };
  }
  if (cell && f !== undefined) cell.formula = f;
  return cell;
}

/** The names of the workbook's sheets, in order (one round trip). */
export async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** @param only read just these sheets (e.g. the one holding a roster); default all. */
export async function readWorkbookGrid(context: Excel.RequestContext, only?: string[]): Promise<CellGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/value");
  await context.sync();

  const sheets = worksheets.items.filter((ws) => !only || only.includes(ws.name)).slice(0, MAX_SHEETS);
  const used = sheets.map((ws) => {
    const r = ws.getUsedRange();
    r.load("address,values,formulas,valueTypes");
    return r;
  });
  await context.sync();

  const grid = new Map<string, MemorySheet>();
  sheets.forEach((ws, i) => {
    const state = ws.visibility === "Visible" ? "visible" : ws.visibility === "VeryHidden" ? "veryHidden" : "hidden";
    const sheet = new MemorySheet(ws.name, state);
    const r = used[i];
    const start = parseA1(r.address.split("!").pop()?.split(":")[0] ?? "A1") ?? { row: 1, col: 1 };
    r.values.forEach((row, dr) =>
      row.forEach((v, dc) => {
        const cell = toCell(v, r.formulas[dr]?.[dc], r.valueTypes[dr]?.[dc] as ValueType);
        if (cell) sheet.set(start.row + dr, start.col + dc, cell);
      }),
    );
    grid.set(ws.name, sheet);
  });
  const defined = new Map<string, string>();
  for (const n of names.items) if (n.type === "Range") defined.set(n.name, String(n.value).replace(/^=/, ""));
  return { sheetNames: [...grid.keys()], names: defined, sheet: (name) => grid.get(name) };
}
