// Each mistake a clerk makes, seeded into a report written three ways — by
// tonghop itself, by openpyxl (an independent writer), and by tonghop then
// re-saved by LibreOffice — must be found at the right cell; a clean report
// must yield no finding at all.
import ExcelJS from "exceljs";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { a1 } from "../../src/core/form/a1";
import { layoutReport, type ReportContents } from "../../src/core/layout/report";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import type { Finding } from "../../src/core/vocabulary";
import { validateReport } from "../../src/core/validate";
import { monthOfActionValues } from "../../src/demo/samples";
import { readReportBytes } from "../../src/xlsx/report-file";
import { libreConvert } from "../helpers/libreoffice";
import { openpyxlEdit, type CellEdit } from "../helpers/openpyxl";
import { metaFor, template, tempDir, writeReport } from "../helpers/reports";

type Writer = "tonghop" | "openpyxl" | "libreoffice";
type Content = number | string | { formula: string } | { error: string } | null;

interface Case {
  name: string;
  templateId: "thang-hanh-dong" | "cong-tac-tre-em";
  set?: Record<string, Content>;
  narratives?: Record<string, string>;
  /** Expected findings: code, and the field (or narrative section) whose cell it points at. */
  expect: {
    code: string;
    field?: string;
    section?: string;
    suggestion?: number;
    message?: RegExp;
    /** Whether the clerk must fix it (error) or it is counted as read (warning). */
    severity?: Finding["severity"];
  }[];
  /** Other codes this mistake may bring along, by design. */
  alsoAllowed?: string[];
  /** Where a writer legitimately changes the content (LibreOffice computes formulas). */
  expectFor?: Partial<Record<Writer, Case["expect"]>>;
}

const THD = "thang-hanh-dong";
const CTTE = "cong-tac-tre-em";
const CLEAN_THD = monthOfActionValues(4242);
const CLEAN_CTTE: Record<string, number> = {
  children_total: 2000,
  special_total: 40,
  special_assisted: 40,
  at_risk_total: 30,
  abused_total: 0,
  abused_supported: 0,
  injury_total: 5,
  drowning_deaths: 0,
  child_labour: 0,
  under6_total: 600,
  under6_insured: 590,
  villages_total: 12,
  villages_with_venue: 8,
  communes_total: 1,
  communes_child_friendly: 1,
  forums: 1,
  forum_children: 80,
  trainings: 2,
  trainees: 60,
  inspections: 3,
  funds_state: 20_000_000,
  funds_mobilized: 15_000_000,
};

