// The state of one Kiểm tra số liệu job, apart from how it is shown: the open workbook checked (Excel) or the
// files chosen (the browser: many at once, with progress and a stop button, unreadable files and the most
// errors first), the workbook's marks put on and taken off, and the findings handed back: written as a sheet of
// the open workbook (Excel) or each unit's feedback workbook downloaded (the browser). One action at a time;
// what went wrong said.
import { useRef, useState } from "react";
import type { UnitFile } from "../../core/consolidate";
import { feedbackFromChecks, feedbackSheet } from "../../core/feedback";
import type { Localized } from "../../core/i18n/lang";
import type { Finding } from "../../core/vocabulary";
import { CancelledError } from "../../worker/pool";
import { checkReport, type CheckedReport } from "../check";
import { saveFeedback } from "../feedback-files";
import { feedbackFileName } from "../host/save-file";
import { THIS_WORKBOOK, type Host, type WorkbookActions } from "../host/types";
import { useStrings } from "./lang";

/** One report checked (checkReport), titled by its file when there are files. */
export type Checked = CheckedReport & { title?: string };

/** A report's errors; one that could not be read counts as the most. */
export const errorCount = (c: Checked) =>
  c.findings ? c.findings.filter((f) => f.severity === "error").length : Infinity;

export function useChecking(host: Host) {
  const { s, t, lang } = useStrings();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [checked, setChecked] = useState<Checked[] | null>(null);
  // What was checked, as read: the files (for their feedback workbooks) or the open workbook (for its sheet).
  const [read, setRead] = useState<UnitFile[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const guard = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof CancelledError ? s.checkCancelled : t("failed", { message: (e as Error).message }));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const checkWorkbook = (wb: WorkbookActions) =>
    guard(async () => {
      setNote(null);
      const report = await wb.readReport();
      setRead([{ file: THIS_WORKBOOK, sha256: "", read: report }]);
      setChecked([checkReport(report)]);
    });

  const checkFiles = (files: File[]) =>
    guard(async () => {
      setChecked(null);
      setRead([]);
      const controller = new AbortController();
      abort.current = controller;
      setProgress({ done: 0, total: files.length });
      const parsed = await host.parseFiles(files, (done, total) => setProgress({ done, total }), controller.signal);
      const asChecked = (u: UnitFile): Checked => {
        const c = checkReport(u.read);
        return { ...c, title: c.findings ? `${u.file} — ${c.unit}` : u.file };
      };
      // What needs fixing first: unreadable files, then the most errors.
      setChecked(parsed.map(asChecked).sort((a, b) => errorCount(b) - errorCount(a)));
      setRead(parsed);
    });

  // Unmarked; a message when some cells were left out (their sheet is gone, or has a password).
  const unmarked = (r: boolean | Localized) => (r ? setNote(typeof r === "object" ? r[lang] : s.unmarked) : undefined);

  /** The findings as the feedback table, on a sheet of the open workbook (Excel). */
  const writeFindings = (wb: WorkbookActions) =>
    guard(async () => {
      const set = feedbackFromChecks(read);
      if (set.units.length === 0) return;
      const sheet = await wb.writeFindings(feedbackSheet(set.units[0], set, "findings").sheet);
      setNote(t("findingsWritten", { sheet }));
    });
  /** Each unit's feedback workbook: its own .xlsx when one unit needs it, else one .zip with their index. */
  const downloadFeedback = () =>
    guard(async () => {
      const saved = await saveFeedback(host, feedbackFromChecks(read), feedbackFileName("kiem-tra"), t, true);
      setNote(saved.text);
    });

  return {
    busy,
    progress,
    stop: () => abort.current?.abort(),
    checked,
    note,
    error,
    checkWorkbook,
    checkFiles,
    writeFindings,
    downloadFeedback,
    mark: (wb: WorkbookActions, findings: Finding[]) => guard(async () => (await wb.mark(findings), setNote(s.marked))),
    unmark: (wb: WorkbookActions) => guard(async () => unmarked(await wb.unmark())),
    goTo: (wb: WorkbookActions, f: Finding) => guard(() => wb.goTo(f)),
    fix: (wb: WorkbookActions, f: Finding) => guard(async () => (await wb.fix(f), await checkWorkbook(wb))),
  };
}
