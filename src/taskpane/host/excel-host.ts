// The Host inside Excel: the open workbook's actions (read it as a report, go
// to, mark, unmark, fix, sheets for a roster) and the writes, all through
// Office.js in src/excel/.
// Remembers the insert form and the marked cells in the workbook's own
// settings, so they survive closing the pane. Every Excel.run waits for cell
// editing (runExcel) and says so while it waits (onCellEditWait), and Excel's
// errors reach the pane as messages saying what to do, in the pane's language.
import { FONT, layoutReport } from "../../core/layout/report";
import { summaryPlan } from "../../core/layout/summary";
import { extractReport } from "../../core/read/extract";
import type { Localized } from "../../core/i18n/lang";
import { rosterFromGrid } from "../../core/roster";
import { detectCapabilities, missingFeatureNotes } from "../../excel/capabilities";
import { applySuggestion, selectCell } from "../../excel/cells";
import { leftOutNote, markFindings, unmarkFindings, type SavedFill } from "../../excel/highlight";
import { ExcelFailure, officeErrorCode, officeErrorText } from "../../excel/office-errors";
import { readWorkbookGrid, sheetNames } from "../../excel/read-workbook";
import { runExcel, type Batch, type WaitNotice } from "../../excel/run";
import { writeFindingsSheet } from "../../excel/write-findings";
import { writeModel, type WriteOutcome } from "../../excel/write-model";
import { workerParser } from "../../worker/pool";
import { pickLang } from "../i18n";
import { previousFromFiles } from "./previous-file";
import { rosterFromFile } from "./roster-file";
import {
  FORM_KEYS,
  THIS_WORKBOOK,
  type ConsolidateForm,
  type Host,
  type HostLabels,
  type InsertForm,
  type SaveResult,
  type WorkbookActions,
  type WriteResult,
} from "./types";
import { downloadFile } from "./save-file";

const MARKS_KEY = "tonghop.marks";
/** The name of the sheet Kiểm tra wrote its findings on: the next Kiểm tra replaces that sheet, and only that. */
const FINDINGS_KEY = "tonghop.findingsSheet";

function settings(): Office.Settings {
  return Office.context.document.settings;
}

function save(): Promise<void> {
  return new Promise((resolve) => settings().saveAsync(() => resolve()));
}

/** Reports and summaries go into the open workbook. */
export const EXCEL_LABELS: HostLabels = { insertReport: "insert", writeSummary: "writeSummary" };

/**
 * Whether this Excel lets an add-in start a download: Excel on the web (the browser, since Chromium 83 with
 * "allow-downloads" on the add-in's frame) and on Windows (WebView2) do; Excel on Mac and iPad (WKWebView) do
 * not, by design (OfficeDev/office-js #2700), nor, untried, Android's. There the pane offers the web page in
 * the system's browser (Office.context.ui.openBrowserWindow, OpenBrowserWindowApi 1.1: Windows, Mac, iPad).
 */
function saveFile(bytes: Uint8Array, fileName: string, type: string): SaveResult {
  const platform = Office.context.platform;
  if (platform === Office.PlatformType.PC || platform === Office.PlatformType.OfficeOnline)
    return { ok: true, file: downloadFile(bytes, fileName, type) };
  const canOpen = Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1");
  const webPage = new URL("index.html", window.location.href).href;
  return {
    ok: false,
    why: "saveNotHere",
    ...(canOpen ? { openWebPage: () => Office.context.ui.openBrowserWindow(webPage) } : {}),
  };
}

function asResult(o: WriteOutcome): WriteResult {
  return o.ok ? { ok: true, sheets: o.sheets, renamed: o.renamed } : o;
}

/** @param cellEditNoticeMs how long a request may go unanswered before the pane says Excel waits for a cell edit */
export function excelHost(workerUrl: string, cellEditNoticeMs?: number): Host {
  const caps = detectCapabilities();
  const lang = pickLang(Office.context.displayLanguage);
  const parseFiles = workerParser(workerUrl);
  const listeners = new Set<(waiting: boolean) => void>();
  let waiting = false;
  const notice: WaitNotice = {
    afterMs: cellEditNoticeMs,
    show(now) {
      if (now === waiting) return;
      waiting = now;
      for (const l of listeners) l(now);
    },
  };
  const run = <T>(batch: Batch<T>): Promise<T> =>
    runExcel(batch, caps.waitsForCellEdit, undefined, notice).catch((e: unknown) => {
      throw e instanceof ExcelFailure ? e : new ExcelFailure(officeErrorText(e), lang, officeErrorCode(e));
    });
  const tell = (note: Localized | undefined) => {
    if (note) throw new ExcelFailure(note, lang);
  };
  const workbook: WorkbookActions = {
    async readReport() {
      return extractReport(await run((ctx) => readWorkbookGrid(ctx, undefined, caps)), THIS_WORKBOOK);
    },
    goTo: (f) => run((ctx) => selectCell(ctx, f.sheet, f.cell)),
    async mark(findings) {
      // The fills there before are kept in the workbook before any cell is coloured: a mark that fails
      // halfway is still undone exactly, and marking again never takes red for a cell's own fill.
      const record = async (saved: SavedFill[]) => {
        const previous = (settings().get(MARKS_KEY) as SavedFill[] | null) ?? [];
        const known = new Set(previous.map((p) => `${p.sheet}!${p.cell}`));
        // Keep the first saved fill of a cell: that is the one to restore.
        settings().set(MARKS_KEY, [...previous, ...saved.filter((s) => !known.has(`${s.sheet}!${s.cell}`))]);
        await save();
      };
      const { passwordProtected } = await run((ctx) => markFindings(ctx, findings, caps, record));
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
    async writeFindings(sheet) {
      const previous = (settings().get(FINDINGS_KEY) as string | null) ?? undefined;
      const name = await run((ctx) => writeFindingsSheet(ctx, sheet, FONT, caps, previous));
      settings().set(FINDINGS_KEY, name);
      await save();
      return name;
    },
    sheetNames: () => run((ctx) => sheetNames(ctx)),
    async rosterFromSheet(name) {
      return rosterFromGrid(await run((ctx) => readWorkbookGrid(ctx, [name], caps)));
    },
  };
  return {
    labels: EXCEL_LABELS,
    notes: missingFeatureNotes(caps),
    onCellEditWait(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
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
    saveFile,
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
