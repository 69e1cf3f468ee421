// The shapes of consolidation: unit files in, a Summary out.
import type { IsoDate } from "../dates";
import type { DocumentDetailKey, ReportMeta } from "../meta";
import type { FileStatus, Finding, Reading } from "../vocabulary";

export type { FileStatus };
import type { Localized } from "../i18n/lang";
import type { RosterEntry } from "../roster";
import type { Level, Template } from "../templates";
import type { TemplateCatalogue } from "../templates/catalogue";
import type { ComparisonResult } from "../compare/types";

/** One input file as read. */
export type { UnitFile } from "../vocabulary";

export interface ConsolidateOptions {
  /** The template to consolidate; else the one most inputs use. */
  templateId?: string;
  /** Templates the caller may use besides those the reports carry (default: the built-ins). */
  templates?: TemplateCatalogue;
  period?: string;
  roster?: RosterEntry[];
  deadline?: IsoDate;
  /**
   * Files the user keeps to settle a conflict (UnitFile.file values): a kept
   * file counts for its unit, the unit's other reports are listed as not kept.
   */
  keep?: string[];
  /** Files not read because the system left them (~$ lock files, .DS_Store, Thumbs.db): listed in one line. */
  skipped?: string[];
  /** The consolidating unit: whose summary report this is. */
  consolidatingUnit?: {
    name: string;
    code?: string;
    level?: Level;
    reportDate?: IsoDate;
  } & Pick<ReportMeta, "issuer" | "place" | DocumentDetailKey>;
}

export interface FileOutcome {
  file: string;
  sha256: string;
  status: FileStatus;
  /** The unit as the file names it. */
  unit?: string;
  unitCode?: string;
  /** The roster entry it was matched to. */
  rosterName?: string;
  reportDate?: IsoDate;
  late: boolean;
  /** Superseded because the user kept another report of the unit (--keep): "không giữ". */
  notKept?: true;
  /** Why it is not included (rejected, superseded, duplicate, conflict). */
  reason?: Localized;
  /**
   * The same reason as a stable code, for code to act on (never compare `reason`'s words): the reader's
   * ReadFailure code for a file that could not be read, else one of OUTCOME_CODES.
   */
  reasonCode?: string;
  findings: Finding[];
}

/** Why a file that was read is not counted: set by consolidation (FileOutcome.reasonCode). */
export const OUTCOME_CODES = [
  "no_unit",
  "other_template",
  "other_template_version",
  "other_period",
  "own_summary",
  "duplicate",
  "superseded",
  "not_kept",
  "conflict",
  "foreign_form",
  "corrected",
  "not_in_roster",
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** Why nothing at all can be counted: no file is a usable report, none is of the period, none can be counted yet. */
export type NothingCode = "no_report" | "no_report_of_period" | "none_countable";

/** What consolidating comes to: every file's outcome, always; the summary; why nothing is counted, when nothing is. */
export interface Consolidation {
  /** Every file with its status and reason, listed by path (the summary's own list when there is one). */
  files: FileOutcome[];
  /**
   * Present whenever the template and period could be told, even when no unit is counted yet (a conflict
   * to settle by keeping one file counts nothing until then).
   */
  summary?: Summary;
  /** Set when no unit is counted. */
  nothing?: NothingCounted;
}

export interface NothingCounted {
  code: NothingCode;
  message: Localized;
  /** For "no_report_of_period": the periods the files are of, latest first. */
  found?: PeriodCount[];
}

/** One included unit's numbers, with where each came from. */
export interface UnitRow {
  name: string;
  code?: string;
  file: string;
  sha256: string;
  reportDate?: IsoDate;
  late: boolean;
  readings: Record<string, Reading>;
}

export interface MissingUnit extends RosterEntry {
  /** "Perhaps the file that says 'Xã Ngồi Cáy'?" */
  note?: Localized;
}

/** A period found among the files, with how many files are of it. */
export interface PeriodCount {
  period: string;
  files: number;
}

/**
 * Which period was consolidated and why: the user's choice ("option"), the
 * year of the deadline ("deadline"), else the latest among the files
 * ("latest") — never the most common one. `found` lists every period seen.
 */
export interface PeriodChoice {
  period: string;
  source: "option" | "deadline" | "latest";
  found: PeriodCount[];
}

/** A unit that sent something that cannot be counted yet: "đã nộp, cần xử lý", never "chưa nộp". */
export interface UnresolvedUnit {
  name: string;
  code?: string;
  /** Its files (UnitFile.file values). */
  files: string[];
  reason: Localized;
}

/** One unit's text of a narrative section. */
export interface UnitText {
  unit: string;
  text: string;
}

/** What the totals leave out: error cells, and indicators not found in a unit's form (both: left out of the totals). */
export interface Incomplete {
  errorCells: number;
  /** Fields a unit's form did not show (a label typed differently, a table left out). */
  missingFields: number;
  units: number;
}

export interface Summary {
  template: Template;
  period: string;
  periodChoice: PeriodChoice;
  /** The consolidating unit's report details (a valid report for the next level). */
  meta: ReportMeta;
  deadline?: IsoDate;
  /** "option": given by the user; "template": the template's deadline for the level sending to the consolidating unit. */
  deadlineSource: "option" | "template";
  /** The level whose deadline applies (the level below the consolidating unit). */
  deadlineLevel: Level;
  totals: Record<string, number>;
  rates: Record<string, number | null>;
  units: UnitRow[];
  files: FileOutcome[];
  /** Roster units that sent nothing at all. */
  missing: MissingUnit[];
  /** Units that sent files that cannot be counted yet (conflict, only rejected files). */
  unresolved: UnresolvedUnit[];
  /** Set when some included file has error cells: the totals leave them out. */
  incomplete?: Incomplete;
  late: string[];
  /** Each narrative section: the units' texts joined, each led by its unit's name, cut to fit one cell. */
  narratives: Record<string, string>;
  /** Each narrative section: every unit's text, whole, in the units' order (units that wrote nothing left out). */
  unitNarratives: Record<string, UnitText[]>;
  rosterGiven: boolean;
  /** System files skipped (see ConsolidateOptions.skipped). */
  skipped: string[];
  /** The comparison with last period, or why there is none: set by compareWithPrevious (core/compare). */
  comparison?: ComparisonResult;
}
