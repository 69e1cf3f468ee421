// A template's JSON is measured before the schema sees it: nested deeper than
// any template, or holding more values than any template, it is refused in
// words (a file's own template, or one carried inside a report), never a stack
// overflow in the schema check; a file of thousands of wrong values is told in
// a screenful of problems, then how many more.
import { failures } from "../../src/core/i18n/messages";
import { templateFileMessages } from "../../src/core/i18n/template-messages";
import { layoutReport } from "../../src/core/layout/report";
import { TEMPLATE_SHEET } from "../../src/core/form/sheets";
import { MAX_TEMPLATE_DEPTH, MAX_TEMPLATE_PROBLEMS, MAX_TEMPLATE_VALUES } from "../../src/core/limits";
import { loadTemplate } from "../../src/core/templates";
import { parseUserTemplate } from "../../src/core/templates/user-template";
import { readXlsx } from "../../src/xlsx/read";
import { readReportBytes } from "../../src/xlsx/report-file";
import { renderXlsxSync } from "../../src/xlsx/write";
import { MB, partText, withParts } from "../helpers/hostile";
import { metaFor, template } from "../helpers/reports";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const problems = (text: string) => {
  const r = parseUserTemplate(text);
  if (r.ok) throw new Error("accepted");
  return r.problems;
};

test("1 MB of nested arrays: refused as nested too deep, in words", () => {
  expect(problems(nested(MB / 2))).toEqual([templateFileMessages.tooDeep(MAX_TEMPLATE_DEPTH)]);
});

test("nested arrays where the sections belong, under a real template's keys", () => {
  const t = JSON.parse(JSON.stringify(template("thang-hanh-dong"))) as Record<string, unknown>;
  const text = JSON.stringify({ ...t, sections: "§" }).replace('"§"', nested(200_000));
  expect(problems(text)).toEqual([templateFileMessages.tooDeep(MAX_TEMPLATE_DEPTH)]);
});

test(`the built-in templates are within the limits (${MAX_TEMPLATE_DEPTH} deep)`, () => {
  for (const id of ["thang-hanh-dong", "cong-tac-tre-em"] as const)
    expect(parseUserTemplate(JSON.stringify(template(id))).ok).toBe(true);
});

test(`more than ${MAX_TEMPLATE_VALUES} values: refused before the schema`, () => {
  const t = JSON.parse(JSON.stringify(template("thang-hanh-dong"))) as Record<string, unknown>;
  const text = JSON.stringify({ ...t, deadlines: Array.from({ length: MAX_TEMPLATE_VALUES }, () => 0) });
  expect(problems(text)).toEqual([templateFileMessages.tooManyValues(MAX_TEMPLATE_VALUES)]);
});

test("thousands of wrong values: the first problems, then how many more", () => {
  const t = JSON.parse(JSON.stringify(template("thang-hanh-dong"))) as Record<string, unknown>;
  const text = JSON.stringify({ ...t, deadlines: Array.from({ length: 5_000 }, () => "x") });
  const p = problems(text);
  expect(p).toHaveLength(MAX_TEMPLATE_PROBLEMS + 1);
  expect(p[MAX_TEMPLATE_PROBLEMS]).toEqual(templateFileMessages.moreProblems(5_000 - MAX_TEMPLATE_PROBLEMS));
});

test("a report carrying 1 MB of nested arrays as its template is rejected with the reason, not an internal error", () => {
  const t = loadTemplate({ ...JSON.parse(JSON.stringify(template("thang-hanh-dong"))), id: "mau-rieng" });
  const good = renderXlsxSync(layoutReport(t, metaFor(t), {}).model);
  const index = readXlsx(good).sheetNames.indexOf(TEMPLATE_SHEET) + 1;
  const part = `xl/worksheets/sheet${index}.xml`;
  const xml = partText(good, part);
  const chunk = (row: number, text: string) =>
    `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>${text}</t></is></c></row>`;
  const deep = nested(MB / 2);
  const rows = Array.from({ length: Math.ceil(deep.length / 30_000) }, (_, i) =>
    chunk(i + 2, deep.slice(i * 30_000, (i + 1) * 30_000)),
  );
  const head = /<row r="1"[\s\S]*?<\/row>/.exec(xml)![0];
  const lie = withParts(good, {
    [part]: xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${head}${rows.join("")}</sheetData>`),
  });
  const r = readReportBytes(lie, "x.xlsx");
  expect(r.ok ? "read" : [r.failure.code, r.failure.message.vi]).toEqual([
    "embedded_template_invalid",
    failures.embeddedTemplateInvalid(
      "mau-rieng",
      templateFileMessages.tooDeep(MAX_TEMPLATE_DEPTH).vi.replace(/\.$/, ""),
      "",
    ).vi,
  ]);
});
