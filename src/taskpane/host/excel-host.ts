// The Host inside Excel: everything goes through Office.js in src/excel/.
// Remembers the insert form and the marked cells in the workbook's own
// settings, so they survive closing the pane.
import { layoutReport } from "../../core/layout/report";
import { layoutSummary } from "../../core/layout/summary";
import { extractReport } from "../../core/read/extract";
import { rosterFromGrid } from "../../core/roster";
import { validateReport } from "../../core/validate";
import { detectCapabilities, missingFeatureNotes } from "../../excel/capabilities";
import { applySuggestion, selectCell } from "../../excel/cells";
import { markFindings, unmarkFindings, type SavedFill } from "../../excel/highlight";
import { readWorkbookGrid, sheetNames } from "../../excel/read-workbook";
import { writeModel, type WriteOutcome } from "../../excel/write-model";
import { workerParser } from "../../worker/pool";
import { rosterFromFile } from "./roster-file";
import type { ConsolidateForm, Host, InsertForm, WriteResult } from "./types";

const FORM_KEY = "tonghop.insertForm";
const MARKS_KEY = "tonghop.marks";
const CONSOLIDATE_KEY = "tonghop.consolidateForm";

function settings(): Office.Settings {
  return Office.context.document.settings;
}

function save(): Promise<void> {
  return new Promise((resolve) => settings().saveAsync(() => resolve()));
}

function asResult(o: WriteOutcome): WriteResult {
  return o.ok ? { ok: true, sheets: o.sheets, renamed: o.renamed } : o;
}

export function excelHost(workerUrl: string): Host {
  const caps = detectCapabilities();
  return {
    kind: "excel",
    notes: missingFeatureNotes(caps),
    insertReport: (template, meta, replace) =>
      Excel.run((ctx) => writeModel(ctx, (sheet) => layoutReport(template, meta, {}, "report", sheet).model, caps, replace ? "replace" : undefined)).then(asResult),
    writeSummary: (summary, replace) =>
      Excel.run((ctx) => writeModel(ctx, (sheet) => layoutSummary(summary, sheet), caps, replace ? "replace" : undefined)).then(asResult),
    parseFiles: workerParser(workerUrl),
    rosterFromFile,
    async checkActive() {
      const grid = await Excel.run((ctx) => readWorkbookGrid(ctx, undefined, caps));
      const read = extractReport(grid, "Sổ tính này");
      if (!read.ok) return { findings: null, failure: read.failure.message, tableNames: {} };
      return {
        findings: validateReport(read.report),
        unit: read.report.meta.unitName,
        tableNames: Object.fromEntries(read.report.template.tables.map((t) => [t.id, t.name])),
      };
    },
    goTo: (f) => Excel.run((ctx) => selectCell(ctx, f.sheet, f.cell)),
    async mark(findings) {
      const saved = await Excel.run((ctx) => markFindings(ctx, findings, caps));
      const previous = (settings().get(MARKS_KEY) as SavedFill[] | null) ?? [];
      // Keep the first saved fill of a cell: that is the one to restore.
      const merged = [...previous, ...saved.filter((s) => !previous.some((p) => p.sheet === s.sheet && p.cell === s.cell))];
      settings().set(MARKS_KEY, merged);
      await save();
    },
    async unmark() {
      const saved = (settings().get(MARKS_KEY) as SavedFill[] | null) ?? [];
      if (saved.length === 0) return false;
      await Excel.run((ctx) => unmarkFindings(ctx, saved, caps));
      settings().remove(MARKS_KEY);
      await save();
      return true;
    },
    fix: (f) => Excel.run((ctx) => applySuggestion(ctx, f)),
    rosterSheets: () => Excel.run((ctx) => sheetNames(ctx)),
    async rosterFromSheet(name) {
      return rosterFromGrid(await Excel.run((ctx) => readWorkbookGrid(ctx, [name], caps)));
    },
    recallForm: () => (settings().get(FORM_KEY) as InsertForm | null) ?? undefined,
    rememberForm(form) {
      settings().set(FORM_KEY, form);
      void save();
    },
    recallConsolidateForm: () => (settings().get(CONSOLIDATE_KEY) as ConsolidateForm | null) ?? undefined,
    rememberConsolidateForm(form) {
      settings().set(CONSOLIDATE_KEY, form);
      void save();
    },
  };
}
