// Last period's workbook read as last period: its report (a summary's totals, or a report typed with last
// period's totals) and, for a summary made by tonghop, each unit's row of its tables by unit. Pure: from a
// CellGrid, whatever it was read from.
import { extractReport } from "../read/extract";
import type { CellGrid } from "../read/grid";
import { readSummaryUnits } from "../read/summary-units";
import type { TemplateCatalogue } from "../templates/catalogue";
import type { PreviousInput } from "./types";

export function previousWorkbook(
  grid: CellGrid,
  file: string,
  sha256: string,
  templates?: TemplateCatalogue,
): PreviousInput {
  const name = (file.split(/[\\/›]/).pop() ?? file).trim().replace(/\.[^.]+$/, "");
  const read = extractReport(grid, name, templates);
  const units = read.ok ? readSummaryUnits(grid, read.report.template) : undefined;
  return { kind: "workbook", file, sha256, read, ...(units ? { units } : {}) };
}
