// One report as Kiểm tra số liệu found it: why it could not be checked (in words for its author), or its
// verdict and findings — a section of its own when few reports were checked, a line that unfolds when many.
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { ReadFailure } from "../../core/vocabulary";
import type { Finding } from "../../core/vocabulary";
import type { UiKey } from "../i18n";
import { FindingList } from "./FindingList";
import { useStrings } from "./lang";
import { Status } from "./Status";
import type { Checked } from "./use-checking";

const useStyles = makeStyles({
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

/** Advice for a user checking their own file (the core's words address a consolidating officer). */
const OWN_FAILURE: Record<string, UiKey> = {
  corrupt: "corruptOwn",
  empty: "emptyOwn",
  word: "notWorkbookOwn",
  pdf: "notWorkbookOwn",
  picture: "notWorkbookOwn",
  not_xlsx: "notWorkbookOwn",
};

export function CheckedReportView({
  report: c,
  folded,
  onGoTo,
  onFix,
}: {
  report: Checked;
  /** Many reports: this one folds to its title line. */
  folded: boolean;
  onGoTo?: (f: Finding) => void;
  onFix?: (f: Finding) => void;
}) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  /** Why a report could not be checked, in words for its author: of the open workbook (untitled), or of a file. */
  const failureText = (failure: ReadFailure) => {
    if (!c.title && failure.code === "not_a_report") return s.notAReport;
    const own = OWN_FAILURE[failure.code];
    return own ? s[own] : failure.message[lang];
  };
  if (!c.findings)
    return (
      <Status intent="error">
        {c.title ? `${c.title}: ` : ""}
        {failureText(c.failure)}
      </Status>
    );
  const errors = c.findings.filter((f) => f.severity === "error").length;
  const warnings = c.findings.length - errors;
  const verdict =
    errors > 0 ? t("notReady", { errors, warnings }) : warnings > 0 ? t("readyWarnings", { warnings }) : s.ready;
  const list = <FindingList findings={c.findings} tableNames={c.tableNames} onGoTo={onGoTo} onFix={onFix} />;
  if (!folded)
    return (
      // Named by its file, or as the check of this workbook: never the tab's own name again.
      <section aria-label={c.title ?? s.checkResult}>
        {c.title && <h2 className={styles.title}>{c.title}</h2>}
        <Status intent={errors > 0 ? "error" : "success"}>{verdict}</Status>
        {list}
      </section>
    );
  return (
    <details aria-label={c.title}>
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
}
