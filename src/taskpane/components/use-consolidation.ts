// The state of one Tổng hợp job, apart from how it is shown: the files chosen (use-chosen-files.ts), the roster
// (use-roster.ts), last period's files to compare with, the form, the read (kept until the choice of files changes, so another period or a kept file
// consolidates again at once) and the summary (what is made from it: use-summary-outputs.ts). It lives in the panel, which stays
// mounted on a tab switch, so nothing is lost; leaving the page with unsaved work asks first. Each run that
// comes to a result counts `shown`, which the results take focus on.
import { useRef, useState } from "react";
import { compareWithPrevious, type PreviousInput } from "../../core/compare";
import { consolidate, type Consolidation, type UnitFile } from "../../core/consolidate";
import { parseVnDate } from "../../core/dates";
import { metaMessages } from "../../core/i18n/meta-messages";
import { isSystemFile } from "../../core/file-kind";
import { LevelSchema, type Level } from "../../core/templates";
import { CancelledError } from "../../worker/pool";
import type { Host } from "../host/types";
import { useStrings } from "./lang";
import { useLeaveGuard } from "./leave-guard";
import type { AskingMessage } from "./Status";
import { useChosenFiles } from "./use-chosen-files";
import { useRoster, type ChosenRoster } from "./use-roster";
import { useSummaryOutputs } from "./use-summary-outputs";

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
  const chosen = useChosenFiles();
  const roster = useRoster();
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
  /** Runs that came to a result: a new one takes focus (a choice that recomputes it does not). */
  const [shown, setShown] = useState(0);
  const [rosterUsed, setRosterUsed] = useState<ChosenRoster | undefined>();
  /** Why a run came to nothing (under its button). */
  const [message, setMessage] = useState<AskingMessage | null>(null);
  const abort = useRef<AbortController | null>(null);
  const summary = outcome?.summary ?? null;
  const outputs = useSummaryOutputs(host, outcome, read?.parsed ?? []);
  const files = chosen.files;

  useLeaveGuard((files.length > 0 || summary !== null) && !outputs.saved);

  /** Consolidates what was read with the form as it is now; period and kept files as chosen; compared when asked. */
  function compute(r: Read, prev: Previous | null = previous): Consolidation {
    const due = form.deadline.trim() ? parseVnDate(form.deadline) : undefined;
    const consolidated = consolidate(r.parsed, {
      roster: roster.roster?.entries,
      deadline: due ?? undefined,
      period: r.period,
      keep: r.keep,
      skipped: r.skipped,
      consolidatingUnit: { name: form.consolidatingUnit.normalize("NFC").trim(), level: form.level },
    });
    const result = prev?.input
      ? compareWithPrevious(consolidated, prev.input, { roster: roster.roster?.entries, period: prev.period })
      : consolidated;
    setRead(r);
    setRosterUsed(roster.roster);
    outputs.reset();
    setOutcome(result);
    setMessage(result.nothing ? { intent: "error", text: result.nothing.message[lang] } : null);
    return result;
  }

  /** A run's result, shown and given focus. */
  function present(r: Read, prev: Previous | null) {
    if (!compute(r, prev).nothing) setShown((n) => n + 1);
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
      present(r, prev);
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

  return {
    chosen,
    roster,
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
    /** How many files were chosen for this result (a .zip is one, its reports many). */
    chosenCount: read?.files.length ?? 0,
    /** The roster this result used. */
    rosterUsed,
    shown,
    /** Every file's outcome when nothing could be counted (a summary lists its own). */
    unread: outcome?.nothing ? outcome.files : null,
    /** The summary made (sheets or a download) and its document, and what became of them. */
    outputs,
    choosePeriod: (period: string) => void (read && compute({ ...read, period, keep: [] })),
    keepFile: (file: string) => void (read && compute({ ...read, keep: [...read.keep, file] })),
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
  };
}

export type ConsolidationJob = ReturnType<typeof useConsolidation>;
