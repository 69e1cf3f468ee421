// Kiểm tra's findings written into the open workbook as a sheet of their own (the feedback table, its
// answer column for the unit): the sheet tonghop wrote there last time (the host remembers its name) is
// replaced; a user's sheet of the same name is never touched — ours gets another name. Two round trips: the
// sheet names, then the sheet (its commands counted against the request budget, one request for a sheet of
// findings). The report's own sheets are never written.
import type { ModelSheet, SheetModel } from "../core/layout/model";
import { SyncBudget } from "./budget";
import type { Capabilities } from "./capabilities";
import { writeSheet } from "./render";
import { planSheets } from "./sheet-plan";

/**
 * @param previous the name of the findings sheet tonghop wrote in this workbook before, if any
 * @returns the sheet's name in the workbook
 */
export async function writeFindingsSheet(
  context: Excel.RequestContext,
  sheet: ModelSheet,
  font: SheetModel["font"],
  caps: Capabilities,
  previous?: string,
): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const existing = worksheets.items.map((s) => s.name);
  const low = (n: string) => n.toLocaleLowerCase("vi");
  const ours = previous ? existing.find((n) => low(n) === low(previous)) : undefined;
  // A workbook must keep a visible sheet: ours goes first, and leaves its name free, only when another stays.
  const first = ours !== undefined && worksheets.items.some((w) => w.name !== ours && w.visibility === "Visible");
  const plan = planSheets(
    [sheet.name],
    existing.filter((n) => !(first && n === ours)),
    undefined,
    undefined,
  );
  const name = (plan.ok && plan.names.get(sheet.name)) || sheet.name;
  const budget = new SyncBudget(context);
  if (ours && first) worksheets.getItem(ours).delete();
  const ws = worksheets.add(name);
  await budget.add(2);
  await writeSheet(context.workbook, ws, sheet, font, caps, budget);
  if (ours && !first) worksheets.getItem(ours).delete();
  ws.activate();
  await context.sync();
  return name;
}
