// The seam between the pane's UI and where it runs: inside Excel (the open
// workbook) or in a plain browser (files in, downloads out). Components call
// a Host; they never call Excel.run themselves, never ask which host they are
// on: what the host can do is `workbook` (present or not), what it calls its
// actions is `labels`.
import type { PreviousInput } from "../../core/compare/types";
import type { Summary } from "../../core/consolidate";
import type { ModelSheet } from "../../core/layout/model";
import type { ReportMeta } from "../../core/meta";
import type { ExtractResult } from "../../core/vocabulary";
import type { Finding } from "../../core/vocabulary";
import type { Localized } from "../../core/i18n/lang";
import type { RosterEntry } from "../../core/roster";
import type { Template } from "../../core/templates";
import type { FileLike, ParseFiles } from "../../worker/pool";
import type { UiKey } from "../i18n";

/** The open workbook as a file's name where one is needed (a finding's file, the feedback table's line). */
export const THIS_WORKBOOK = "Sổ làm việc này";

export type WriteResult =
  | { ok: true; sheets: string[]; renamed: { from: string; to: string }[]; downloaded?: string }
  /** The workbook already holds a tonghop report: ask before replacing it. */
  | { ok: false; existing: string[] };

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
 * What the pane may do with an open workbook. A host has all of it or none (the
 * Host's `workbook` absent): components test that once, never a single action.
 */
export interface WorkbookActions {
  /** The open workbook read as a report (or why it is not one); the pane checks it as it checks a file. */
  readReport(): Promise<ExtractResult>;
  goTo(f: Finding): Promise<void>;
  mark(findings: Finding[]): Promise<void>;
  /** False: nothing was marked; a message: unmarked, but some cells were left out (it says which). */
  unmark(): Promise<boolean | Localized>;
  fix(f: Finding): Promise<boolean>;
  /**
   * Kiểm tra's findings as a sheet of the open workbook (the one written there before is replaced, a user's
   * sheet never); returns the sheet's name.
   */
  writeFindings(sheet: ModelSheet): Promise<string>;
  /** The workbook's sheets, to take a roster from one of them. */
  sheetNames(): Promise<string[]>;
  rosterFromSheet(name: string): Promise<RosterEntry[]>;
}

/**
 * A file the pane made (a .docx), handed to the user: downloaded, or — where this host cannot start a download —
 * why (a key of the pane's catalogue) and, where it can, a way to open the web page in the system's browser.
 */
export type SaveResult = { ok: true; file: string } | { ok: false; why: UiKey; openWebPage?: () => void };

/** The words of the pane that depend on where reports go (keys of the pane's catalogue, src/taskpane/i18n.ts). */
export interface HostLabels {
  /** Said once above the tabs, when the host needs explaining (outside Excel: files are downloaded). */
  banner?: UiKey;
  /** The button that makes a new report (insert it, or download it). */
  insertReport: UiKey;
  /** The button that makes the summary (sheets in this workbook, or a download). */
  writeSummary: UiKey;
}

/**
 * Where both hosts keep the forms between sessions (Excel: the workbook's settings; the browser: localStorage).
 * Users' saved settings live under these names: never rename them (nor ConsolidateForm.asUnit).
 */
export const FORM_KEYS = { insert: "tonghop.insertForm", consolidate: "tonghop.consolidateForm" } as const;

export interface Host {
  labels: HostLabels;
  /** Features this Excel lacks, explained. */
  notes: Localized[];
  /**
   * Tells `listener` when Excel is waiting for the user to leave a cell being edited before it runs a
   * request (true) and when it no longer is (false); returns the unsubscribe. Absent where no Excel is.
   */
  onCellEditWait?(listener: (waiting: boolean) => void): () => void;
  /** The open workbook; absent where there is none (a plain browser). */
  workbook?: WorkbookActions;
  insertReport(template: Template, meta: ReportMeta, replace: boolean): Promise<WriteResult>;
  writeSummary(summary: Summary, replace: boolean): Promise<WriteResult>;
  /** Hands a file the pane made to the user (a download), or says why this host cannot and what to do instead. */
  saveFile(bytes: Uint8Array, fileName: string, type: string): SaveResult;
  parseFiles: ParseFiles;
  rosterFromFile(file: FileLike): Promise<RosterEntry[]>;
  /**
   * Last period from the files picked for "Cùng kỳ năm trước": one workbook (its summary, or a report typed with
   * its totals), one archive, or several unit reports.
   */
  readPreviousPeriod(files: FileLike[], signal: AbortSignal): Promise<PreviousInput>;
  /** The insert form as last used in this workbook (Excel) or browser. */
  recallForm(): InsertForm | undefined;
  rememberForm(form: InsertForm): void;
  /** The consolidation choices as last used in this workbook (Excel) or browser. */
  recallConsolidateForm(): ConsolidateForm | undefined;
  rememberConsolidateForm(form: ConsolidateForm): void;
}
