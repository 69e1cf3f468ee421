// Whether a row under a table's headers numbers its columns ("(1) (2) (3)",
// "A B C", "1 2 3") rather than holding the figures: such a row is skipped.
import { columnNumber } from "../form/column-numbers";
import { cellText, type GridSheet } from "./grid";

/**
 * Bare numbers count only when they run on by one and the row below holds
 * something: a unit whose real figures are 1, 2, 3 keeps them.
 */
export function isColumnNumberRow(sheet: GridSheet, row: number, cols: number[]): boolean {
  const marks = cols.map((c) => columnNumber(cellText(sheet.cell(row, c))));
  if (marks.length === 0 || marks.some((m) => !m)) return false;
  const nums = marks as { n: number; definite: boolean }[];
  if (!nums.every((m, i) => i === 0 || m.n === nums[i - 1].n + 1)) return false;
  if (nums.some((m) => m.definite)) return true;
  return nums.length > 1 && cols.some((c) => sheet.cell(row + 1, c)?.value != null);
}
