// The Host in a plain browser (add-ins blocked, or no Excel): no open workbook,
// so no workbook actions; new reports and summaries are downloaded as .xlsx
// files (documents as .docx), and the pane says so. Nothing is sent anywhere.
import { layoutReport } from "../../core/layout/report";
import { summaryPlan } from "../../core/layout/summary";
import type { SheetModel, WorkbookPlan } from "../../core/layout/model";
import { workerParser } from "../../worker/pool";
import { previousFromFiles } from "./previous-file";
import { rosterFromFile } from "./roster-file";
import { downloadFile, reportFileName, summaryFileName, XLSX_TYPE } from "./save-file";
import { FORM_KEYS, type ConsolidateForm, type Host, type HostLabels, type InsertForm } from "./types";

/** No workbook: reports and summaries are downloaded, and the pane says so above the tabs. */
export const BROWSER_LABELS: HostLabels = {
  banner: "outsideExcel",
  insertReport: "download",
  writeSummary: "downloadSummary",
};

/** The browser's memory of a form (localStorage); none in private browsing. */
function recall<T>(key: string): T | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function remember(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    /* private browsing: nothing to remember with */
  }
}

async function download(model: SheetModel | WorkbookPlan, fileName: string): Promise<string> {
  // The workbook writer is a chunk of its own: loaded only when a file is made.
  const { renderXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../../xlsx/write");
  return downloadFile(await renderXlsx(model), fileName, XLSX_TYPE);
}

export function browserHost(workerUrl: string): Host {
  const parseFiles = workerParser(workerUrl);
  return {
    labels: BROWSER_LABELS,
    notes: [],
    async insertReport(template, meta) {
      const file = await download(
        layoutReport(template, meta).model,
        reportFileName(meta.unitName, meta.period, "xlsx"),
      );
      return { ok: true, sheets: [], renamed: [], downloaded: file };
    },
    async writeSummary(summary) {
      const file = await download(summaryPlan(summary), summaryFileName(summary.meta.unitName, summary.period, "xlsx"));
      return { ok: true, sheets: [], renamed: [], downloaded: file };
    },
    saveFile: (bytes, fileName, type) => ({ ok: true, file: downloadFile(bytes, fileName, type) }),
    parseFiles,
    rosterFromFile,
    readPreviousPeriod: previousFromFiles(parseFiles),
    recallForm: () => recall<InsertForm>(FORM_KEYS.insert),
    rememberForm: (form) => remember(FORM_KEYS.insert, form),
    recallConsolidateForm: () => recall<ConsolidateForm>(FORM_KEYS.consolidate),
    rememberConsolidateForm: (form) => remember(FORM_KEYS.consolidate, form),
  };
}
