// The buttons that make something of a consolidation — the summary (sheets in Excel, a download in a browser:
// the host's label), the document the consolidating unit signs (.docx) and the units' feedback (.zip) — and,
// right under them with focus, what became of it (downloaded, written, or "replace the earlier one?").
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Summary } from "../../core/consolidate";
import { useStrings } from "./lang";
import { AskingStatus } from "./Status";
import type { SummaryOutputs } from "./use-summary-outputs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function ResultActions({
  summary,
  outputs,
  writeLabel,
}: {
  summary: Summary;
  outputs: SummaryOutputs;
  writeLabel: string;
}) {
  const { s } = useStrings();
  const styles = useStyles();
  const nothing = summary.units.length === 0;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={outputs.writing || nothing} onClick={() => void outputs.write(false)}>
          {outputs.writing ? s.writing : writeLabel}
        </Button>
        <Button disabled={outputs.documenting || nothing} onClick={() => void outputs.writeDocument()}>
          {outputs.documenting ? s.documenting : s.downloadDocument}
        </Button>
        <Button disabled={outputs.feedbacking} onClick={() => void outputs.writeFeedback()}>
          {outputs.feedbacking ? s.makingFeedback : s.downloadFeedback}
        </Button>
      </div>
      {outputs.made && (
        <AskingStatus
          message={outputs.made}
          onConfirm={() => void outputs.write(true)}
          onCancel={outputs.dismissMade}
        />
      )}
    </div>
  );
}
