// The seam between the pane's UI and where it runs: inside Excel (the open
// workbook) or in a plain browser (files in, downloads out). Components call
// a Host; they never call Excel.run themselves.
import type { Summary } from "../../core/consolidate";
import type { ReportMeta } from "../../core/meta";
import type { Finding, Localized } from "../../core/report";
import type { RosterEntry } from "../../core/roster";
import type { Template } from "../../core/templates";
import type { FileLike, ParseFiles } from "../../worker/pool";

export type WriteResult =
  | { ok: true; sheets: string[]; renamed: { from: string; to: string }[]; downloaded?: string }
  /** The workbook already holds a tonghop report: ask before replacing it. */
  | { ok: false; existing: string[] };

export interface ActiveCheck {
  /** Null when the open workbook holds no report. */
  findings: Finding[] | null;
  failure?: Localized;
  unit?: string;
  tableNames: Record<string, string>;
}

export interface InsertForm {
  templateId: string;
  unitName: string;
  unitCode: string;
  level: string;
  period: string;
  reportDate: string;
}

/** The consolidation choices that stay from one job to the next (not the deadline: it changes with the period). */
export interface ConsolidateForm {
  asUnit: string;
  level: string;
  rosterSheet?: string;
}

/**
 * Where both hosts keep the forms between sessions (Excel: the workbook's settings; the browser: localStorage).
 * Users' saved settings live under these names: never rename them (nor ConsolidateForm.asUnit).
 */
export const FORM_KEYS = { insert: "tonghop.insertForm", consolidate: "tonghop.consolidateForm" } as const;

export interface Host {
  kind: "excel" | "browser";
  /** Features this Excel lacks, explained. */
  notes: Localized[];
  insertReport(template: Template, meta: ReportMeta, replace: boolean): Promise<WriteResult>;
  writeSummary(summary: Summary, replace: boolean): Promise<WriteResult>;
  parseFiles: ParseFiles;
  rosterFromFile(file: FileLike): Promise<RosterEntry[]>;
  /** Excel only: the open workbook. */
  checkActive?(): Promise<ActiveCheck>;
  goTo?(f: Finding): Promise<void>;
  mark?(findings: Finding[]): Promise<void>;
  /** False: nothing was marked; a message: unmarked, but some cells were left out (it says which). */
  unmark?(): Promise<boolean | Localized>;
  fix?(f: Finding): Promise<boolean>;
  rosterSheets?(): Promise<string[]>;
  rosterFromSheet?(name: string): Promise<RosterEntry[]>;
  /** The insert form as last used in this workbook (Excel) or browser. */
  recallForm(): InsertForm | undefined;
  rememberForm(form: InsertForm): void;
  /** The consolidation choices as last used in this workbook (Excel) or browser. */
  recallConsolidateForm(): ConsolidateForm | undefined;
  rememberConsolidateForm(form: ConsolidateForm): void;
}
