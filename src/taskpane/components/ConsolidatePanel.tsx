// "Tổng hợp": the form (ConsolidateForm), then what it came to (ConsolidateResults: the summary's buttons, the
// counts, the totals, the comparison with last period, and every file), or each file's reason when nothing could be consolidated. The job's
// state is useConsolidation's.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Host } from "../host/types";
import { ConsolidateForm } from "./ConsolidateForm";
import { ConsolidateResults } from "./ConsolidateResults";
import { FileTable } from "./FileTable";
import { useStrings } from "./lang";
import { useConsolidation } from "./use-consolidation";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export function ConsolidatePanel({ host }: { host: Host }) {
  const { s } = useStrings();
  const styles = useStyles();
  const job = useConsolidation(host);
  return (
    <div className={styles.root}>
      <ConsolidateForm host={host} job={job} />
      {job.summary && (
        <ConsolidateResults
          summary={job.summary}
          shown={job.shown}
          chosen={job.chosenCount}
          roster={job.rosterUsed}
          outputs={job.outputs}
          writeLabel={s[host.labels.writeSummary]}
          onPeriod={job.choosePeriod}
          onKeep={job.keepFile}
          onCompareWith={job.compareWith}
        />
      )}
      {job.unread && <FileTable files={job.unread} />}
    </div>
  );
}
