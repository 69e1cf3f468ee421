// What a consolidation came to, a section after another: the buttons that make the summary and its document
// (ResultActions), the counts as a sum that adds up (ResultCounts), the totals as the summary prints them
// (TotalsView), the comparison with last period where one was asked for (ComparisonView), the period, deadline
// and roster it used (ResultContext), the units that sent something needing attention or nothing (UnitLists),
// then every file (FileTable). A new run's result takes focus at its heading and is announced. The feedback
// files are among the actions.
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import type { Summary } from "../../core/consolidate";
import { ComparisonView } from "./Comparison";
import { FileTable } from "./FileTable";
import { useStrings } from "./lang";
import { ResultActions } from "./ResultActions";
import { ResultContext } from "./ResultContext";
import { ResultCounts } from "./ResultCounts";
import { TotalsView } from "./TotalsView";
import { UnitLists } from "./UnitLists";
import type { SummaryOutputs } from "./use-summary-outputs";
import type { ChosenRoster } from "./use-roster";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0, outlineOffset: "2px" },
});

export function ConsolidateResults({
  summary,
  shown,
  chosen,
  roster,
  outputs,
  writeLabel,
  onPeriod,
  onKeep,
  onCompareWith,
}: {
  summary: Summary;
  /** Which run this result is: a new one takes focus. */
  shown: number;
  /** Files the user chose (a .zip counts one). */
  chosen: number;
  roster?: ChosenRoster;
  outputs: SummaryOutputs;
  writeLabel: string;
  onPeriod: (period: string) => void;
  onKeep: (file: string) => void;
  onCompareWith: (period: string) => void;
}) {
  const { s } = useStrings();
  const styles = useStyles();
  const head = useId();
  const counts = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new run's result comes into view, its heading focused (not when a choice recomputes it).
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView?.({ block: "start" });
  }, [shown]);

  return (
    <section className={styles.root} aria-labelledby={head}>
      <h2 id={head} ref={heading} tabIndex={-1} className={styles.heading} aria-describedby={counts}>
        {s.resultsHead}
      </h2>
      <ResultActions summary={summary} outputs={outputs} writeLabel={writeLabel} />
      <ResultCounts summary={summary} chosen={chosen} roster={roster} id={counts} />
      <TotalsView summary={summary} />
      <ComparisonView summary={summary} onCompareWith={onCompareWith} />
      <ResultContext summary={summary} roster={roster} onPeriod={onPeriod} />
      <UnitLists summary={summary} />
      <FileTable files={summary.files} onKeep={onKeep} />
    </section>
  );
}
