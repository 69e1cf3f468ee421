// Reads the open workbook into a CellGrid — the same structure a file reader
// makes: sheets and names, then every sheet's used range (values, formulas,
// value types) in chunks that keep each answer well under Excel's 5 MB; an answer
// Excel refuses as too large (ResponsePayloadSizeLimitExceeded, Office error 5104)
// is asked again in smaller chunks. Never writes.
import { a1, parseA1 } from "../core/form/a1";
import { MAX_SHEETS } from "../core/limits";
import { MemorySheet, type CellGrid, type GridCell } from "../core/read/grid";
import { jsonBytes } from "./budget";
import type { Capabilities } from "./capabilities";
import { isTooLarge } from "./office-errors";

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
      cell =
        typeof value === "number"
          ? { value: { t: "n", v: value } }
          : value === ""
            ? undefined
            : { value: { t: "s", v: String(value) } };
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

/** Bytes a chunk's answer may take (Excel on the web refuses responses above 5 MB). */
const READ_BUDGET = 2 * 1024 * 1024;
/** Bytes per cell (values, formulas and types as JSON) assumed before any chunk is measured. */
const FIRST_GUESS = 64;

interface Job {
  ws: Excel.Worksheet;
  sheet: MemorySheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** Rows read so far. */
  done: number;
}

/**
 * Reads every sheet's used range in chunks of rows sized from the bytes per cell
 * measured on the chunks before, so no answer nears the 5 MB limit; an answer
 * refused as too large is asked again in smaller chunks.
 */
async function readChunks(context: Excel.RequestContext, jobs: Job[]): Promise<void> {
  let perCell = FIRST_GUESS;
  while (jobs.some((j) => j.done < j.rows)) {
    let room = READ_BUDGET;
    const loads: { job: Job; range: Excel.Range; from: number; n: number }[] = [];
    for (const job of jobs) {
      while (job.done < job.rows && (loads.length === 0 || room >= perCell * job.cols)) {
        const n = Math.min(job.rows - job.done, Math.max(1, Math.floor(room / (perCell * job.cols))));
        const from = job.top + job.done;
        const range = job.ws.getRange(`${a1(from, job.left)}:${a1(from + n - 1, job.left + job.cols - 1)}`);
        range.load("values,formulas,valueTypes");
        loads.push({ job, range, from, n });
        job.done += n;
        room -= n * job.cols * perCell;
      }
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk is the point: each answer stays under the limit
      await context.sync();
    } catch (e) {
      if (!isTooLarge(e) || loads.every((l) => l.n === 1 && loads.length === 1)) throw e;
      for (const l of loads) l.job.done = Math.min(l.job.done, l.from - l.job.top);
      perCell *= 4;
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const { job, range, from } of loads) {
      range.values.forEach((row, dr) =>
        row.forEach((v, dc) => {
          const cell = toCell(v, range.formulas[dr]?.[dc], range.valueTypes[dr]?.[dc] as ValueType);
          if (cell) job.sheet.set(from + dr, job.left + dc, cell);
        }),
      );
      bytes += jsonBytes(range.values) + jsonBytes(range.formulas) + jsonBytes(range.valueTypes);
      cells += range.values.length * job.cols;
    }
    perCell = Math.max(perCell, bytes / Math.max(1, cells));
  }
}

/**
 * Reads the open workbook: (1) sheets and names; (2) where each sheet's used
 * range lies — cells with values only where the host has it (ExcelApi 1.2), as
 * formatted empty cells count otherwise; (3…) its cells in chunks (readChunks).
 * @param only read just these sheets (e.g. the one holding a roster); default all.
 */
export async function readWorkbookGrid(
  context: Excel.RequestContext,
  only?: string[],
  caps?: Capabilities,
): Promise<CellGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/value");
  await context.sync();

  const sheets = worksheets.items.filter((ws) => !only || only.includes(ws.name)).slice(0, MAX_SHEETS);
  const used = sheets.map((ws) => {
    const r = caps?.sheetShape ? ws.getUsedRange(true) : ws.getUsedRange();
    r.load("address");
    return r;
  });
  await context.sync();

  const grid = new Map<string, MemorySheet>();
  const jobs: Job[] = sheets.map((ws, i) => {
    const state = ws.visibility === "Visible" ? "visible" : ws.visibility === "VeryHidden" ? "veryHidden" : "hidden";
    const sheet = new MemorySheet(ws.name, state);
    grid.set(ws.name, sheet);
    const [from, to] = (used[i].address.split("!").pop() ?? "A1").split(":");
    const a = parseA1(from.replace(/\$/g, "")) ?? { row: 1, col: 1 };
    const b = parseA1((to ?? from).replace(/\$/g, "")) ?? a;
    return { ws, sheet, top: a.row, left: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1, done: 0 };
  });
  await readChunks(context, jobs);
  const defined = new Map<string, string>();
  for (const n of names.items) if (n.type === "Range") defined.set(n.name, String(n.value).replace(/^=/, ""));
  return { sheetNames: [...grid.keys()], names: defined, sheet: (name) => grid.get(name) };
}
