// The feedback the pane hands out (phiếu phản hồi): after Tổng hợp, one .zip of every unit's workbook, their
// index and the covering letter; after Kiểm tra, a unit's own workbook when one unit needs it, else the same
// .zip. The writers are chunks of their own, loaded when the first file is made; the host hands the file to
// the user (or says why it cannot, and what to do instead).
import { zipSync } from "fflate";
import { feedbackFiles, type FeedbackSet } from "../core/feedback";
import type { AskingMessage } from "./components/Status";
import type { UiKey } from "./i18n";
import { XLSX_TYPE } from "./host/save-file";
import type { Host } from "./host/types";

export const ZIP_TYPE = "application/zip";

/** Every file of the set, by name, drawn: each unit's workbook, the index, the covering letter (if any). */
export async function drawFeedback(set: FeedbackSet): Promise<Record<string, Uint8Array>> {
  const { renderXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx/write");
  const out: Record<string, Uint8Array> = {};
  for (const f of feedbackFiles(set)) {
    if (f.kind === "xlsx") out[f.name] = await renderXlsx(f.model);
    else {
      const { renderDocx } = await import(/* webpackChunkName: "docx" */ "../docx/render");
      out[f.name] = await renderDocx(f.model);
    }
  }
  return out;
}

/**
 * Hands the set's feedback to the user: `zipName` holding every file, or — `single` and one unit only — that
 * unit's workbook alone. Says so when no unit needs feedback.
 */
export async function saveFeedback(
  host: Host,
  set: FeedbackSet,
  zipName: string,
  t: (k: UiKey, p?: Record<string, string | number>) => string,
  single = false,
): Promise<AskingMessage> {
  if (set.units.length === 0) return { intent: "info", text: t("feedbackNone") };
  const files = await drawFeedback(set);
  const one = single && set.units.length === 1 ? set.units[0].fileName : undefined;
  // The workbooks are already compressed: stored as they are.
  const saved = one
    ? host.saveFile(files[one], one, XLSX_TYPE)
    : host.saveFile(zipSync(files, { level: 0 }), zipName, ZIP_TYPE);
  if (saved.ok) return { intent: "success", text: t("downloaded", { file: saved.file }) };
  return {
    intent: "warning",
    text: t("feedbackNotHere"),
    ...(saved.openWebPage ? { openWebPage: saved.openWebPage } : {}),
  };
}
