// The Host inside Excel: the open workbook's actions (read it as a report, go
// to, mark, unmark, fix, sheets for a roster) and the writes, all through
// Office.js in src/excel/.
// Remembers the insert form and the marked cells in the workbook's own
// settings, so they survive closing the pane. Every Excel.run waits for cell
// editing (runExcel), and Excel's errors reach the pane as messages saying what
// to do, in the pane's language.
import { layoutReport } from "../../core/layout/report";
import { summaryPlan } from "../../core/layout/summary";
import { extractReport } from "../../core/read/extract";
import type { Localized } from "../../core/i18n/lang";
import { rosterFromGrid } from "../../core/roster";
import { detectCapabilities, missingFeatureNotes } from "../../excel/capabilities";
import { applySuggestion, selectCell } from "../../excel/cells";
import { leftOutNote, markFindings, unmarkFindings, type SavedFill } from "../../excel/highlight";
import { ExcelFailure, officeErrorCode, officeErrorText } from "../../excel/office-errors";
import { readWorkbookGrid, sheetNames } from "../../excel/read-workbook";
import { runExcel, type Batch } from "../../excel/run";
import { writeModel, type WriteOutcome } from "../../excel/write-model";
import { workerParser } from "../../worker/pool";
import { pickLang } from "../i18n";
import { previousFromFiles } from "./previous-file";
import { rosterFromFile } from "./roster-file";
import {
  FORM_KEYS,
  type ConsolidateForm,
  type Host,
  type HostLabels,
  type InsertForm,
  type WorkbookActions,
  type WriteResult,
} from "./types";

const MARKS_KEY = "tonghop.marks";

function settings(): Office.Settings {
  return Office.context.document.settings;
}

function save(): Promise<void> {
  return new Promise((resolve) => settings().saveAsync(() => resolve()));
}

/** Reports and summaries go into the open workbook. */
export const EXCEL_LABELS: HostLabels = { insertReport: "insert", writeSummary: "writeSummary" };

function asResult(o: WriteOutcome): WriteResult {
  return o.ok ? { ok: true, sheets: o.sheets, renamed: o.renamed } : o;
}

export function excelHost(workerUrl: string): Host {
  const caps = detectCapabilities();
  const lang = pickLang(Office.context.displayLanguage);
  const parseFiles = workerParser(workerUrl);
  const run = <T>(batch: Batch<T>): Promise<T> =>
    runExcel(batch, caps.waitsForCellEdit).catch((e: unknown) => {
      throw e instanceof ExcelFailure ? e : new ExcelFailure(officeErrorText(e), lang, officeErrorCode(e));
    });
  const tell = (note: Localized | undefined) => {
    if (note) throw new ExcelFailure(note, lang);
  };
  const workbook: WorkbookActions = {
    async readReport() {
      return extractReport(await run((ctx) => readWorkbookGrid(ctx, undefined, caps)), "Sổ làm việc này");
    },
    goTo: (f) => run((ctx) => selectCell(ctx, f.sheet, f.cell)),
    async mark(findings) {
      const { saved, passwordProtected } = await run((ctx) => markFindings(ctx, findings, caps));
      const previous = (settings().get(MARKS_KEY) as SavedFill[] | null) ?? [];
      // Keep the first saved fill of a cell: that is the one to restore.
      const merged = [
        ...previous,
        ...saved.filter((s) => !previous.some((p) => p.sheet === s.sheet && p.cell === s.cell)),
      ];
      settings().set(MARKS_KEY, merged);
      await save();
      tell(leftOutNote([], passwordProtected));
    },
    async unmark() {
      const saved = (settings().get(MARKS_KEY) as SavedFill[] | null) ?? [];
      if (saved.length === 0) return false;
      const { forgotten, passwordProtected } = await run((ctx) => unmarkFindings(ctx, saved, caps));
      const kept = saved.filter((s) => passwordProtected.includes(s.sheet));
      if (kept.length > 0) settings().set(MARKS_KEY, kept);
      else settings().remove(MARKS_KEY);
      await save();
      return leftOutNote(forgotten, passwordProtected) ?? true;
    },
    fix: (f) => run((ctx) => applySuggestion(ctx, f)),
    sheetNames: () => run((ctx) => sheetNames(ctx)),
    async rosterFromSheet(name) {
      return rosterFromGrid(await run((ctx) => readWorkbookGrid(ctx, [name], caps)));
    },
  };
  return {
    labels: EXCEL_LABELS,
    notes: missingFeatureNotes(caps),
    insertReport: (template, meta, replace) =>
      run((ctx) =>
        writeModel(
          ctx,
          (sheet) => layoutReport(template, meta, {}, "report", sheet).model,
          caps,
          replace ? "replace" : undefined,
        ),
      ).then(asResult),
    writeSummary: (summary, replace) =>
      run((ctx) => writeModel(ctx, (sheet) => summaryPlan(summary, sheet), caps, replace ? "replace" : undefined)).then(
        asResult,
      ),
    parseFiles,
    rosterFromFile,
    readPreviousPeriod: previousFromFiles(parseFiles),
    workbook,
    recallForm: () => (settings().get(FORM_KEYS.insert) as InsertForm | null) ?? undefined,
    rememberForm(form) {
      settings().set(FORM_KEYS.insert, form);
      void save();
    },
    recallConsolidateForm: () => (settings().get(FORM_KEYS.consolidate) as ConsolidateForm | null) ?? undefined,
    rememberConsolidateForm(form) {
      settings().set(FORM_KEYS.consolidate, form);
      void save();
    },
  };
}
