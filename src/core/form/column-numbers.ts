// A form may number its columns in a row under the headers: "(1) (2) (3)",
// "A B C", "1 2 3" (official forms do; people copy them). The writer prints
// none; the reader skips such a row when it finds one (read/locate.ts).
import { colNumber } from "./a1";

/** A column-number cell under a table header: "(1)", "1", "A", "(a)". */
const COLUMN_NUMBER = /^\(?\s{0,3}(\d{1,3}|[A-Za-z])\s{0,3}\)?$/;

/**
 * The number a column-number cell gives, and whether it cannot be a figure
 * ("(1)" and "A" cannot; a bare 1 can). Undefined when the text is not one.
 */
export function columnNumber(text: string): { n: number; definite: boolean } | undefined {
  const t = text.trim();
  if (t.length > 12) return undefined;
  const m = COLUMN_NUMBER.exec(t);
  if (!m) return undefined;
  const letter = /[A-Za-z]/.test(m[1]);
  const n = letter ? colNumber(m[1].toUpperCase()) : Number(m[1]);
  return { n, definite: letter || t.includes("(") };
}
