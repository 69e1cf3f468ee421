// Where the sheets of a model go in the open workbook, without ever writing
// over a user's sheet: a name taken by the user's own sheet gets a new name
// ("Báo cáo (2)"); sheets tonghop made before are replaced only when the
// user chose to. Pure: decided from the workbook's sheet names.
import { META_SHEET, REPORT_SHEET } from "../core/form/sheets";
import { BY_UNIT_SHEET, CHART_SHEET, SOURCES_SHEET, STATUS_SHEET } from "../core/layout/summary";
import { COMPARE_SHEET, COMPARE_UNITS_SHEET, PREVIOUS_SOURCES_SHEET } from "../core/layout/summary-compare";

/** Names of the sheets tonghop makes. */
export const TONGHOP_SHEETS = [
  REPORT_SHEET,
  BY_UNIT_SHEET,
  STATUS_SHEET,
  SOURCES_SHEET,
  CHART_SHEET,
  COMPARE_SHEET,
  COMPARE_UNITS_SHEET,
  PREVIOUS_SOURCES_SHEET,
  META_SHEET,
];

export type Choice = "replace" | undefined;

export type SheetPlan =
  | { ok: true; names: Map<string, string>; remove: string[]; renamed: { from: string; to: string }[] }
  /** The workbook already holds a tonghop report: the user must choose to replace it. */
  | { ok: false; existing: string[] };

/**
 * @param modelSheets names the model wants, in order
 * @param existing the workbook's sheet names
 * @param metaSheet the name of the sheet carrying tonghop's mark, if any
 */
export function planSheets(
  modelSheets: string[],
  existing: string[],
  metaSheet: string | undefined,
  choice: Choice,
): SheetPlan {
  const ours = metaSheet ? existing.filter((n) => n === metaSheet || TONGHOP_SHEETS.includes(n)) : [];
  if (ours.length > 0 && choice !== "replace") return { ok: false, existing: ours };
  // Excel compares sheet names without regard to case.
  const taken = new Set(existing.filter((n) => !ours.includes(n)).map((n) => n.toLocaleLowerCase("vi")));
  const names = new Map<string, string>();
  const renamed: { from: string; to: string }[] = [];
  for (const want of modelSheets) {
    let name = want;
    for (let k = 2; taken.has(name.toLocaleLowerCase("vi")); k++) name = `${want.slice(0, 26)} (${k})`;
    if (name !== want) renamed.push({ from: want, to: name });
    names.set(want, name);
    taken.add(name.toLocaleLowerCase("vi"));
  }
  return { ok: true, names, remove: ours, renamed };
}
