// What is made from a consolidation, and what became of it: the summary itself (sheets in Excel, a download in
// a browser; asked before replacing an earlier one), the document the consolidating unit signs (.docx) and the
// units' feedback (phiếu phản hồi, one .zip). A double click makes one file. Shown beside their buttons in the
// results (ResultActions).
import { useRef, useState } from "react";
import type { Consolidation, UnitFile } from "../../core/consolidate";
import { summaryDocument } from "../../core/document/summary";
import { feedbackFromConsolidation } from "../../core/feedback";
import { saveDocument } from "../documents";
import { saveFeedback } from "../feedback-files";
import { feedbackFileName, summaryFileName } from "../host/save-file";
import type { Host } from "../host/types";
import { useStrings } from "./lang";
import type { AskingMessage } from "./Status";

/** `parsed`: the units' files as read, whose feedback workbooks carry their own cells. */
export function useSummaryOutputs(host: Host, outcome: Consolidation | null, parsed: UnitFile[]) {
  const { t } = useStrings();
  const summary = outcome?.summary ?? null;
  const [writing, setWriting] = useState<"no" | "writing" | "saved">("no");
  const [made, setMade] = useState<AskingMessage | null>(null);
  const [documenting, setDocumenting] = useState(false);
  const [feedbacking, setFeedbacking] = useState(false);
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

  /** Every unit's feedback workbook, their index and the covering letter, as one .zip. */
  async function writeFeedback() {
    if (!outcome || feedbacking) return;
    setFeedbacking(true);
    setMade(null);
    try {
      const set = feedbackFromConsolidation(outcome, parsed);
      const name = feedbackFileName(outcome.summary?.meta.unitName, outcome.summary?.period);
      setMade(await saveFeedback(host, set, name, t));
    } catch (e) {
      setMade({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      setFeedbacking(false);
    }
  }

  return {
    writing: writing === "writing",
    /** The summary was written or downloaded: nothing is lost by leaving the page. */
    saved: writing === "saved",
    write,
    documenting,
    writeDocument,
    feedbacking,
    writeFeedback,
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
