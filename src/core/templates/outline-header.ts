// A table's upper header row that names fewer columns than lie beneath it, as a Word table with merged header
// cells pastes ("Tặng quà⇥Cấp học bổng⇥Khám bệnh" over six sub-headers): how many columns each label spans is
// not written. Worked out where only one reading is possible (labels over an empty sub-header are one column,
// a single group takes the rest); otherwise asked (a HeaderQuestion, with the even split when there is one)
// and answered by the user: the page asks in words, the CLI takes --group-columns LINE=2,2,2. Never guessed.
import { outlineMessages } from "../i18n/template-messages";
import type { OutlineProblem } from "./outline";
import type { HeaderRow } from "./outline-table";

export interface HeaderQuestion {
  /** The upper header row's line: the answer is given for it. */
  line: number;
  /** The upper row's labels, left to right. */
  labels: string[];
  /** The columns beneath them. */
  columns: number;
  /** The columns each label spans when that can be proposed: one-level labels 1, the groups an even share. */
  suggested?: number[];
}

/** Answers to HeaderQuestions: the columns each label spans, by the upper row's line. */
export type GroupColumns = Record<number, number[]>;

const filled = (cells: string[]) => cells.map((c, i) => (c.trim() ? i : -1)).filter((i) => i >= 0);

interface Uneven {
  question: HeaderQuestion;
  /** The first label's column. */
  first: number;
  /** Spans known for sure (one group or none among the labels); else the question must be answered. */
  certain?: number[];
}

/** Whether the upper row leaves its spans unsaid, and what can be said about them. */
function uneven([top, sub]: HeaderRow[]): Uneven | undefined {
  if (!sub) return undefined;
  const labelsAt = filled(top.cells);
  const subsAt = filled(sub.cells);
  if (labelsAt.length < 2 || subsAt.length === 0) return undefined;
  const first = labelsAt[0];
  const last = labelsAt[labelsAt.length - 1];
  // Empty cells between the labels say where each group ends: the row is written out in full.
  if (last - first + 1 !== labelsAt.length) return undefined;
  // The row beneath reaches further (its empty cells too: Word writes a tab between every two cells).
  const end = sub.cells.length - 1;
  if (end <= last) return undefined;
  const labels = labelsAt.map((i) => top.cells[i].trim());
  const blank = (c: number) => !(sub.cells[c] ?? "").trim();
  const spans: number[] = labels.map(() => 0);
  // A label over an empty sub-header (a cell merged downwards in Word) is one column, at either end.
  let [i, j, left, right] = [0, labels.length - 1, first, end];
  for (; i <= j && blank(left); i++, left++) spans[i] = 1;
  for (; j >= i && right >= left && blank(right); j--, right--) spans[j] = 1;
  const groups = j - i + 1;
  const columns = right - left + 1;
  const question: HeaderQuestion = { line: top.line, labels, columns: end - first + 1 };
  // No group, nothing left over; or one group: it takes the columns left.
  if (groups === 0 && columns === 0) return { question, first, certain: spans };
  if (groups === 1 && columns >= 1) return { question, first, certain: spans.map((s, k) => (k === i ? columns : s)) };
  if (groups > 0 && columns >= groups && columns % groups === 0) {
    for (let k = i; k <= j; k++) spans[k] = columns / groups;
    question.suggested = spans;
  }
  return { question, first };
}

/** Whether an answer fits the row: a span of one column or more for each label, adding up to its columns. */
function fits(q: HeaderQuestion, spans: number[] | undefined): spans is number[] {
  return (
    !!spans &&
    spans.length === q.labels.length &&
    spans.every((s) => Number.isInteger(s) && s >= 1) &&
    spans.reduce((a, b) => a + b, 0) === q.columns
  );
}

/** The upper row written out in full: each label followed by an empty cell for each further column it spans. */
function spread([top, sub]: HeaderRow[], first: number, spans: number[], labels: string[]): HeaderRow[] {
  const cells = [
    ...top.cells.slice(0, first),
    ...labels.flatMap((l, k) => [l, ...Array<string>(spans[k] - 1).fill("")]),
  ];
  return [{ line: top.line, cells }, sub];
}

/**
 * The header rows with every label's span written out; or undefined when the spans are not known and not
 * answered — the question is then added to `questions`, and an error (the template is not made) to `problems`.
 */
export function settleHeader(
  rows: HeaderRow[],
  answers: GroupColumns,
  problems: OutlineProblem[],
  questions: HeaderQuestion[],
): HeaderRow[] | undefined {
  const found = uneven(rows);
  if (!found) return rows;
  const { question: q, first, certain } = found;
  if (certain) return spread(rows, first, certain, q.labels);
  const answer = answers[q.line];
  if (fits(q, answer)) return spread(rows, first, answer, q.labels);
  questions.push(q);
  const message =
    answer === undefined
      ? outlineMessages.unevenHeader(q.line, q.labels, q.columns, q.suggested)
      : outlineMessages.columnsDoNotFit(q.line, answer, q.labels.length, q.columns);
  problems.push({ line: q.line, severity: "error", message });
  return undefined;
}
