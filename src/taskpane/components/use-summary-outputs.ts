// What is made from a summary, and what became of it: the summary itself (sheets in Excel, a download in a
// browser; asked before replacing an earlier one) and the document the consolidating unit signs (.docx). A
// double click makes one file. Shown beside their buttons in the results (ResultActions).
import { useRef, useState } from "react";
import type { Summary } from "../../core/consolidate";
import { summaryDocument } from "../../core/document/summary";
import { saveDocument } from "../documents";
import { summaryFileName } from "../host/save-file";
import type { Host } from "../host/types";
import { useStrings } from "./lang";
import type { AskingMessage } from "./Status";

export function useSummaryOutputs(host: Host, summary: Summary | null) {
  const { t } = useStrings();
  const [writing, setWriting] = useState<"no" | "writing" | "saved">("no");
  const [made, setMade] = useState<AskingMessage | null>(null);
  const [documenting, setDocumenting] = useState(false);
  // Set at once (state would wait for a render): a second click of a double click writes nothing.
  const writingNow = useRef(false);

  async function write(replace: boolean) {
    if (!summary || writingNow.current) return;
    writingNow.current = true;
    setWriting("writing");
    setMade(null);
    let saved = false;
    try {
      const r = await host.writeSummary(summary, replace);
      if (!r.ok)
        setMade({ intent: "warning", text: t("replaceAsk", { sheets: r.existing.join(", ") }), confirm: "replace" });
      else {
        saved = true;
        setMade({
          intent: "success",
          text: r.downloaded ? t("downloaded", { file: r.downloaded }) : t("written", { sheets: r.sheets.join(", ") }),
        });
      }
    } catch (e) {
      setMade({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      writingNow.current = false;
      setWriting(saved ? "saved" : "no");
    }
  }

  /** The summary as the document the consolidating unit signs (.docx). */
  async function writeDocument() {
    if (!summary || documenting) return;
    setDocumenting(true);
    setMade(null);
    try {
      const fileName = summaryFileName(summary.meta.unitName, summary.period, "docx");
      setMade(await saveDocument(host, summaryDocument(summary), fileName, t));
    } catch (e) {
      setMade({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      setDocumenting(false);
    }
  }

  return {
    writing: writing === "writing",
    /** The summary was written or downloaded: nothing is lost by leaving the page. */
    saved: writing === "saved",
    write,
    documenting,
    writeDocument,
    made,
    dismissMade: () => setMade(null),
    /** A new result: nothing made from it yet. */
    reset() {
      setWriting("no");
      setMade(null);
    },
  };
}

export type SummaryOutputs = ReturnType<typeof useSummaryOutputs>;
