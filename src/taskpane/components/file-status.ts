// How the pane orders, filters and counts the files of a consolidation: what
// needs the officer's attention comes first (rejected, conflicts, files with
// errors), then what went through. Pure, so the table and the top line agree.
import { isExplained, type FileOutcome, type Summary } from "../../core/consolidate";

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

export interface Counts {
  files: number;
  included: number;
  withErrors: number;
  rejected: number;
  conflict: number;
  older: number;
  missing: number;
  unresolved: number;
  late: number;
}

export function countFiles(s: Pick<Summary, "files" | "missing" | "unresolved" | "late">): Counts {
  const n = (p: (f: FileOutcome) => boolean) => s.files.filter(p).length;
  return {
    files: s.files.length,
    included: n((f) => f.status === "included"),
    withErrors: n((f) => f.status === "included" && errorsOf(f) > 0),
    rejected: n((f) => f.status === "rejected"),
    conflict: n(needsChoice),
    older: n((f) => f.status === "superseded" || f.status === "duplicate"),
    missing: s.missing.length,
    unresolved: s.unresolved.length,
    late: s.late.length,
  };
}
