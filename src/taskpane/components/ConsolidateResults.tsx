// What a consolidation came to, on top of the table of files: the button that
// creates the summary (right after the run, disabled while writing), the counts
// in words, the period chosen among those found, the deadline applied and
// where it came from, units that sent something needing attention, units
// missing (with the CLI's near-miss hint), and every file's row.
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Summary } from "../../core/consolidate";
import { consolidation } from "../../core/i18n/messages";
import { statusWord } from "../../core/i18n/status";
import { formatVnDate } from "../../core/dates";
import { baseName } from "../../core/paths";
import type { Level } from "../../core/templates";
import type { UiKey } from "../i18n";
import { countFiles } from "./file-status";
import { FileTable } from "./FileTable";
import { useStrings } from "./lang";
import { Status } from "./Status";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

const LEVEL_NAME: Record<Level, UiKey> = { xa: "levelNameXa", huyen: "levelNameHuyen", tinh: "levelNameTinh" };

export interface ResultActions {
  writeLabel: string;
  writing: boolean;
  onWrite: () => void;
  /** The summary as the document to sign (.docx), beside the summary itself. */
  documenting: boolean;
  onDocument: () => void;
  /** Every unit's feedback workbook, their index and the covering letter (.zip). */
  feedbacking: boolean;
  onFeedback: () => void;
  onPeriod: (period: string) => void;
  onKeep: (file: string) => void;
}

/** Units under a heading, each with why it is listed; open when short enough to read at once. */
function UnitList({
  head,
  units,
  separator,
}: {
  head: string;
  units: { key: string; name: string; note?: string }[];
  separator: string;
}) {
  const styles = useStyles();
  if (units.length === 0) return null;
  return (
    <details open={units.length <= 10}>
      <summary>{head}</summary>
      <ul className={styles.list}>
        {units.map((u) => (
          <li key={u.key}>
            <strong>{u.name}</strong>
            {u.note && (
              <>
                {separator}
                {u.note}
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ConsolidateResults({ summary, actions }: { summary: Summary; actions: ResultActions }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const top = useRef<HTMLElement>(null);
  // A new run's result comes into view with its button on top (not when a choice recomputes it).
  useEffect(() => top.current?.scrollIntoView?.({ block: "start" }), []);
  const c = countFiles(summary);
  const parts = [
    t("countIncluded", { n: c.included }),
    c.withErrors > 0 && t("countWithErrors", { n: c.withErrors }),
    c.rejected > 0 && t("countRejected", { n: c.rejected }),
    c.conflict > 0 && t("countConflict", { n: c.conflict }),
    c.older > 0 && t("countOlder", { n: c.older }),
  ].filter((x): x is string => !!x);
  const units = [
    summary.rosterGiven && (c.missing > 0 ? t("countMissing", { n: c.missing }) : s.countNoneMissing),
    c.unresolved > 0 && t("countUnresolved", { n: c.unresolved }),
    c.late > 0 && t("countLate", { n: c.late }),
  ].filter((x): x is string => !!x);
  const line = `${t("countFiles", { n: c.files })} ${parts.join(", ")}.${units.length ? ` ${units.join(", ")}.` : ""}`;
  const bad = c.rejected + c.conflict + c.withErrors + c.missing + c.unresolved > 0;
  const date = summary.deadline ? formatVnDate(summary.deadline) : "—";
  const others = summary.periodChoice.found
    .filter((p) => p.period !== summary.period)
    .map((p) => t("periodOption", { period: p.period, n: p.files }));

  return (
    <section ref={top} className={styles.root} aria-label={s.tabConsolidate}>
      <Button appearance="primary" disabled={actions.writing || summary.units.length === 0} onClick={actions.onWrite}>
        {actions.writing ? s.writing : actions.writeLabel}
      </Button>
      <Button disabled={actions.documenting || summary.units.length === 0} onClick={actions.onDocument}>
        {actions.documenting ? s.documenting : s.downloadDocument}
      </Button>
      <Button disabled={actions.feedbacking} onClick={actions.onFeedback}>
        {actions.feedbacking ? s.makingFeedback : s.downloadFeedback}
      </Button>
      <Status intent={bad ? "warning" : "success"}>{line}</Status>
      {summary.incomplete && (
        <Status intent="warning">
          {
            consolidation.incomplete(
              summary.incomplete.errorCells,
              summary.incomplete.units,
              summary.incomplete.missingFields,
            )[lang]
          }
        </Status>
      )}
      <div>{consolidation.period(summary.period, summary.periodChoice.source, date, others)[lang]}</div>
      {summary.periodChoice.found.length > 1 && (
        <Field label={s.periodChoice}>
          <Select value={summary.period} onChange={(_, d) => actions.onPeriod(d.value)}>
            {summary.periodChoice.found.map((p) => (
              <option key={p.period} value={p.period}>
                {t("periodOption", { period: p.period, n: p.files })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div>
        {summary.deadlineSource === "option"
          ? t("deadlineGiven", { date })
          : t("deadlineTemplate", {
              date,
              level: s[LEVEL_NAME[summary.deadlineLevel]],
              above: s[LEVEL_NAME[summary.meta.level]],
            })}
      </div>
      <UnitList
        head={`${statusWord("unresolved", lang, "short")} (${summary.unresolved.length})`}
        units={summary.unresolved.map((u) => ({ key: u.name, name: u.name, note: u.reason[lang] }))}
        separator=": "
      />
      <UnitList
        head={`${statusWord("missing", lang, "short")} (${summary.missing.length})`}
        units={summary.missing.map((m) => ({ key: m.code ?? m.name, name: m.name, note: m.note?.[lang] }))}
        separator=" — "
      />
      {summary.skipped.length > 0 && <div>{consolidation.skipped(summary.skipped.map(baseName))[lang]}</div>}
      <FileTable files={summary.files} onKeep={actions.onKeep} />
    </section>
  );
}
