// Limits on what tonghop reads from one file, so a broken or hostile file is
// refused with a clear reason instead of exhausting memory or time. One place
// for every limit; each is applied per file, never to the whole run.

/** Largest file accepted (bytes). A report is ~20 KB; 20 MB leaves room for photos pasted in. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Most entries in the zip container. */
export const MAX_ZIP_ENTRIES = 5_000;
/** Largest uncompressed size of any one part that is read (zip bombs). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Largest uncompressed size of all parts read from one file. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** Most sheets in a workbook. */
export const MAX_SHEETS = 255;
/** Most cells read from one sheet. */
export const MAX_CELLS_PER_SHEET = 2_000_000;
/** Longest text kept from one cell (characters); Excel's own limit is 32,767. */
export const MAX_CELL_TEXT = 32_767;
