// Defined names tonghop gives to input cells. They travel with the cells
// through Excel, LibreOffice and openpyxl saves, so the reader finds inputs by
// name first and by printed headers only when names are lost.

export const NAME_PREFIX = "th_";
export const REPORT_DATE_NAME = "th_report_date";
export const DOC_NUMBER_NAME = "th_doc_number";
/** What the signed document prints, as the unit typed it: Kính gửi, the signer's title lines and name, Nơi nhận. */
export const RECIPIENT_NAME = "th_recipient";
export const SIGNER_TITLE_NAME = "th_signer_title";
export const SIGNER_NAME = "th_signer";
export const COPIES_NAME = "th_copies";

export function fieldName(fieldId: string): string {
  return NAME_PREFIX + fieldId;
}

export function narrativeName(sectionId: string): string {
  return `${NAME_PREFIX}narr_${sectionId.replace(/[^A-Za-z0-9]/g, "_")}`;
}
