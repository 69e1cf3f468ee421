// "Tải báo cáo (.docx)" in Mẫu báo cáo: a filled report as the Word document the unit signs (Decree 30 layout,
// with the number, date, Kính gửi and signer typed in the workbook). In Excel, from the open workbook; on the web
// page, from a report file the user chooses. Where Excel cannot download, the message says what to do instead.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { officialReport, unitReportContent } from "../../core/document/report";
import type { ExtractResult } from "../../core/vocabulary";
import { CancelledError } from "../../worker/pool";
import { saveDocument } from "../documents";
import { reportFileName } from "../host/save-file";
import type { Host } from "../host/types";
import { FileButton } from "./FileButton";
import { useStrings } from "./lang";
import { AskingStatus, type AskingMessage } from "./Status";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export function ReportDocument({ host }: { host: Host }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<AskingMessage | null>(null);

  async function make(read: () => Promise<ExtractResult | undefined>) {
    setBusy(true);
    setMessage(null);
    try {
      const r = await read();
      if (!r) return;
      if (!r.ok) setMessage({ intent: "error", text: r.failure.message[lang] });
      else {
        const name = reportFileName(r.report.meta.unitName, r.report.meta.period, "docx");
        setMessage(await saveDocument(host, officialReport(unitReportContent(r.report)), name, t));
      }
    } catch (e) {
      if (!(e instanceof CancelledError))
        setMessage({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  const { workbook } = host;
  return (
    <section className={styles.root} aria-label={s.reportDocumentHead}>
      <div>{s.reportDocumentHint}</div>
      {workbook ? (
        <Button disabled={busy} onClick={() => void make(() => workbook.readReport())}>
          {s.downloadDocument}
        </Button>
      ) : (
        <FileButton
          label={s.downloadDocumentFromFile}
          accept=".xlsx,.xlsm,.xls,.ods"
          disabled={busy}
          onFiles={(files) =>
            void make(async () => {
              const parsed = await host.parseFiles(files.slice(0, 1), () => undefined, new AbortController().signal);
              return parsed[0]?.read;
            })
          }
        />
      )}
      {message && <AskingStatus message={message} onReplace={() => undefined} onCancel={() => setMessage(null)} />}
    </section>
  );
}
