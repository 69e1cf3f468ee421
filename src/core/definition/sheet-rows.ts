// Reads one sheet of a definition workbook as rows of named values, finding
// columns by their header (users may reorder them) and turning the words of
// fixed-value columns back into values; every problem names its cell.
import { definitionMessages as M } from "../i18n/template-messages";
import { a1 } from "../form/a1";
import { cellText, type CellGrid, type GridSheet } from "../read/grid";
import { normText } from "../text";
import type { Localized } from "../i18n/lang";
import type { Column, Words } from "./columns";

export interface DefinitionProblem {
  sheet: string;
  cell: string;
  message: Localized;
}

/** A cell's place, "Chỉ tiêu!E5" as parts. */
export interface Place {
  sheet: string;
  cell: string;
}

export class SheetRow {
  constructor(
    readonly sheet: GridSheet,
    readonly row: number,
    private readonly columns: readonly Column[],
    private readonly cols: Map<string, number>,
    private readonly problems: DefinitionProblem[],
  ) {}
  place(key: string): Place {
    return { sheet: this.sheet.name, cell: a1(this.row, this.cols.get(key) ?? 1) };
  }
  /** The text of a column, NFC and trimmed; undefined when blank or the column is absent. */
  text(key: string): string | undefined {
    const col = this.cols.get(key);
    const t = col === undefined ? "" : cellText(this.sheet.cell(this.row, col)).normalize("NFC").trim();
    return t === "" ? undefined : t;
  }
  /** A required text; a blank cell is a problem that names its column as the workbook heads it. */
  need(key: string): string {
    const t = this.text(key);
    if (t === undefined)
      this.problem(key, M.missingValue(`"${this.columns.find((c) => c.key === key)?.header ?? key}"`));
    return t ?? "";
  }
  /** A fixed value, required: a word of its column, or a problem. */
  needWord<T>(key: string, words: Words<T>): T | string {
    return this.word(key, words) ?? this.need(key);
  }
  word<T>(key: string, words: Words<T>): T | undefined {
    const t = this.text(key);
    if (t === undefined) return undefined;
    return (
      wordValue(words, t) ??
      (this.problem(
        key,
        M.notOneOf(
          t,
          words.map(([w]) => w),
        ),
      ),
      undefined)
    );
  }
  wholeNumber(key: string): number | undefined {
    const t = this.text(key);
    if (t !== undefined && /^\d{1,9}$/.test(t) && Number(t) > 0) return Number(t);
    this.problem(key, M.notWholeNumber(t ?? ""));
    return undefined;
  }
  problem(key: string, message: Localized): void {
    this.problems.push({ ...this.place(key), message });
  }
}

/** The value a word stands for: the word itself in any case or spacing, or the value's own name ("money"). */
export function wordValue<T>(words: Words<T>, text: string): T | undefined {
  const t = normText(text);
  return words.find(([w, v]) => normText(w) === t || normText(String(v)) === t)?.[1];
}

const headerKey = (s: string) => normText(s).replace(/\s*\(.*$/, "");

/** The column a header names: its exact text, or its words before "(" when only one column has them. */
export function matchHeader<C extends { header: string }>(text: string, columns: readonly C[]): C | undefined {
  const t = normText(text);
  const short = columns.filter((c) => headerKey(c.header) === headerKey(t));
  return columns.find((c) => normText(c.header) === t) ?? (short.length === 1 ? short[0] : undefined);
}

/** Non-blank rows below the header row; undefined (with a problem) when the sheet is absent and required. */
export function readRows(
  grid: CellGrid,
  name: string,
  columns: readonly Column[],
  problems: DefinitionProblem[],
  required: boolean,
): SheetRow[] | undefined {
  const sheet = grid.sheetNames.includes(name) ? grid.sheet(name) : undefined;
  if (!sheet) {
    if (required) problems.push({ sheet: name, cell: "A1", message: M.missingSheet(name) });
    return required ? undefined : [];
  }
  const cols = new Map<string, number>();
  let last = 1;
  for (const [row, col, cell] of sheet.cells()) {
    last = Math.max(last, row);
    if (row !== 1) continue;
    const found = matchHeader(cellText(cell), columns);
    if (found && !cols.has(found.key)) cols.set(found.key, col);
  }
  let missing = false;
  columns.forEach((c, i) => {
    if (c.required && !cols.has(c.key)) {
      problems.push({ sheet: name, cell: a1(1, i + 1), message: M.missingColumn(c.header) });
      missing = true;
    }
  });
  if (missing) return undefined;
  const rows: SheetRow[] = [];
  for (let row = 2; row <= last; row++) {
    const r = new SheetRow(sheet, row, columns, cols, problems);
    if (columns.some((c) => r.text(c.key) !== undefined)) rows.push(r);
  }
  return rows;
}
