// The documents the pane makes (.docx): the core's document model (a unit's filled report, a summary) drawn by
// the Word renderer — a chunk of its own, loaded only when the first document is made, so the pane's first load
// stays small — then handed to the user by the host, or the reason it cannot be and what to do instead.
import type { DocumentModel } from "../core/document/model";
import type { UiKey } from "./i18n";
import type { Host } from "./host/types";
import { DOCX_TYPE } from "./host/save-file";
import type { AskingMessage } from "./components/Status";

export async function saveDocument(
  host: Host,
  model: DocumentModel,
  fileName: string,
  t: (k: UiKey, p?: Record<string, string | number>) => string,
): Promise<AskingMessage> {
  const { renderDocx } = await import(/* webpackChunkName: "docx" */ "../docx/render");
  const saved = host.saveFile(await renderDocx(model), fileName, DOCX_TYPE);
  if (saved.ok) return { intent: "success", text: t("downloaded", { file: saved.file }) };
  return { intent: "warning", text: t(saved.why), ...(saved.openWebPage ? { openWebPage: saved.openWebPage } : {}) };
}
