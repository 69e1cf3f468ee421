// A template that does not come with tonghop is untrusted input: its size,
// counts and texts are checked against named limits before the schema sees it,
// and its rules are parsed by the small expression grammar, never evaluated as code.
import { templateFileMessages as M } from "../i18n/template-messages";
import {
  MAX_TEMPLATE_BYTES,
  MAX_TEMPLATE_DEPTH,
  MAX_TEMPLATE_FIELDS,
  MAX_TEMPLATE_PROBLEMS,
  MAX_TEMPLATE_RULES,
  MAX_TEMPLATE_SECTIONS,
  MAX_TEMPLATE_TABLES,
  MAX_TEMPLATE_TEXT,
  MAX_TEMPLATE_VALUES,
} from "../limits";
import type { Localized } from "../i18n/lang";
import type { Template } from "./schema";
import { findJsonSlip } from "./json-place";
import { checkTemplateSchema } from "./schema-issues";

/** Control characters other than tab and line breaks: invisible, and invalid in a workbook's XML. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const prop = (v: unknown, key: string): unknown =>
  typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined;

/** Something over a limit; `path` is where in the template ("tables.0.caption"), when one place is. */
export interface LimitProblem {
  path?: string;
  message: Localized;
}

/**
 * How deep a parsed JSON value nests and how many values it holds, walked without recursion and stopped as
 * soon as either passes its limit: nothing after this (the counts below, the schema) ever meets a value
 * nested a million deep, which would overflow the stack.
 */
function shapeProblem(input: unknown): LimitProblem | undefined {
  const stack: [unknown, number][] = [[input, 1]];
  let values = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (++values > MAX_TEMPLATE_VALUES) return { message: M.tooManyValues(MAX_TEMPLATE_VALUES) };
    if (typeof v !== "object" || v === null) continue;
    if (depth > MAX_TEMPLATE_DEPTH) return { message: M.tooDeep(MAX_TEMPLATE_DEPTH) };
    for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push([x, depth + 1]);
  }
  return undefined;
}

/** What exceeds the limits on user templates; empty when all is within them. */
export function checkTemplateLimits(input: unknown): LimitProblem[] {
  const shape = shapeProblem(input);
  if (shape) return [shape];
  const problems: LimitProblem[] = [];
  const tables = list(prop(input, "tables"));
  const fields = tables.flatMap((t) => list(prop(t, "groups")).flatMap((g) => list(prop(g, "fields"))));
  const counts: [number, number, string, string][] = [
    [fields.length, MAX_TEMPLATE_FIELDS, "chỉ tiêu", "fields"],
    [list(prop(input, "sections")).length, MAX_TEMPLATE_SECTIONS, "mục", "sections"],
    [tables.length, MAX_TEMPLATE_TABLES, "bảng", "tables"],
    [list(prop(input, "rules")).length, MAX_TEMPLATE_RULES, "quy tắc", "rules"],
  ];
  for (const [n, max, vi, en] of counts) if (n > max) problems.push({ message: M.tooMany(vi, en, n, max) });
  // Every text, wherever it is: labels, headings, messages, expressions.
  const walk = (v: unknown, path: string, depth: number): void => {
    if (problems.length > 20 || depth > 10) return;
    if (typeof v === "string") {
      if (v.length > MAX_TEMPLATE_TEXT)
        problems.push({ path, message: M.textTooLong(path, v.length, MAX_TEMPLATE_TEXT) });
      if (CONTROL.test(v)) problems.push({ path, message: M.controlCharacter(path) });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, path ? `${path}.${i}` : String(i), depth + 1));
    else if (typeof v === "object" && v !== null) {
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, depth + 1);
    }
  };
  walk(input, "", 0);
  return problems;
}

export type UserTemplateResult = { ok: true; template: Template } | { ok: false; problems: Localized[] };

/** The first problems, then how many more: a file of 40,000 wrong values is told in a screenful. */
function firstProblems(problems: Localized[]): Localized[] {
  if (problems.length <= MAX_TEMPLATE_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_TEMPLATE_PROBLEMS), M.moreProblems(problems.length - MAX_TEMPLATE_PROBLEMS)];
}

/** Checks a parsed template definition: limits first (its shape before anything else), then the schema (with its rule grammar). */
export function checkUserTemplate(input: unknown): UserTemplateResult {
  const limits = checkTemplateLimits(input);
  if (limits.length > 0) return { ok: false, problems: firstProblems(limits.map((p) => p.message)) };
  const checked = checkTemplateSchema(input);
  return checked.ok ? checked : { ok: false, problems: firstProblems(checked.problems.map((p) => p.message)) };
}

/** A template file's text (JSON), checked against the limits and the schema. */
export function parseUserTemplate(text: string): UserTemplateResult {
  // Characters, not bytes, are what a string gives; UTF-8 is at least one byte a character.
  if (text.length > MAX_TEMPLATE_BYTES) return { ok: false, problems: [M.tooLarge(text.length, MAX_TEMPLATE_BYTES)] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, problems: [notJsonMessage(text)] };
  }
  return checkUserTemplate(input);
}

/**
 * Why a text JSON.parse refused is not a template, at the line and column we find ourselves (the reader's
 * English message is not shown: it gives no place for a trailing comma, and it quotes the file raw).
 */
function notJsonMessage(text: string): Localized {
  if (/^[\s\uFEFF]*$/.test(text)) return M.empty();
  const slip = findJsonSlip(text);
  // JSON.parse and the scanner agree on what is JSON (tested); were they ever not to, the start is the place to look.
  const { line, column, trailingComma } = slip ?? { line: 1, column: 1, trailingComma: false };
  return trailingComma ? M.trailingComma(line, column) : M.notJson(line, column);
}
