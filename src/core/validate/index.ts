// Validation of one unit's report: structure, value rules, completeness and
// the template's cross-field rules, as findings that point at cells.
import { messages, valueMessage } from "../i18n/messages";
import type { Finding, UnitReport } from "../report";
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
        severity: r.problem === "number_as_text" || r.problem === "money_with_unit" ? "warning" : "error",
        field: r.field,
        table: table.id,
        sheet: r.sheet,
        cell: r.cell,
        message: valueMessage(r.problem, r.raw, r.cell, fieldTitle(t, r.field), field?.kind === "money", r.suggestion),
        ...(r.suggestion !== undefined ? { suggestion: r.suggestion } : {}),
      });
    }
    if (readings.length > 0 && readings.every((r) => r.blank)) {
      findings.push({ code: "table_blank", severity: "warning", table: table.id, sheet: readings[0].sheet, cell: readings[0].cell, message: messages.tableBlank(table.name) });
    }
    findings.push(...ruleFindings.filter((f) => f.table === table.id));
  }
  findings.push(...ruleFindings.filter((f) => !t.tables.some((x) => x.id === f.table)));
  for (const s of t.sections.filter((x) => x.narrative)) {
    const n = report.narratives[s.id];
    if (n && n.text === "") findings.push({ code: "narrative_empty", severity: "warning", sheet: n.sheet, cell: n.cell, message: messages.narrativeEmpty(s.heading, n.cell) });
  }
  return findings;
}
