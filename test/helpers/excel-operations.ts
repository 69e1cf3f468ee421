// Every operation the add-in performs on the open workbook, as the pane runs it,
// against a workbook driven through Office.js (the runtime rig or the fake):
// insert, read for checking, mark, unmark, go to, fix, write a summary, roster
// from a sheet. Used by the requirement-set and payload tests and the benchmark.
import { compareWithPrevious } from "../../src/core/compare";
import { consolidate, type Summary } from "../../src/core/consolidate";
import { a1 } from "../../src/core/form/a1";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { layoutReport } from "../../src/core/layout/report";
import { layoutSummary } from "../../src/core/layout/summary";
import type { Finding } from "../../src/core/vocabulary";
import { rosterFromGrid } from "../../src/core/roster";
import { monthOfActionValues } from "../../src/demo/samples";
import type { Capabilities } from "../../src/excel/capabilities";
import { applySuggestion, selectCell } from "../../src/excel/cells";
import { markFindings, unmarkFindings, type SavedFill } from "../../src/excel/highlight";
import { readWorkbookGrid, sheetNames } from "../../src/excel/read-workbook";
import { writeFindingsSheet } from "../../src/excel/write-findings";
import { writeModel } from "../../src/excel/write-model";
import { feedbackSheet, type FeedbackSet } from "../../src/core/feedback";
import type { ModelSheet } from "../../src/core/layout/model";
import { FONT } from "../../src/core/layout/report";
import { metaFor, template } from "./reports";
import { unitFile, unitReport } from "./unit-reports";

export type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const t = template("thang-hanh-dong");
export const meta = metaFor(t, { unitName: "Xã Ẳng Cang" });

export function summaryOf(n: number, name = (i: number) => `Xã Số ${i + 1}`): Summary {
  const files = Array.from({ length: n }, (_, i) =>
    unitFile(`u${i}.xlsx`, unitReport(t, { unitName: name(i), reportDate: "2024-07-01" }, monthOfActionValues(i + 1))),
  );
  const s = consolidate(files, { consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" } }).summary;
  if (!s) throw new Error("no summary");
  return s;
}

/**
 * A summary of n units compared with last year's reports of the same units (figures a little lower, the
 * first unit's state funds typed in nghìn): every comparison sheet is drawn.
 */
export function comparedSummaryOf(n: number): Summary {
  const files = Array.from({ length: n }, (_, i) =>
    unitFile(
      `2023/u${i}.xlsx`,
      unitReport(
        t,
        { unitName: `Xã Số ${i + 1}`, period: "2023", reportDate: "2023-07-01" },
        { ...monthOfActionValues(i + 2), ...(i === 0 ? { funds_state: 15_000_000_000 } : {}) },
      ),
    ),
  );
  const c = compareWithPrevious(
    consolidate(
      Array.from({ length: n }, (_, i) =>
        unitFile(
          `u${i}.xlsx`,
          unitReport(t, { unitName: `Xã Số ${i + 1}`, reportDate: "2024-07-01" }, monthOfActionValues(i + 1)),
        ),
      ),
      { consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" } },
    ),
    { kind: "reports", source: "bao-cao-2023", files },
  );
  if (!c.summary?.comparison?.ok) throw new Error("not compared");
  return c.summary;
}

/** n findings on n cells of the report sheet (one per unit, as a summary checked unit by unit gives). */
export function findingsOn(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    code: "x",
    severity: i % 2 ? ("warning" as const) : ("error" as const),
    sheet: REPORT_SHEET,
    cell: a1(200 + (i % 500), 1 + Math.floor(i / 500)),
    message: { vi: "x", en: "x" },
  }));
}

/** Kiểm tra's findings as the sheet it writes into the open workbook: `n` findings of one unit. */
export function findingsSheet(n: number): ModelSheet {
  const items = findingsOn(n).map((finding) => ({ finding, file: "Sổ làm việc này", received: [] }));
  const unit = { name: "Xã Ẳng Cang" };
  const set: FeedbackSet = {
    units: [{ unit, fileName: "x.xlsx", needs: ["findings"], files: [], notes: [], items }],
    unaddressed: [],
  };
  return feedbackSheet(set.units[0], set, "findings").sheet;
}

export const writeFindings = (run: Run, n: number, caps: Capabilities, previous?: string) =>
  run((c) => writeFindingsSheet(c, findingsSheet(n), FONT, caps, previous));

export const insert = (run: Run, caps: Capabilities, choice?: "replace") =>
  run((c) => writeModel(c, (sheet) => layoutReport(t, meta, {}, "report", sheet).model, caps, choice));

export const writeSummary = (run: Run, s: Summary, caps: Capabilities) =>
  run((c) => writeModel(c, (sheet) => layoutSummary(s, sheet), caps, undefined));

export interface Operation {
  name: string;
  /** What is in the workbook before (not measured). */
  prepare: (run: Run, caps: Capabilities) => Promise<unknown>;
  run: (run: Run, caps: Capabilities) => Promise<unknown>;
}

/** Every operation, on a workbook holding what it needs; `n` units/findings where size matters. */
export function operations(n: number, summary: Summary = summaryOf(n)): Operation[] {
  const none = async () => undefined;
  const findings = findingsOn(n);
  let saved: SavedFill[] = [];
  return [
    { name: "insert report", prepare: none, run: (r, caps) => insert(r, caps) },
    { name: "replace report", prepare: (r, caps) => insert(r, caps), run: (r, caps) => insert(r, caps, "replace") },
    { name: "read for checking", prepare: (r, caps) => insert(r, caps), run: (r) => r((c) => readWorkbookGrid(c)) },
    {
      name: "mark findings",
      prepare: (r, caps) => insert(r, caps),
      run: (r, caps) => r((c) => markFindings(c, findings, caps)),
    },
    {
      name: "unmark findings",
      prepare: async (r, caps) => {
        await insert(r, caps);
        saved = (await r((c) => markFindings(c, findings, caps))).saved;
      },
      run: (r, caps) => r((c) => unmarkFindings(c, saved, caps)),
    },
    {
      name: "go to a cell",
      prepare: (r, caps) => insert(r, caps),
      run: (r) => r((c) => selectCell(c, REPORT_SHEET, "D20")),
    },
    {
      name: "fix a cell",
      prepare: (r, caps) => insert(r, caps),
      run: (r) => r((c) => applySuggestion(c, { ...findings[0], cell: "D20", suggestion: 1500000 })),
    },
    { name: "write summary", prepare: none, run: (r, caps) => writeSummary(r, summary, caps) },
    {
      name: "write findings",
      prepare: (r, caps) => writeFindings(r, n, caps),
      run: (r, caps) => writeFindings(r, n, caps, "Kết quả kiểm tra"),
    },
    {
      name: "roster from a sheet",
      prepare: (r, caps) => writeSummary(r, summary, caps),
      run: async (r) => {
        const names = await r((c) => sheetNames(c));
        return rosterFromGrid(await r((c) => readWorkbookGrid(c, [names[1]])));
      },
    },
  ];
}
