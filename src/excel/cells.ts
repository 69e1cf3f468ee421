// Small single-round-trip actions on one cell: go to it, or apply a finding's
// suggested value ("Sửa": text "1.500.000" → 1500000). Inputs are unlocked,
// so no protection needs lifting.
import type { Finding } from "../core/vocabulary";

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

export async function applySuggestion(context: Excel.RequestContext, finding: Finding): Promise<boolean> {
  if (finding.suggestion === undefined || !finding.sheet || !finding.cell) return false;
  context.workbook.worksheets.getItem(finding.sheet).getRange(finding.cell).values = [[finding.suggestion]];
  await context.sync();
  return true;
}
