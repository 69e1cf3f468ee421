// The shapes of consolidation: unit files in, a Summary out.
import type { IsoDate } from "../dates";
import type { ReportMeta } from "../meta";
import type { ExtractResult } from "../read/extract";
import type { Finding, Localized, Reading } from "../report";
import type { RosterEntry } from "../roster";
import type { Level, Template } from "../templates";

/** One input file as read. */
export interface UnitFile {
  file: string;
  sha256: string;
  read: ExtractResult;
}

export interface ConsolidateOptions {
  templateId?: string;
  period?: string;
  roster?: RosterEntry[];
  deadline?: IsoDate;
  /** The consolidating unit: whose summary report this is. */
  asUnit?: { name: string; code?: string; level?: Level; reportDate?: IsoDate; issuer?: string; place?: string };
}

export type FileStatus = "included" | "superseded" | "duplicate" | "conflict" | "rejected";

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
  /** Why it is not included (rejected, superseded, duplicate, conflict). */
  reason?: Localized;
  findings: Finding[];
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

export interface Summary {
  template: Template;
  period: string;
  /** The consolidating unit's report details (a valid report for the next level). */
  meta: ReportMeta;
  deadline?: IsoDate;
  totals: Record<string, number>;
  rates: Record<string, number | null>;
  units: UnitRow[];
  files: FileOutcome[];
  missing: MissingUnit[];
  late: string[];
  narratives: Record<string, string>;
  rosterGiven: boolean;
}
