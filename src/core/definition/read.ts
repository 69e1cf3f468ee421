// A definition workbook (as written by definitionModel, then edited in Excel)
// back into a template: read sheet by sheet (read-sheets.ts), then held to the
// limits on user templates and the schema, every problem pointing at the sheet
// and cell to fix.
import type { CellGrid } from "../read/grid";
import type { Template } from "../templates/schema";
import { checkTemplateSchema } from "../templates/schema-issues";
import { checkTemplateLimits } from "../templates/user-template";
import { SHEETS } from "./columns";
import {
  readDeadlines,
  readFields,
  readInfo,
  readRates,
  readRules,
  readSections,
  readTables,
  type Reading,
} from "./read-sheets";
import type { DefinitionProblem, Place } from "./sheet-rows";

export type { DefinitionProblem } from "./sheet-rows";

export interface DefinitionResult {
  template?: Template;
  problems: DefinitionProblem[];
}

/** Reads the workbook; a template only when nothing is wrong. */
export function templateFromDefinition(grid: CellGrid): DefinitionResult {
  const at: Reading = { grid, input: {}, problems: [], places: new Map() };
  readInfo(at);
  readSections(at);
  const tables = readTables(at);
  readFields(at, tables);
  readRates(at, tables);
  readRules(at);
  readDeadlines(at);
  at.places.set("deadlines", { sheet: SHEETS.deadlines, cell: "A2" });
  at.places.set("sections", { sheet: SHEETS.sections, cell: "A2" });
  at.places.set("tables", { sheet: SHEETS.tables, cell: "A2" });

  const checked = checkTemplateSchema(at.input);
  const placed = placeProblems(at, [
    ...checkTemplateLimits(at.input).map((p) => ({ path: p.path ?? "", message: p.message })),
    ...(checked.ok ? [] : checked.problems),
  ]);
  return placed.length === 0 && checked.ok ? { template: checked.template, problems: [] } : { problems: placed };
}

/** The limits' and the schema's problems, each at the cell its path came from (one problem a cell). */
function placeProblems(at: Reading, found: { path: string; message: DefinitionProblem["message"] }[]) {
  const placeOf = (path: string): Place => {
    for (let p = path; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
      const hit = at.places.get(p);
      if (hit) return hit;
    }
    return { sheet: SHEETS.info, cell: "A1" };
  };
  const problems = [...at.problems];
  const seen = new Set(problems.map((p) => `${p.sheet}!${p.cell}`));
  for (const { path, message } of found) {
    const place = placeOf(path);
    if (!seen.has(`${place.sheet}!${place.cell}`)) problems.push({ ...place, message });
    seen.add(`${place.sheet}!${place.cell}`);
  }
  return problems;
}
