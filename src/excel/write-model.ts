// Writes a report or summary into the open workbook: (1) read the sheet names;
// (2) write everything, in as many requests as its size needs (each under 4 MB). Never writes over a user's
// sheet: taken names get a new name, and an earlier tonghop report is
// replaced only when the user chose "replace".
import { META_SHEET, REPORT_SHEET } from "../core/form/sheets";
import { NAME_PREFIX } from "../core/form/names";
import { asPlan, type SheetModel, type WorkbookPlan } from "../core/layout/model";
import type { Capabilities } from "./capabilities";
import { SyncBudget } from "./budget";
import { writeSheets } from "./render";
import { planSheets, type Choice } from "./sheet-plan";

/** Name of the placeholder sheet kept while tonghop's sheets are replaced. */
export const HOLD_SHEET = "tonghop-tam";

function unusedName(base: string, taken: string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let name = base;
  for (let k = 2; lower.has(name.toLowerCase()); k++) name = `${base} (${k})`;
  return name;
}

export type WriteOutcome =
  | { ok: true; sheets: string[]; renamed: { from: string; to: string }[]; replaced: string[] }
  | { ok: false; existing: string[] };

/**
 * @param build makes the model or plan for a given report sheet name (it may differ
 *   from "Báo cáo" when the user already has a sheet of that name); a plan's sheets are made one at a time
 */
export async function writeModel(
  context: Excel.RequestContext,
  build: (reportSheet: string) => SheetModel | WorkbookPlan,
  caps: Capabilities,
  choice: Choice,
): Promise<WriteOutcome> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = caps.names ? context.workbook.names : undefined;
  names?.load("items/name");
  await context.sync();

  const existing = worksheets.items.map((s) => s.name);
  const meta = existing.find((n) => n.toLocaleLowerCase("vi") === META_SHEET);
  const wanted = build(REPORT_SHEET).sheets.map((s) => s.name);
  const plan = planSheets(wanted, existing, meta, choice);
  // A placeholder left by a replacement that failed halfway goes with our sheets.
  if (plan.ok) plan.remove.push(...existing.filter((n) => n.startsWith(HOLD_SHEET)));
  if (!plan.ok) return { ok: false, existing: plan.existing };

  const model = asPlan(build(plan.names.get(REPORT_SHEET) ?? REPORT_SHEET));
  // Names outlive the sheets they point to (a user may delete our sheets by hand):
  // ours are removed first, or adding them again would fail.
  for (const n of names?.items ?? []) if (n.name.startsWith(NAME_PREFIX)) n.delete();
  // A workbook must keep a visible sheet: a placeholder holds it while ours are replaced.
  const hold = plan.remove.length > 0 ? unusedName(HOLD_SHEET, existing) : undefined;
  if (hold) worksheets.add(hold);
  for (const s of plan.remove) worksheets.getItem(s).delete();
  const budget = new SyncBudget(context);
  await budget.add(plan.remove.length + 2);
  await writeSheets(context, model, plan.names, caps, budget);
  if (hold) worksheets.getItem(hold).delete();
  const first = plan.names.get(model.sheets[0].name) ?? model.sheets[0].name;
  worksheets.getItem(first).activate();
  await context.sync();
  return {
    ok: true,
    sheets: model.sheets.map((s) => plan.names.get(s.name) ?? s.name),
    renamed: plan.renamed,
    replaced: plan.remove,
  };
}
