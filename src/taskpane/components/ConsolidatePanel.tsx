// "Tổng hợp": the form (ConsolidateForm), the comparison with last period (ComparisonView), what it came to (ConsolidateResults,
// or each file's reason when nothing could be consolidated) and the buttons that
// create the summary (sheets in Excel, a download in a browser: the host's
// label) and its document to sign (.docx). The job's state is useConsolidation's.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Host } from "../host/types";
import { ComparisonView } from "./Comparison";
import { ConsolidateForm } from "./ConsolidateForm";
import { ConsolidateResults } from "./ConsolidateResults";
import { FileTable } from "./FileTable";
import { useStrings } from "./lang";
import { AskingStatus } from "./Status";
import { useConsolidation } from "./use-consolidation";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export function ConsolidatePanel({ host }: { host: Host }) {
  const { s } = useStrings();
  const styles = useStyles();
  const job = useConsolidation(host);
  return (
    <div className={styles.root}>
      <ConsolidateForm host={host} job={job} />
      {job.message && (
        <AskingStatus message={job.message} onReplace={() => void job.write(true)} onCancel={job.dismissMessage} />
      )}
      {job.summary && <ComparisonView summary={job.summary} onCompareWith={job.compareWith} />}
      {job.summary && (
        <ConsolidateResults
          summary={job.summary}
          actions={{
            writeLabel: s[host.labels.writeSummary],
            writing: job.writing,
            onWrite: () => void job.write(false),
            documenting: job.documenting,
            onDocument: () => void job.writeDocument(),
            feedbacking: job.feedbacking,
            onFeedback: () => void job.writeFeedback(),
            onPeriod: job.choosePeriod,
            onKeep: job.keepFile,
          }}
        />
      )}
      {job.unread && <FileTable files={job.unread} />}
    </div>
  );
}
