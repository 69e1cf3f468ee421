// "Kiểm tra số liệu": in Excel, checks the open workbook (go to a cell, mark,
// unmark, fix); in a browser, checks uploaded files — many at once with the
// same progress bar and stop button as Tổng hợp, files with errors first, each
// folded to one line when there are many.
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { UnitFile } from "../../core/consolidate";
import { REPORT_FILE_TYPES } from "../../core/intake";
import type { ReadFailure } from "../../core/vocabulary";
import type { Localized } from "../../core/i18n/lang";
import { CancelledError } from "../../worker/pool";
import { checkReport, type CheckedReport } from "../check";
import { feedbackFromChecks, feedbackSheet } from "../../core/feedback";
import { saveFeedback } from "../feedback-files";
import { feedbackFileName } from "../host/save-file";
import type { UiKey } from "../i18n";
import { THIS_WORKBOOK, type Host, type WorkbookActions } from "../host/types";
import { FileButton } from "./FileButton";
import { FindingList } from "./FindingList";
import { useStrings } from "./lang";
import { ReadProgress } from "./ReadProgress";
import { Status } from "./Status";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: {
    display: "inline-flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightSemibold,
  },
  pill: { whiteSpace: "normal", height: "auto", minHeight: "20px" },
});

/** More files than this: each folds to its title line. */
const OPEN_UP_TO = 3;

/** One report checked (checkReport), titled by its file when there are files. */
type Checked = CheckedReport & { title?: string };

/** Advice for a user checking their own file (the core's words address a consolidating officer). */
const OWN_FAILURE: Record<string, UiKey> = {
  corrupt: "corruptOwn",
  empty: "emptyOwn",
  word: "notWorkbookOwn",
  pdf: "notWorkbookOwn",
  picture: "notWorkbookOwn",
  not_xlsx: "notWorkbookOwn",
};

const errorCount = (c: Checked) => (c.findings ? c.findings.filter((f) => f.severity === "error").length : Infinity);

export function ValidatePanel({ host }: { host: Host }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const { workbook } = host;
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [checked, setChecked] = useState<Checked[] | null>(null);
  // What was checked, as read: the files (for their feedback workbooks) or the open workbook (for its sheet).
  const [read, setRead] = useState<UnitFile[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  // Unmarked; a message when some cells were left out (their sheet is gone, or has a password).
  const unmarked = (r: boolean | Localized) => (r ? setNote(typeof r === "object" ? r[lang] : s.unmarked) : undefined);
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
  /** Why a report could not be checked, in words for its author: of the open workbook (untitled), or of a file. */
  const failureText = (failure: ReadFailure, title: string | undefined) => {
    if (!title && failure.code === "not_a_report") return s.notAReport;
    const own = OWN_FAILURE[failure.code];
    return own ? s[own] : failure.message[lang];
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

  /** The findings as the feedback table, on a sheet of the open workbook (Excel). */
  const writeFindings = async (wb: WorkbookActions) => {
    const set = feedbackFromChecks(read);
    if (set.units.length === 0) return;
    setNote(
      t("findingsWritten", { sheet: await wb.writeFindings(feedbackSheet(set.units[0], set, "findings").sheet) }),
    );
  };
  /** Each unit's feedback workbook: its own .xlsx when one unit needs it, else one .zip with their index. */
  const downloadFeedback = async () => {
    const saved = await saveFeedback(host, feedbackFromChecks(read), feedbackFileName("kiem-tra"), t, true);
    setNote(saved.text);
  };

  const all = (checked ?? []).flatMap((c) => c.findings ?? []);
  const many = (checked?.length ?? 0) > OPEN_UP_TO;
  const ready = (checked ?? []).filter((c) => errorCount(c) === 0).length;
  const unreadable = (checked ?? []).filter((c) => !c.findings).length;
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        {workbook ? (
          <Button appearance="primary" onClick={() => void checkWorkbook(workbook)} disabled={busy}>
            {s.checkWorkbook}
          </Button>
        ) : (
          <FileButton
            label={s.checkFiles}
            accept={REPORT_FILE_TYPES}
            multiple
            onFiles={(f) => void checkFiles(f)}
            disabled={busy}
          />
        )}
        {workbook && all.length > 0 && (
          <Button onClick={() => void guard(async () => (await workbook.mark(all), setNote(s.marked)))} disabled={busy}>
            {s.mark}
          </Button>
        )}
        {workbook && (
          <Button onClick={() => void guard(async () => unmarked(await workbook.unmark()))} disabled={busy}>
            {s.unmark}
          </Button>
        )}
        {all.length > 0 && (
          <Button
            onClick={() => void guard(() => (workbook ? writeFindings(workbook) : downloadFeedback()))}
            disabled={busy}
          >
            {workbook ? s.writeFindings : s.downloadFeedbackChecked}
          </Button>
        )}
      </div>
      {progress && <ReadProgress done={progress.done} total={progress.total} onStop={() => abort.current?.abort()} />}
      {busy && !progress && <span aria-live="polite">{s.checking}</span>}
      {error && <Status intent="error">{error}</Status>}
      {note && <Status intent="info">{note}</Status>}
      {checked && checked.length > 1 && (
        <Status intent={ready === checked.length ? "success" : "warning"}>
          {t("checkedFiles", { n: checked.length, ready, errors: checked.length - ready - unreadable, unreadable })}
        </Status>
      )}
      {checked?.map((c, i) => {
        if (!c.findings)
          return (
            <Status key={i} intent="error">
              {c.title ? `${c.title}: ` : ""}
              {failureText(c.failure, c.title)}
            </Status>
          );
        const errors = c.findings.filter((f) => f.severity === "error").length;
        const warnings = c.findings.length - errors;
        const verdict =
          errors > 0 ? t("notReady", { errors, warnings }) : warnings > 0 ? t("readyWarnings", { warnings }) : s.ready;
        const list = (
          <FindingList
            findings={c.findings}
            tableNames={c.tableNames}
            onGoTo={workbook && ((f) => void guard(() => workbook.goTo(f)))}
            onFix={workbook && ((f) => void guard(async () => (await workbook.fix(f), await checkWorkbook(workbook))))}
          />
        );
        if (!many)
          return (
            <section key={i} aria-label={c.title ?? s.tabValidate}>
              {c.title && <h2 className={styles.title}>{c.title}</h2>}
              <Status intent={errors > 0 ? "error" : "success"}>{verdict}</Status>
              {list}
            </section>
          );
        return (
          <details key={i} aria-label={c.title}>
            <summary>
              <span className={styles.title}>
                {c.title}{" "}
                <Badge
                  className={styles.pill}
                  appearance={errors > 0 ? "filled" : "tint"}
                  color={errors > 0 ? "danger" : "success"}
                >
                  {errors > 0 ? t("nErrors", { n: errors }) : s.readyShort}
                </Badge>
                {warnings > 0 && (
                  <Badge className={styles.pill} appearance="outline" color="warning">
                    {t("nWarnings", { n: warnings })}
                  </Badge>
                )}
              </span>
            </summary>
            <p>{verdict}</p>
            {list}
          </details>
        );
      })}
    </div>
  );
}
