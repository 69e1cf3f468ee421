// A1-style addresses: the one place column letters are computed and read back
// (the .xlsx writer and reader, the layout, the Excel adapter all come here).

/** Excel's grid: columns A to XFD, rows 1 to 1,048,576. A cell outside it is not a cell of any spreadsheet. */
export const EXCEL_COLUMNS = 16_384;
export const EXCEL_ROWS = 1_048_576;

export function colLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B" → 2, "AA" → 27: the inverse of colLetter, for upper-case letters. */
export function colNumber(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col;
}

export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** "B12" or "$B$12" → { row: 12, col: 2 }; null when it is not a single-cell address. */
export function parseA1(addr: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(addr.trim());
  if (!m) return null;
  const col = colNumber(m[1].toUpperCase());
  const row = Number(m[2]);
  return row >= 1 && col >= 1 && col <= EXCEL_COLUMNS && row <= EXCEL_ROWS ? { row, col } : null;
}

/** Quotes a sheet name for use in a reference: 'Báo cáo'!$B$12, or down to `lastRow`: 'Báo cáo'!$A$12:$A$40. */
export function sheetRef(sheet: string, row: number, col: number, lastRow?: number): string {
  const to = lastRow !== undefined && lastRow > row ? `:$${colLetter(col)}$${lastRow}` : "";
  return `'${sheet.replace(/'/g, "''")}'!$${colLetter(col)}$${row}${to}`;
}

/** "'Báo cáo'!$A$12:$A$40" → { sheet: "Báo cáo", row: 12, col: 1, lastRow: 40 }; a single cell is its own range. */
export function parseSheetRange(ref: string): { sheet: string; row: number; col: number; lastRow: number } | null {
  const [from, to] = ref.trim().split(":");
  const first = parseSheetRef(from);
  const last = to === undefined ? first : parseA1(to);
  if (!first || !last || last.col !== first.col || last.row < first.row) return null;
  return { ...first, lastRow: last.row };
}

/** "'Báo cáo'!$B$12" → { sheet: "Báo cáo", row: 12, col: 2 }. */
export function parseSheetRef(ref: string): { sheet: string; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const cell = parseA1(m[3]);
  if (!cell) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ...cell };
}
