// Sending findings back to units (phiếu phản hồi): who needs action and what to tell them (plan.ts), each
// unit's workbook (layout.ts), the index of them (index-layout.ts), the files they are handed out as (files.ts). Their answers come back through
// read/feedback.ts and consolidate/explanations.ts.
export * from "./plan";
export { feedbackSheet, feedbackWorkbook, FEEDBACK_PRINT } from "./layout";
export { feedbackIndex, FEEDBACK_INDEX_FILE, FEEDBACK_LETTER_FILE } from "./index-layout";
export { feedbackFiles, type FeedbackFile } from "./files";
