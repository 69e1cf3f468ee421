// "Kiểm tra số liệu": in Excel, checks the open workbook (go to a cell, mark, unmark, fix); in a browser,
// checks uploaded files — many at once with the same progress bar and stop button as Tổng hợp, files with
// errors first, each folded to one line when there are many (CheckedReportView); the findings written as a
// sheet (Excel) or downloaded as feedback workbooks (the browser). The job's state is useChecking's.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { REPORT_FILE_TYPES } from "../../core/file-kind";
import type { Host } from "../host/types";
import { CheckedReportView } from "./CheckedReportView";
import { FileButton } from "./FileButton";
import { useStrings } from "./lang";
import { ReadProgress } from "./ReadProgress";
import { Status } from "./Status";
import { errorCount, useChecking } from "./use-checking";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** More files than this: each folds to its title line. */
const OPEN_UP_TO = 3;

export function ValidatePanel({ host }: { host: Host }) {
  const { s, t } = useStrings();
  const styles = useStyles();
  const { workbook } = host;
  const job = useChecking(host);
  const checked = job.checked ?? [];
  const all = checked.flatMap((c) => c.findings ?? []);
  const ready = checked.filter((c) => errorCount(c) === 0).length;
  const unreadable = checked.filter((c) => !c.findings).length;
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        {workbook ? (
          <Button appearance="primary" onClick={() => void job.checkWorkbook(workbook)} disabled={job.busy}>
            {s.checkWorkbook}
          </Button>
        ) : (
          <FileButton
            label={s.checkFiles}
            accept={REPORT_FILE_TYPES}
            multiple
            onFiles={(f) => void job.checkFiles(f)}
            disabled={job.busy}
          />
        )}
        {workbook && all.length > 0 && (
          <Button onClick={() => void job.mark(workbook, all)} disabled={job.busy}>
            {s.mark}
          </Button>
        )}
        {workbook && (
          <Button onClick={() => void job.unmark(workbook)} disabled={job.busy}>
            {s.unmark}
          </Button>
        )}
        {all.length > 0 && (
          <Button
            onClick={() => void (workbook ? job.writeFindings(workbook) : job.downloadFeedback())}
            disabled={job.busy}
          >
            {workbook ? s.writeFindings : s.downloadFeedbackChecked}
          </Button>
        )}
      </div>
      {job.progress && <ReadProgress done={job.progress.done} total={job.progress.total} onStop={job.stop} />}
      {job.busy && !job.progress && <span aria-live="polite">{s.checking}</span>}
      {job.error && <Status intent="error">{job.error}</Status>}
      {job.note && <Status intent="info">{job.note}</Status>}
      {checked.length > 1 && (
        <Status intent={ready === checked.length ? "success" : "warning"}>
          {t("checkedFiles", { n: checked.length, ready, errors: checked.length - ready - unreadable, unreadable })}
        </Status>
      )}
      {checked.map((c, i) => (
        <CheckedReportView
          key={i}
          report={c}
          folded={checked.length > OPEN_UP_TO}
          onGoTo={workbook && ((f) => void job.goTo(workbook, f))}
          onFix={workbook && ((f) => void job.fix(workbook, f))}
        />
      ))}
    </div>
  );
}