const CASES: Case[] = [
  { name: "a clean Month of Action report", templateId: THD, expect: [] },
  { name: "a clean periodic report", templateId: CTTE, expect: [] },
  {
    name: 'money typed as text "1.500.000"',
    templateId: THD,
    set: { gifts_children: 50, gifts_funds: "1.500.000" },
    expect: [
      {
        code: "number_as_text",
        field: "gifts_funds",
        suggestion: 1_500_000,
        message: /số được nhập dạng văn bản/,
        severity: "warning",
      },
    ],
  },
  {
    name: 'gift money written "1,5 triệu": counted in đồng, the suggestion multiplied',
    templateId: THD,
    set: { gifts_children: 50, gifts_funds: "1,5 triệu" },
    expect: [
      {
        code: "money_with_unit",
        field: "gifts_funds",
        suggestion: 1_500_000,
        message: /đã tính là 1\.500\.000 đồng/,
        severity: "warning",
      },
    ],
  },
  {
    name: 'state budget written "15tr"',
    templateId: CTTE,
    set: { funds_state: "15tr" },
    expect: [{ code: "money_with_unit", field: "funds_state", suggestion: 15_000_000, severity: "warning" }],
  },
  {
    name: "state budget typed as 15, meaning 15 triệu: an error with no suggestion",
    templateId: CTTE,
    set: { funds_state: 15 },
    expect: [{ code: "money_too_small", field: "funds_state", message: /quá nhỏ/, severity: "error" }],
  },
  {
    name: 'a count typed as "15 triệu" gets no suggestion',
    templateId: THD,
    set: { launch_children: "15 triệu" },
    expect: [{ code: "not_a_number", field: "launch_children", message: /không phải là số/ }],
  },
  {
    name: 'a count of children typed as "12 em": counted, with a warning',
    templateId: THD,
    set: { launch_children: "12 em" },
    expect: [{ code: "count_with_noun", field: "launch_children", suggestion: 12, message: /đã tính là 12/ }],
  },
  {
    name: 'a count of works typed as "12 em": an error, 12 suggested',
    templateId: THD,
    set: { works_new: "12 em" },
    expect: [{ code: "not_a_number", field: "works_new", suggestion: 12, message: /không phải là số/ }],
  },
  {
    name: 'a count typed as "không": 0, with a warning',
    templateId: CTTE,
    set: { drowning_deaths: "không" },
    expect: [{ code: "none_as_word", field: "drowning_deaths", suggestion: 0, message: /đã tính là 0/ }],
  },
  {
    name: "a negative count",
    templateId: THD,
    set: { works_new: -1 },
    expect: [{ code: "negative", field: "works_new" }],
  },
  {
    name: "a fractional count",
    templateId: THD,
    set: { healthcare_children: 2.5 },
    expect: [{ code: "fraction", field: "healthcare_children" }],
  },
  {
    name: "an error value",
    templateId: THD,
    set: { scholarships_funds: { error: "#VALUE!" } },
    expect: [{ code: "error_value", field: "scholarships_funds" }],
  },
  {
    name: "a formula with no cached value",
    templateId: THD,
    set: { recreation_children: { formula: "SUM(100,20)" } },
    expect: [{ code: "formula_no_value", field: "recreation_children", message: /mở tệp bằng Excel, lưu lại/ }],
    // LibreOffice computes the formula on save: then there is nothing to find.
    expectFor: { libreoffice: [] },
  },
  {
    name: "children counted in zero activities",
    templateId: THD,
    set: { participation_activities: 0, participation_children: 120 },
    expect: [
      {
        code: "rule.participation_children_without_activities",
        field: "participation_activities",
        message: /Có 120 trẻ em/,
      },
    ],
  },
  {
    name: "children at zero launch sites",
    templateId: THD,
    set: { launch_sites: 0, launch_children: 300 },
    expect: [{ code: "rule.launch_children_without_sites", field: "launch_sites" }],
  },
  {
    name: "gift money entered in triệu đồng",
    templateId: THD,
    set: { gifts_children: 30, gifts_funds: 15 },
    expect: [{ code: "money_too_small", field: "gifts_funds", message: /theo triệu hoặc nghìn đồng/ }],
  },
  {
    name: "gift money per child too low, though not implausible on its own",
    templateId: THD,
    set: { gifts_children: 30, gifts_funds: 15_000 },
    expect: [{ code: "rule.gifts_funds_per_child_low", field: "gifts_funds", message: /nghìn đồng hoặc triệu đồng/ }],
  },
  {
    name: "money spent on zero children",
    templateId: THD,
    set: { healthcare_children: 0, healthcare_funds: 2_000_000 },
    expect: [{ code: "rule.healthcare_funds_without_children", field: "healthcare_children" }],
  },
  {
    name: "support spending above the Month's total funds",
    templateId: THD,
    set: { funds_state: 1_000_000, funds_mobilized: 0 },
    expect: [{ code: "rule.support_above_total_funds", field: "gifts_funds" }],
  },
  {
    name: "a table left entirely blank",
    templateId: THD,
    set: {
      launch_sites: null,
      launch_children: null,
      works_new: null,
      works_upgraded: null,
      funds_state: null,
      funds_mobilized: null,
    },
    expect: [{ code: "table_blank", field: "launch_sites" }],
    alsoAllowed: ["rule.support_above_total_funds"],
  },
  {
    name: "an empty narrative section",
    templateId: THD,
    narratives: { "I.3": "" },
    expect: [{ code: "narrative_empty", section: "I.3" }],
  },
  {
    name: "a sub-count above its total",
    templateId: CTTE,
    set: { special_assisted: 50 },
    expect: [{ code: "rule.special_assisted_not_above_total", field: "special_assisted" }],
  },
  {
    name: "abused children not all supported",
    templateId: CTTE,
    set: { abused_total: 5, abused_supported: 3, communes_child_friendly: 0 },
    expect: [{ code: "rule.abused_supported_target", field: "abused_supported", message: /60%/ }],
  },
  {
    name: "a child-friendly commune with a drowning death",
    templateId: CTTE,
    set: { drowning_deaths: 1 },
    expect: [{ code: "rule.child_friendly_with_harm", field: "communes_child_friendly" }],
  },
  {
    name: "more children under 6 than children",
    templateId: CTTE,
    set: { under6_total: 2500, under6_insured: 2400 },
    expect: [{ code: "rule.under6_not_above_children", field: "under6_total" }],
  },
];

function narrativesFor(id: string): Record<string, string> {
  return Object.fromEntries(
    template(id as typeof THD)
      .sections.filter((s) => s.narrative)
      .map((s) => [s.id, `Nội dung mục ${s.id}.`]),
  );
}

function contentOf(c: Case): Record<string, Content> {
  return { ...(c.templateId === THD ? CLEAN_THD : CLEAN_CTTE), ...c.set };
}

