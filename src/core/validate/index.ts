// Validation of one unit's report: structure, value rules, completeness and
// the template's cross-field rules, as findings that point at cells.
import { messages, valueMessage } from "../i18n/messages";
import { formatVnDate } from "../dates";
import { defaultDeadline, parsePeriod } from "../meta";
import type { Finding, UnitReport } from "../vocabulary";
import { fieldTitle, findField } from "../templates";
import { evaluateRules } from "./rules";

export { evaluateRules } from "./rules";

/** Every finding for a report, in the order of its tables. */
export function validateReport(report: UnitReport): Finding[] {
  const t = report.template;
  const findings: Finding[] = [...report.structure];
  const ruleFindings = evaluateRules(t, report);
  for (const table of t.tables) {
    const fields = table.groups.flatMap((g) => g.fields);
    const readings = fields.map((f) => report.readings[f.id]).filter((r) => r !== undefined);
    for (const r of readings) {
      if (!r.problem) continue;
      const field = findField(t, r.field);
      findings.push({
        code: r.problem,
        // A reading that counts (typed as text, with unit words or nouns, "không") is worth a look; one that does
        // not is an error: its value is left out of every total.
        severity: r.value === null ? "error" : "warning",
        field: r.field,
        table: table.id,
        sheet: r.sheet,
        cell: r.cell,
        message: valueMessage(r.problem, r.raw, r.cell, fieldTitle(t, r.field), field?.kind === "money", r.suggestion),
        ...(r.suggestion !== undefined ? { suggestion: r.suggestion } : {}),
      });
    }
    if (readings.length > 0 && readings.every((r) => r.blank)) {
      findings.push({
        code: "table_blank",
        severity: "warning",
        table: table.id,
        sheet: readings[0].sheet,
        cell: readings[0].cell,
        message: messages.tableBlank(table.name),
      });
    }
    findings.push(...ruleFindings.filter((f) => f.table === table.id));
  }
  findings.push(...ruleFindings.filter((f) => !t.tables.some((x) => x.id === f.table)));
  // Empty sections: one line, however many (a report with seven empty sections is one thing to fix).
  const empty = t.sections.filter((x) => x.narrative && report.narratives[x.id]?.text === "");
  if (empty.length > 0) {
    const n = report.narratives[empty[0].id];
    const message =
      empty.length === 1
        ? messages.narrativeEmpty(empty[0].heading, n.cell)
        : messages.narrativesEmpty(empty.map((x) => `"${x.heading}"`).join(", "), n.cell);
    findings.push({ code: "narrative_empty", severity: "warning", sheet: n.sheet, cell: n.cell, message });
  }
  const dated = periodAgainstDate(report);
  if (dated) findings.push(dated);
  return findings;
}

/** Half a year after the deadline: a report dated later is most likely last period's form reused. */
const LATE_MARGIN_DAYS = 183;

/** A warning when the report's date falls outside its period ("2023" report dated 02/07/2024). */
function periodAgainstDate(report: UnitReport): Finding | undefined {
  const date = report.meta.reportDate;
  const period = parsePeriod(report.template, report.meta.period);
  if (!date || !period) return undefined;
  const latest =
    Date.parse(defaultDeadline(report.template, period, report.meta.level)) + LATE_MARGIN_DAYS * 86_400_000;
  if (Number(date.slice(0, 4)) >= period.year && Date.parse(date) <= latest) return undefined;
  const sheet = report.structure[0]?.sheet ?? Object.values(report.readings)[0]?.sheet ?? "";
  return {
    code: "period_date_mismatch",
    severity: "warning",
    sheet,
    cell: "",
    message: messages.periodDateMismatch(report.meta.period, formatVnDate(date)),
  };
}
