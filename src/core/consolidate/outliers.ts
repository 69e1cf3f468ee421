// Outliers across units: a value more than 10× the median of the other units'
// non-zero values (with at least 5 units reporting) is most often a unit slip
// (đồng typed as nghìn, an extra zero); money below 1/1,000 of that median is
// the other slip (triệu typed as đồng: 15 for 15.000.000), flagged even where
// the template has no per-child rule. A warning on that unit's file.
import { consolidation } from "../i18n/messages";
import type { Finding, Reading } from "../vocabulary";
import { fieldTitle, tableOfField, templateFields, type Template } from "../templates";
import type { UnitRow } from "./types";

export const OUTLIER_FACTOR = 10;
export const OUTLIER_MIN_UNITS = 5;
/** Money this many times below the other units' median is most likely in triệu or nghìn. */
export const MONEY_LOW_FACTOR = 1000;

/** Median of a sorted array without its element at index `skip`. */
function medianWithout(sorted: number[], skip: number): number {
  const n = sorted.length - 1;
  const at = (k: number) => sorted[k < skip ? k : k + 1];
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

export function findOutliers(template: Template, units: UnitRow[]): { file: string; finding: Finding }[] {
  const out: { file: string; finding: Finding }[] = [];
  for (const f of templateFields(template)) {
    const entries = units
      .map((u) => ({ u, v: u.readings[f.id]?.value ?? 0 }))
      .filter((e) => e.v > 0)
      .sort((a, b) => a.v - b.v);
    if (entries.length < OUTLIER_MIN_UNITS) continue;
    const sorted = entries.map((e) => e.v);
    entries.forEach((e, i) => {
      const median = medianWithout(sorted, i);
      const r = e.u.readings[f.id];
      if (median > 0 && f.kind === "money" && e.v * MONEY_LOW_FACTOR < median) {
        out.push({ file: e.u.file, finding: lowMoney(template, f.id, r, e.v, median) });
        return;
      }
      if (median <= 0 || e.v <= OUTLIER_FACTOR * median) return;
      out.push({
        file: e.u.file,
        finding: {
          code: "outlier",
          severity: "warning",
          field: f.id,
          table: tableOfField(template, f.id)?.id,
          sheet: r.sheet,
          cell: r.cell,
          message: consolidation.outlier(r.cell, fieldTitle(template, f.id), e.v, median),
        },
      });
    });
  }
  return out;
}

function lowMoney(template: Template, field: string, r: Reading, value: number, median: number): Finding {
  return {
    code: "money_low_outlier",
    severity: "warning",
    field,
    table: tableOfField(template, field)?.id,
    sheet: r.sheet,
    cell: r.cell,
    message: consolidation.moneyLow(r.cell, fieldTitle(template, field), value, median),
  };
}
