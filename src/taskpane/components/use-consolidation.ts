// The state of one Tổng hợp job, apart from how it is shown: the files chosen,
// the roster, the form, the read (kept until the choice of files changes, so
// another period or a kept file consolidates again at once), the summary and
// its writing. It lives in the panel, which stays mounted on a tab switch, so
// nothing is lost; leaving the page with unsaved work asks first.
import { useRef, useState } from "react";
import { compareWithPrevious, type PreviousInput } from "../../core/compare";
import { consolidate, type Consolidation, type UnitFile } from "../../core/consolidate";
import { parseVnDate } from "../../core/dates";
import { metaMessages } from "../../core/i18n/meta-messages";
import { isSystemFile } from "../../core/intake";
import { RosterError, type RosterEntry } from "../../core/roster";
import { LevelSchema, type Level } from "../../core/templates";
import { CancelledError } from "../../worker/pool";
import { summaryDocument } from "../../core/document/summary";
import { saveDocument } from "../documents";
import { feedbackFromConsolidation } from "../../core/feedback";
import { saveFeedback } from "../feedback-files";
import { feedbackFileName, summaryFileName } from "../host/save-file";
import type { Host } from "../host/types";
import { useStrings } from "./lang";
import { useLeaveGuard } from "./leave-guard";
import type { AskingMessage } from "./Status";

/** What the user typed or chose besides the files and the roster. */
export interface ConsolidationForm {
  deadline: string;
  consolidatingUnit: string;
  level: Level;
}

/** Last period's files, as read once (until others are picked), and the period named to compare with. */
interface Previous {
  files: File[];
  input?: PreviousInput;
  period?: string;
}

/** The files as read, kept until the choice of files changes; the period and the files kept, as chosen since. */
interface Read {
  files: File[];
  parsed: UnitFile[];
  skipped: string[];
  period?: string;
  keep: string[];
}

