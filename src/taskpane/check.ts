// Kiểm tra số liệu in one place: a report as read — from an uploaded file (by
// the workers) or from the open workbook (by the Excel host) — becomes what the
// pane shows. The same grid gives the same findings whichever way it came.
import type { ExtractResult } from "../core/vocabulary";
import { recordFrom } from "../core/records";
import type { Finding, ReadFailure } from "../core/vocabulary";
import { validateReport } from "../core/validate";

/** A report's findings and where they belong, or why what was read is not a report. */
export type CheckedReport = (
  | {
      findings: Finding[];
      /** The unit the report is from. */
      unit: string;
    }
  | { findings: null; failure: ReadFailure }
) & {
  /** Table ids → names, in the template's order (findings are grouped by them); none when not a report. */
  tableNames: Record<string, string>;
};

export function checkReport(read: ExtractResult): CheckedReport {
  if (!read.ok) return { findings: null, failure: read.failure, tableNames: {} };
  return {
    findings: validateReport(read.report),
    unit: read.report.meta.unitName,
    tableNames: recordFrom(read.report.template.tables.map((t) => [t.id, t.name])),
  };
}
