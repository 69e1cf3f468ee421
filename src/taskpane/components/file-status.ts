// How the pane orders, filters and counts the files of a consolidation: what
// needs the officer's attention comes first (rejected, conflicts, files with
// errors), then what went through. Pure, so the table and the top line agree.
import { isExplained, type FileOutcome, type Summary } from "../../core/consolidate";
import { fileStatusKey, type StatusKey } from "../../core/i18n/status";

export const errorsOf = (f: FileOutcome) => f.findings.filter((x) => x.severity === "error").length;
/** Warnings still open: one the unit explained (a returned feedback workbook) is not counted. */
export const warningsOf = (f: FileOutcome) =>
  f.findings.filter((x) => x.severity === "warning" && !isExplained(x)).length;

/** Counts only once the officer chooses: a conflict to settle, a unit not on the roster to keep or not. */
export const needsChoice = (f: FileOutcome) => f.status === "conflict" || f.status === "held";

/** 0 = act on it first. */
export function attention(f: FileOutcome): number {
  if (f.status === "rejected") return 0;
  if (needsChoice(f)) return 1;
  if (f.status === "included" && errorsOf(f) > 0) return 2;
  if (f.status === "included" && (f.late || warningsOf(f) > 0)) return 3;
  if (f.status === "included") return 4;
  return 5;
}

export type FileFilter = "all" | "problems" | "included" | "rejected" | "conflict" | "older" | "late";
export const FILTERS: FileFilter[] = ["all", "problems", "included", "rejected", "conflict", "older", "late"];

export function matches(f: FileOutcome, filter: FileFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "problems":
      return attention(f) <= 2;
    case "older":
      return f.status === "superseded" || f.status === "duplicate";
    case "late":
      return f.late;
    case "conflict":
      return needsChoice(f);
    default:
      return f.status === filter;
  }
}

export type SortKey = "attention" | "file" | "unit" | "findings";

export function sortFiles(
  files: FileOutcome[],
  key: SortKey,
  ascending: boolean,
  name: (f: FileOutcome) => string,
): FileOutcome[] {
  const unit = (f: FileOutcome) => f.rosterName ?? f.unit ?? "";
  const by: Record<SortKey, (a: FileOutcome, b: FileOutcome) => number> = {
    attention: (a, b) => attention(a) - attention(b) || errorsOf(b) - errorsOf(a),
    file: (a, b) => name(a).localeCompare(name(b), "vi"),
    unit: (a, b) => unit(a).localeCompare(unit(b), "vi"),
    findings: (a, b) => errorsOf(b) - errorsOf(a) || warningsOf(b) - warningsOf(a),
  };
  const sorted = [...files].sort((a, b) => by[key](a, b) || name(a).localeCompare(name(b), "vi"));
  return ascending ? sorted : sorted.reverse();
}

/** The order a file's status words are counted in: what counts, what was set aside, what needs a choice or failed. */
const COUNTED: StatusKey[] = [
  "included",
  "superseded",
  "duplicate",
  "notKept",
  "conflict",
  "held",
  "rejected",
  "feedback",
];

/**
 * How many files have each status word (the badges' words, each file once): they add up to the files read.
 * Statuses no file has are left out.
 */
export function statusCounts(files: FileOutcome[]): { key: StatusKey; n: number }[] {
  const n = new Map<StatusKey, number>();
  for (const f of files) n.set(fileStatusKey(f), (n.get(fileStatusKey(f)) ?? 0) + 1);
  return COUNTED.filter((k) => n.has(k)).map((key) => ({ key, n: n.get(key) as number }));
}

/** Counted files with error cells: their errors are left out of the totals. */
export const withErrors = (files: FileOutcome[]) => files.filter((f) => f.status === "included" && errorsOf(f) > 0);

/** Whether a result needs the officer's attention somewhere: a file or a roster unit. */
export function needsAttention(s: Pick<Summary, "files" | "missing" | "unresolved">): boolean {
  return s.files.some((f) => attention(f) <= 2) || s.missing.length + s.unresolved.length > 0;
}