export function useConsolidation(host: Host) {
  const { s, t, lang } = useStrings();
  const [files, setFiles] = useState<File[]>([]);
  const [roster, setRoster] = useState<RosterEntry[] | undefined>();
  const [form, setForm] = useState<ConsolidationForm>(() => {
    const remembered = host.recallConsolidateForm();
    return {
      deadline: "",
      // Saved settings keep the name earlier versions gave the field (host/types.ts ConsolidateForm).
      consolidatingUnit: remembered?.asUnit ?? "",
      // Today's two tiers: a province consolidates its communes (district level abolished in July 2025).
      level: LevelSchema.safeParse(remembered?.level).data ?? "tinh",
    };
  });
  const [consolidatingUnitProblem, setConsolidatingUnitProblem] = useState<string | undefined>();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [previous, setPrevious] = useState<Previous | null>(null);
  const [outcome, setOutcome] = useState<Consolidation | null>(null);
  const [writing, setWriting] = useState<"no" | "writing" | "saved">("no");
  const [message, setMessage] = useState<AskingMessage | null>(null);
  const [documenting, setDocumenting] = useState(false);
  const [feedbacking, setFeedbacking] = useState(false);
  const abort = useRef<AbortController | null>(null);
  // Set at once (state would wait for a render): a second click of a double click writes nothing.
  const writingNow = useRef(false);
  const summary = outcome?.summary ?? null;

  useLeaveGuard((files.length > 0 || summary !== null) && writing !== "saved");

  async function loadRoster(load: () => Promise<RosterEntry[]>) {
    try {
      const r = await load();
      setRoster(r.length ? r : undefined);
      setMessage(r.length ? { intent: "info", text: t("rosterLoaded", { n: r.length }) } : null);
    } catch (e) {
      setRoster(undefined);
      setMessage({
        intent: "error",
        text: e instanceof RosterError ? e.why[lang] : t("failed", { message: (e as Error).message }),
      });
    }
  }

  /** Consolidates what was read with the form as it is now; period and kept files as chosen; compared when asked. */
  function compute(r: Read, prev: Previous | null = previous) {
    const due = form.deadline.trim() ? parseVnDate(form.deadline) : undefined;
    const consolidated = consolidate(r.parsed, {
      roster,
      deadline: due ?? undefined,
      period: r.period,
      keep: r.keep,
      skipped: r.skipped,
      consolidatingUnit: { name: form.consolidatingUnit.normalize("NFC").trim(), level: form.level },
    });
    const result = prev?.input
      ? compareWithPrevious(consolidated, prev.input, { roster, period: prev.period })
      : consolidated;
    setRead(r);
    setWriting("no");
    setOutcome(result);
    setMessage(result.nothing ? { intent: "error", text: result.nothing.message[lang] } : null);
  }

  async function run() {
    const due = form.deadline.trim() ? parseVnDate(form.deadline) : undefined;
    if (due === null) return setMessage({ intent: "error", text: metaMessages.badDate(form.deadline.trim())[lang] });
    // The name is printed at the top of the summary: never a placeholder.
    if (!form.consolidatingUnit.trim()) return setConsolidatingUnitProblem(s.consolidatingUnitRequired);
    setConsolidatingUnitProblem(undefined);
    setOutcome(null);
    setMessage(null);
    host.rememberConsolidateForm({ asUnit: form.consolidatingUnit.trim(), level: form.level });
    const controller = new AbortController();
    abort.current = controller;
    try {
      const r = read && read.files === files ? read : await readFiles(controller.signal);
      // Last period's files are read once, when first needed.
      let prev = previous;
      if (prev && !prev.input) {
        prev = { ...prev, input: await host.readPreviousPeriod(prev.files, controller.signal) };
        setPrevious(prev);
      }
      compute(r, prev);
    } catch (e) {
      setMessage(
        e instanceof CancelledError
          ? { intent: "warning", text: s.cancelled }
          : { intent: "error", text: t("failed", { message: (e as Error).message }) },
      );
    } finally {
      setProgress(null);
      abort.current = null;
    }
  }

  /** The units' files read (workers), with progress. */
  async function readFiles(signal: AbortSignal): Promise<Read> {
    const toRead = files.filter((f) => !isSystemFile(f.name));
    const skipped = files.filter((f) => isSystemFile(f.name)).map((f) => f.name);
    setProgress({ done: 0, total: toRead.length });
    const parsed = await host.parseFiles(
      toRead,
      (done, total) => setProgress({ done, total }),
      signal,
      (more) => skipped.push(...more),
    );
    return { files, parsed, skipped, keep: [] };
  }

  async function write(replace: boolean) {
    if (!summary || writingNow.current) return;
    writingNow.current = true;
    setWriting("writing");
    let saved = false;
    try {
      const r = await host.writeSummary(summary, replace);
      if (!r.ok) setMessage({ intent: "warning", text: t("replaceAsk", { sheets: r.existing.join(", ") }), ask: true });
      else {
        saved = true;
        setMessage({
          intent: "success",
          text: r.downloaded ? t("downloaded", { file: r.downloaded }) : t("written", { sheets: r.sheets.join(", ") }),
        });
      }
    } catch (e) {
      setMessage({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      writingNow.current = false;
      setWriting(saved ? "saved" : "no");
    }
  }

  /** Every unit's feedback workbook, their index and the covering letter, as one .zip. */
  async function writeFeedback() {
    if (!outcome || !read || feedbacking) return;
    setFeedbacking(true);
    try {
      const set = feedbackFromConsolidation(outcome, read.parsed);
      const name = feedbackFileName(outcome.summary?.meta.unitName, outcome.summary?.period);
      setMessage(await saveFeedback(host, set, name, t));
    } catch (e) {
      setMessage({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      setFeedbacking(false);
    }
  }

  /** The summary as the document the consolidating unit signs (.docx). */
  async function writeDocument() {
    if (!summary || documenting) return;
    setDocumenting(true);
    try {
      const fileName = summaryFileName(summary.meta.unitName, summary.period, "docx");
      setMessage(await saveDocument(host, summaryDocument(summary), fileName, t));
    } catch (e) {
      setMessage({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      setDocumenting(false);
    }
  }

  return {
    files,
    addFiles: (added: File[]) => added.length > 0 && setFiles((prev) => [...prev, ...added]),
    removeFile: (i: number) => setFiles((prev) => prev.filter((_, j) => j !== i)),
    clearFiles: () => setFiles([]),
    loadRoster,
    forgetRoster: () => setRoster(undefined),
    form,
    setForm: (change: Partial<ConsolidationForm>) => setForm((f) => ({ ...f, ...change })),
    consolidatingUnitProblem,
    /** Reading, with how far it got; `stop` cancels it. */
    progress,
    stop: () => abort.current?.abort(),
    run,
    message,
    dismissMessage: () => setMessage(null),
    summary,
    /** Every file's outcome when nothing could be counted (a summary lists its own). */
    unread: outcome?.nothing ? outcome.files : null,
    writing: writing === "writing",
    write,
    documenting,
    writeDocument,
    feedbacking,
    writeFeedback,
    choosePeriod: (period: string) => read && compute({ ...read, period, keep: [] }),
    /** Last period's files for "Cùng kỳ năm trước": read at the next Tổng hợp. */
    previousFiles: previous?.files ?? [],
    choosePrevious: (picked: File[]) => setPrevious({ files: picked }),
    forgetPrevious: () => setPrevious(null),
    /** Compares again with the period the user names (last period's files are not the same period a year earlier). */
    compareWith: (period: string) => {
      if (!previous || !read) return;
      const named = { ...previous, period };
      setPrevious(named);
      compute(read, named);
    },
    keepFile: (file: string) => read && compute({ ...read, keep: [...read.keep, file] }),
  };
}

export type ConsolidationJob = ReturnType<typeof useConsolidation>;
