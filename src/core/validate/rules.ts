// The one engine for cross-field rules declared in templates (DHIS2-style:
// left side, operator, right side, importance).
import { interpolate, type Lang } from "../i18n/lang";
import { formatNumber, formatPercent } from "../i18n/messages";
import type { Finding, UnitReport } from "../vocabulary";
import type { Localized } from "../i18n/lang";
import { evalExpr, exprFields, parseExpr, type Expr } from "../templates/expr";
import type { Comparison, Rule, Template } from "../templates";
import { tableOfField } from "../templates";
import { record } from "../records";

const compiled = new WeakMap<
  Rule,
  { left: Expr; right: Expr; when: { left: Expr; op: Comparison["op"]; right: Expr }[] }
>();

function compile(rule: Rule) {
  let c = compiled.get(rule);
  if (!c) {
    c = {
      left: parseExpr(rule.left),
      right: parseExpr(rule.right),
      when: rule.when.map((w) => ({ left: parseExpr(w.left), op: w.op, right: parseExpr(w.right) })),
    };
    compiled.set(rule, c);
  }
  return c;
}

export function compare(a: number, op: Comparison["op"], b: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  switch (op) {
    case "<":
      return a < b - eps;
    case "<=":
      return a <= b + eps;
    case ">":
      return a > b + eps;
    case ">=":
      return a >= b - eps;
    case "=":
      return Math.abs(a - b) <= eps;
    case "!=":
      return Math.abs(a - b) > eps;
  }
}

export function ruleFields(rule: Rule): string[] {
  const c = compile(rule);
  const out = exprFields(c.left);
  exprFields(c.right, out);
  for (const w of c.when) {
    exprFields(w.left, out);
    exprFields(w.right, out);
  }
  return out;
}

/** A rule's message with its placeholders: {left}, {right}, {pct} and field ids ("?" for a blank field). */
function ruleMessage(
  text: string,
  values: Record<string, number | null>,
  left: number,
  right: number,
  lang: Lang,
): string {
  return interpolate(text, (key) => {
    if (key === "left") return formatNumber(left, lang);
    if (key === "right") return formatNumber(right, lang);
    if (key === "pct") return right !== 0 ? formatPercent(left / right, lang) : "—";
    const v = values[key];
    return v === undefined ? undefined : v === null ? "?" : formatNumber(v, lang);
  });
}

/** Evaluates every rule of the template against one report's values. */
export function evaluateRules(template: Template, report: UnitReport): Finding[] {
  const values = record<number | null>();
  for (const [id, r] of Object.entries(report.readings)) values[id] = r.value;
  const value = (id: string) => (id in values ? values[id] : null);
  const findings: Finding[] = [];
  for (const rule of template.rules) {
    if (rule.levels && !rule.levels.includes(report.meta.level)) continue;
    const c = compile(rule);
    const applies = c.when.every((w) => {
      const l = evalExpr(w.left, value);
      const r = evalExpr(w.right, value);
      return l !== null && r !== null && compare(l, w.op, r);
    });
    if (!applies) continue;
    const left = evalExpr(c.left, value);
    const right = evalExpr(c.right, value);
    if (left === null || right === null || compare(left, rule.op, right)) continue;
    const fields = ruleFields(rule);
    const target = rule.cell ?? exprFields(c.left)[0] ?? fields[0];
    const reading = report.readings[target];
    const message: Localized = {
      vi: ruleMessage(rule.message.vi, values, left, right, "vi"),
      en: ruleMessage(rule.message.en, values, left, right, "en"),
    };
    findings.push({
      code: `rule.${rule.id}`,
      severity: rule.severity,
      field: target,
      fields,
      table: tableOfField(template, target)?.id,
      sheet: reading?.sheet ?? "",
      cell: reading?.cell ?? "",
      message,
    });
  }
  return findings;
}