const dir = tempDir("tonghop-mistakes-");
const files: Record<Writer, string[]> = { tonghop: [], openpyxl: [], libreoffice: [] };

/** tonghop writes values it can (numbers, text); ExcelJS adds formulas and error values. */
async function writeWithTonghop(c: Case, i: number): Promise<string> {
  const t = template(c.templateId);
  const content = contentOf(c);
  const plain: ReportContents["values"] = {};
  for (const [k, v] of Object.entries(content)) if (typeof v === "number" || typeof v === "string") plain[k] = v;
  const path = await writeReport(dir, `tonghop-${i}.xlsx`, t, metaFor(t), {
    values: plain,
    narratives: { ...narrativesFor(c.templateId), ...c.narratives },
  });
  const special = Object.entries(content).filter(([, v]) => v !== null && typeof v === "object");
  if (special.length > 0) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const layout = layoutReport(t, metaFor(t));
    for (const [k, v] of special) {
      const p = layout.fields[k];
      const cell = wb.getWorksheet(REPORT_SHEET)!.getCell(p.row, p.col);
      cell.value =
        "formula" in (v as object)
          ? ({ formula: (v as { formula: string }).formula } as ExcelJS.CellFormulaValue)
          : ({ error: (v as { error: string }).error } as ExcelJS.CellErrorValue);
    }
    await wb.xlsx.writeFile(path);
  }
  return path;
}

beforeAll(async () => {
  files.tonghop = await Promise.all(CASES.map(writeWithTonghop));
  // openpyxl writes every value and narrative into a blank tonghop report.
  const blanks = await Promise.all(
    CASES.map((c, i) => writeReport(dir, `blank-${i}.xlsx`, template(c.templateId), metaFor(template(c.templateId)))),
  );
  files.openpyxl = openpyxlEdit(
    CASES.map((c, i) => {
      const t = template(c.templateId);
      const layout = layoutReport(t, metaFor(t));
      const cells: CellEdit[] = Object.entries(contentOf(c)).map(([k, v]) => {
        const cell = a1(layout.fields[k].row, layout.fields[k].col);
        if (v === null) return { sheet: REPORT_SHEET, cell, kind: "blank" };
        if (typeof v === "number") return { sheet: REPORT_SHEET, cell, kind: "number", value: v };
        if (typeof v === "string") return { sheet: REPORT_SHEET, cell, kind: "text", value: v };
        return "formula" in v
          ? { sheet: REPORT_SHEET, cell, kind: "formula", value: v.formula }
          : { sheet: REPORT_SHEET, cell, kind: "error", value: v.error };
      });
      for (const [id, text] of Object.entries({ ...narrativesFor(c.templateId), ...c.narratives })) {
        const p = layout.narratives[id];
        cells.push(
          text === ""
            ? { sheet: REPORT_SHEET, cell: a1(p.row, p.col), kind: "blank" }
            : { sheet: REPORT_SHEET, cell: a1(p.row, p.col), kind: "text", value: text },
        );
      }
      return { src: blanks[i], out: join(dir, `openpyxl-${i}.xlsx`), cells };
    }),
  );
  files.libreoffice = libreConvert(files.tonghop, "xlsx", join(dir, "lo"));
});

function findingsOf(path: string): { findings: Finding[]; fileName: string } {
  const r = readReportBytes(readFileSync(path), path);
  if (!r.ok) throw new Error(`${path}: ${r.failure.message.en}`);
  return { findings: validateReport(r.report), fileName: path };
}

const WRITERS: Writer[] = ["tonghop", "openpyxl", "libreoffice"];
describe.each(WRITERS)("written by %s", (writer) => {
  test.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
    const t = template(c.templateId);
    const layout = layoutReport(t, metaFor(t));
    const { findings } = findingsOf(files[writer][i]);
    const expected = c.expectFor?.[writer] ?? c.expect;
    for (const e of expected) {
      const pos = e.field ? layout.fields[e.field] : layout.narratives[e.section as string];
      const hit = findings.find((f) => f.code === e.code);
      expect(hit).toBeDefined();
      expect(hit?.sheet).toBe(REPORT_SHEET);
      expect(hit?.cell).toBe(a1(pos.row, pos.col));
      expect(hit?.suggestion).toBe(e.suggestion);
      if (e.message) expect(hit?.message.vi).toMatch(e.message);
      if (e.severity) expect(hit?.severity).toBe(e.severity);
      expect(hit?.message.en.length).toBeGreaterThan(10);
    }
    const allowed = new Set([...expected.map((e) => e.code), ...(c.alsoAllowed ?? [])]);
    expect(findings.filter((f) => !allowed.has(f.code)).map((f) => `${f.code}@${f.cell}`)).toEqual([]);
  });
});
