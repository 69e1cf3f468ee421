// The files a feedback set is handed out as, by name, as models: each unit's workbook, their index and — after
// a consolidation by a named unit — the covering letter. The CLI writes them into a folder, the pane zips them.
import { feedbackLetter } from "../document/letter";
import type { DocumentModel } from "../document/model";
import type { SheetModel } from "../layout/model";
import { FEEDBACK_INDEX_FILE, FEEDBACK_LETTER_FILE, feedbackIndex } from "./index-layout";
import { feedbackWorkbook } from "./layout";
import type { FeedbackSet } from "./plan";

export type FeedbackFile = { name: string } & (
  | { kind: "xlsx"; model: SheetModel }
  | { kind: "docx"; model: DocumentModel }
);

export function feedbackFiles(set: FeedbackSet): FeedbackFile[] {
  const letter = feedbackLetter(set);
  return [
    ...set.units.map((u): FeedbackFile => ({ name: u.fileName, kind: "xlsx", model: feedbackWorkbook(u, set) })),
    { name: FEEDBACK_INDEX_FILE, kind: "xlsx", model: feedbackIndex(set) },
    ...(letter ? [{ name: FEEDBACK_LETTER_FILE, kind: "docx" as const, model: letter }] : []),
  ];
}
