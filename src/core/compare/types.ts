// The shapes of the comparison with the previous period ("so với cùng kỳ"): what the office has of last
// period (PreviousInput, as the adapters read it), last period as the core sees it (PreviousPeriod), and
// what the comparison comes to (Comparison: per field, per rate, per unit, and the sentences to write).
import type { FileOutcome, Incomplete, UnitFile } from "../consolidate/types";
import type { Localized } from "../i18n/lang";
import type { SummaryUnitRow } from "../read/summary-units";
import type { Template, Field } from "../templates";
import type { ExtractResult, Reading } from "../vocabulary";

/** Last period as the office has it, read by an adapter (a file, a folder, a zip). */
export type PreviousInput =
  /**
   * One workbook: last period's summary made by tonghop (its totals and its tables by unit), or a report in
   * the same form filled with last period's totals (typed by hand from the archive).
   */
  | { kind: "workbook"; file: string; sha256: string; read: ExtractResult; units?: SummaryUnitRow[] }
  /** Last period's unit reports (a folder, a zip, several files), consolidated with the same rules. */
  | { kind: "reports"; source: string; files: UnitFile[] };

/** A unit's figures of last period, each at its cell (of the unit's report, or of last period's summary). */
export interface PreviousUnit {
  name: string;
  code?: string;
  /** The file the figures were read from, and its SHA-256. */
  file: string;
  sha256: string;
  /** The unit's own file, as last period's summary names it. */
  origin?: string;
  readings: Record<string, Reading>;
}

/** Last period, whatever it came from. */
export interface PreviousPeriod {
  /** "summary": a summary made by tonghop; "report": one report's totals (typed by hand); "reports": consolidated now. */
  kind: "summary" | "report" | "reports";
  /** What the user gave: the file, or the folder or archive of reports. */
  source: string;
  /** The file's SHA-256 (summary, report). */
  sha256?: string;
  template: Template;
  period: string;
  /** Whose report or summary it is. */
  unitName: string;
  totals: Record<string, number | null>;
  /** Each total at its cell of the file (summary, report); absent when consolidated now (see units). */
  totalCells?: Record<string, Reading>;
  /** Each unit's figures; absent for a report typed with totals only. */
  units?: PreviousUnit[];
  /** What last period's totals left out (consolidated now). */
  incomplete?: Incomplete;
  /** Every file of last period's reports with its outcome (consolidated now). */
  files?: FileOutcome[];
}

/** A value now and then, and how it changed. */
export interface Change {
  current: number | null;
  previous: number | null;
  /** current − previous, when both are known. */
  change: number | null;
  /** change ÷ previous, only when previous is at least COMPARE_RULES.percentMinBase (else the change alone). */
  ratio: number | null;
}

/** Where a value of last period came from: its file, SHA-256, and cell where it was read from one. */
export interface PreviousSource {
  file: string;
  /** The file's SHA-256; absent for a total of reports consolidated now (each unit's source has its own). */
  sha256?: string;
  sheet?: string;
  cell?: string;
  /** A total of reports consolidated now: how many units it sums (their cells: the units' sources). */
  units?: number;
}

export interface FieldChange extends Change {
  field: string;
  table: string;
  kind: Field["kind"];
  source?: PreviousSource;
}

/** A rate now and then; its change in percentage points ("điểm phần trăm"), never in %. */
export interface RateChange {
  rate: string;
  table: string;
  current: number | null;
  previous: number | null;
  /** (current − previous) × 100. */
  points: number | null;
}

/** How a unit's history was found. */
export type HistoryMatch =
  /** Same unit: code, or name across spellings. */
  | "same"
  /** Last period's name typed without diacritics, or one letter or tone apart (the only such name). */
  | "spelling"
  /** The roster's remark names the units merged into it: their figures summed. */
  | "merged"
  /** No figures of last period for this unit: said, never flagged. */
  | "none";

export interface UnitChange {
  name: string;
  code?: string;
  /** This period's file. */
  file: string;
  match: HistoryMatch;
  /** Last period's units its history is made of (one, several merged, or none). */
  previousNames: string[];
  fields: Record<string, Change & { sources: PreviousSource[] }>;
  /** The fields flagged against the unit's own history, with the warning (also on the unit's file). */
  flagged: { field: string; code: string; message: Localized }[];
}

/** The ready sentences of one table, in both languages. */
export interface TableSentences {
  table: string;
  name: string;
  lines: Localized[];
}

/** What comparing with last period came to. */
export interface Comparison {
  ok: true;
  period: string;
  previousPeriod: string;
  /** The same period a year earlier ("so với cùng kỳ năm trước"); false: a period the user named. */
  sameTime: boolean;
  previous: Omit<PreviousPeriod, "totals" | "totalCells" | "units" | "template"> & {
    templateVersion: number;
    units?: PreviousUnit[];
  };
  fields: FieldChange[];
  rates: RateChange[];
  /** Fields of this period's form that last period's form lacks or counts another way. */
  notCompared: { field: string; reason: "not_in_previous" | "kind_changed" }[];
  /** Each unit against its own history; absent when last period has no figures by unit (a typed report). */
  units?: UnitChange[];
  /** Last period's units nothing of this period matches (merged away, or not reported this time). */
  previousOnly: string[];
  sentences: TableSentences[];
  /** What a reader of the comparison must know (where last period came from, what it lacks). */
  notes: Localized[];
}

/** Why there is no comparison: last period could not be read or is not comparable. */
export interface RefusedComparison {
  ok: false;
  code: RefusalCode;
  message: Localized;
  /** For "not_comparable": the periods last period's files are of, which the user may name to compare with. */
  found?: string[];
}

export type RefusalCode =
  | "unreadable"
  | "other_template"
  | "no_period"
  | "not_comparable"
  | "same_period"
  | "bad_period"
  | "nothing_counted";

export type ComparisonResult = Comparison | RefusedComparison;
