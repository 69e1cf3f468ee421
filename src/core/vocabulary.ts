// What a filled report says, once read: the core's picture of one unit's
// workbook, whatever it was read from.
import type { TypedDetails } from "./form/decree30";
import type { ReportMeta } from "./meta";
import type { Localized } from "./i18n/lang";
import type { Severity, Template } from "./templates";

/** Every way a cell's value can be wrong; each has its message in i18n/findings.ts (a test calls each). */
export const VALUE_PROBLEMS = [
  "number_as_text",
  "not_a_number",
  "negative",
  "fraction",
  "too_large",
  "error_value",
  "formula_no_value",
  "money_with_unit",
  "money_ambiguous",
  "money_too_small",
  "none_as_word",
  "count_with_noun",
] as const;
export type ValueProblem = (typeof VALUE_PROBLEMS)[number];

/** Something a user should look at, pointing at the cell to fix. */
export interface Finding {
  /** Stable code: other tools and tests rely on it ("number_as_text", "rule.launch_children_without_sites"). */
  code: string;
  severity: Severity;
  field?: string;
  fields?: string[];
  /** The tally table the finding belongs to, when it belongs to one. */
  table?: string;
  sheet: string;
  cell: string;
  message: Localized;
  /** A corrected value where one is clear; "Sửa" in the add-in applies it. */
  suggestion?: number;
  /** The unit's answer, typed in a returned feedback workbook (Giải trình của đơn vị). */
  explanation?: Explanation;
}

/** A unit's answer to one finding, and the returned feedback workbook it was typed in. */
export interface Explanation {
  text: string;
  /** The feedback workbook as received (its path or archive label). */
  from: string;
}

/** Which finding a feedback row is about: what stays the same when the unit sends the same figure again. */
export interface FindingKey {
  code: string;
  sheet: string;
  cell: string;
  field?: string;
}

/**
 * A feedback workbook the unit sent back (core/feedback writes it, read/feedback.ts reads it): whose it is,
 * of which template and period, and each finding the unit answered.
 */
export interface ReturnedFeedback {
  unitName: string;
  unitCode?: string;
  templateId: string;
  period: string;
  /** One per row the unit wrote in (a blank Giải trình is not an answer). */
  answers: { key: FindingKey; text: string }[];
  /** Rows the workbook asked about. */
  rows: number;
}

/** One input cell as read. */
export interface Reading {
  field: string;
  sheet: string;
  cell: string;
  /** What the cell shows: text, number, or null when blank. */
  raw: string | number | boolean | null;
  /** The number it contributes; null when its content is an error. */
  value: number | null;
  blank: boolean;
  problem?: ValueProblem;
  suggestion?: number;
}

export interface NarrativeText {
  section: string;
  text: string;
  sheet: string;
  cell: string;
}

export interface UnitReport {
  template: Template;
  meta: ReportMeta;
  /**
   * "sheet": tonghop's metadata was found; "printed": no metadata, but the unit and period were read from
   * the printed issuer line and title; "file-name": the period from the title, the unit from the file's name
   * (no issuer line); "headers": recognised only by its table headers (period unknown).
   */
  metaSource: "sheet" | "printed" | "file-name" | "headers";
  readings: Record<string, Reading>;
  narratives: Record<string, NarrativeText>;
  /** Damage to the workbook's structure noticed while reading (relabelled headers, moved columns…). */
  structure: Finding[];
  /** What the unit typed on its number line, Kính gửi, signature and Nơi nhận: its document uses them. */
  typed?: TypedDetails;
}

/** Why a workbook could not be read as a report at all. */
export interface ReadFailure {
  code: string;
  message: Localized;
}

/**
 * A workbook read as a report, or why it could not be; a feedback workbook sent back is not a report, and
 * carries what the unit answered in it (`feedback`).
 */
export type ExtractResult =
  | { ok: true; report: UnitReport }
  | { ok: false; failure: ReadFailure; feedback?: ReturnedFeedback };

/** One received file (or one member of a received archive) and what reading it gave. */
export interface UnitFile {
  file: string;
  sha256: string;
  read: ExtractResult;
}

/** A file that could not be read as a report, with why: every front end and reader makes it here. */
export function unreadFile(file: string, failure: ReadFailure, sha256 = ""): UnitFile {
  return { file, sha256, read: { ok: false, failure } };
}

/** What became of a file in a consolidation (STATUS_WORDS in i18n/status.ts names each for people). */
export type FileStatus = "included" | "superseded" | "duplicate" | "conflict" | "held" | "rejected" | "feedback";
