// Where a tally table's parts sit, relative to its first header row: the
// layout draws them there (layout/report-body.ts) and the reader looks for
// them there (read/locate.ts), allowing a column-number row (column-numbers.ts)
// between the headers and the inputs.

/**
 * A table in columns: a row of group labels, a row of field headers under them
 * (a field with no group has one header over both rows), then the inputs.
 */
export const COLUMN_TABLE = {
  /** Offset of the field headers' row below the group labels' row. */
  fieldRow: 1,
  /** Offset of the input row below the group labels' row. */
  inputRow: 2,
  /** Rows the table takes, a blank row after it included. */
  height: 4,
} as const;

/**
 * A table in rows: STT | Chỉ tiêu | Đơn vị tính | Số liệu. A group's label has
 * a row of its own; each field's label sits in the label column of its row,
 * its value under the "Số liệu" header.
 */
export const ROW_TABLE = {
  numberCol: 1,
  labelCol: 2,
} as const;
