// What a filled report says, once read: the core's picture of one unit's
// workbook, whatever it was read from.
import type { TypedDetails } from "./document/decree30";
import type { ReportMeta } from "./meta";
import type { ValueProblem } from "./read/value";
import type { Template } from "./templates";

export type Severity = "error" | "warning";
export interface Localized {
  vi: string;
  en: string;
}

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
   * the printed issuer line and title; "headers": recognised only by its table headers (unit unknown).
   */
  metaSource: "sheet" | "printed" | "headers";
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
