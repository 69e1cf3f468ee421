// "Tổng hợp": choose the units' files (picker or drag and drop, any kind: each
// gets what happened to it) and a roster, read them in Web Workers with a
// progress bar and a stop button, then see the results and create the summary
// (sheets in Excel, a download in a browser). Files are read once: choosing
// another period or the report to keep consolidates again at once.
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { consolidate, type FileOutcome, type Summary, type UnitFile } from "../../core/consolidate";
import { parseVnDate } from "../../core/dates";
import { isSystemFile, REPORT_FILE_TYPES } from "../../core/intake";
import { RosterError, type RosterEntry } from "../../core/roster";
import { LevelSchema, type Level } from "../../core/templates";
import { CancelledError } from "../../worker/pool";
import type { Host } from "../host/types";
import { ChosenFiles } from "./ChosenFiles";
import { ConsolidateResults } from "./ConsolidateResults";
import { FileButton } from "./FileButton";
import { FileTable } from "./FileTable";
import { useStrings } from "./lang";
import { useLeaveGuard } from "./leave-guard";
import { ReadProgress } from "./ReadProgress";
import { AskingStatus, type AskingMessage } from "./Status";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    alignItems: "stretch",
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** The files as read, kept until the choice of files changes. */
interface Read {
  files: File[];
  parsed: UnitFile[];
  skipped: string[];
}

/** A file that could not be read, as a row of the results when nothing could be consolidated. */
function unreadRow(u: UnitFile): FileOutcome {
  return {
    file: u.file,
    sha256: u.sha256,
    status: "rejected",
    late: false,
    reason: u.read.ok ? undefined : u.read.failure.message,
    findings: [],
  };
}

export function ConsolidatePanel({ host }: { host: Host }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [roster, setRoster] = useState<RosterEntry[] | undefined>();
  const [sheets, setSheets] = useState<string[]>([]);
  const [deadline, setDeadline] = useState("");
  const [remembered] = useState(() => host.recallConsolidateForm());
  const [asUnit, setAsUnit] = useState(remembered?.asUnit ?? "");
  const [asUnitProblem, setAsUnitProblem] = useState<string | undefined>();
  // Today's two tiers: a province consolidates its communes (district level abolished in July 2025).
  const [level, setLevel] = useState<Level>(() => LevelSchema.safeParse(remembered?.level).data ?? "tinh");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [choice, setChoice] = useState<{ period?: string; keep: string[] }>({ keep: [] });
  const [summary, setSummary] = useState<Summary | null>(null);
  const [unread, setUnread] = useState<FileOutcome[] | null>(null);
  const [writing, setWriting] = useState(false);
  const [saved, setSaved] = useState(false);
  const [message, setMessage] = useState<AskingMessage | null>(null);
  const abort = useRef<AbortController | null>(null);
  // Set at once (state would wait for a render): a second click of a double click writes nothing.
  const writingNow = useRef(false);

  useLeaveGuard((files.length > 0 || summary !== null) && !saved);

  useEffect(() => {
    if (host.rosterSheets) void host.rosterSheets().then(setSheets, () => setSheets([]));
  }, [host]);

  const addFiles = (added: File[]) => added.length && setFiles((prev) => [...prev, ...added]);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    addFiles(Array.from(e.dataTransfer.files));
  };

  async function readRoster(load: () => Promise<RosterEntry[]>) {
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

  /** Consolidates what was read with the form as it is now; period and kept files as chosen. */
  function compute(r: Read, period: string | undefined, keep: string[]) {
    const due = deadline.trim() ? parseVnDate(deadline) : undefined;
    const result = consolidate(r.parsed, {
      roster,
      deadline: due ?? undefined,
      period,
      keep,
      skipped: r.skipped,
      consolidatingUnit: { name: asUnit.normalize("NFC").trim(), level },
    });
    setChoice({ period, keep });
    setSaved(false);
    setSummary(result);
    setUnread(result ? null : r.parsed.map(unreadRow));
    setMessage(result ? null : { intent: "error", text: s.nothingRead });
  }

  async function run() {
    const due = deadline.trim() ? parseVnDate(deadline) : undefined;
    if (due === null) return setMessage({ intent: "error", text: s.badDate });
    // The name is printed at the top of the summary: never a placeholder.
    if (!asUnit.trim()) return setAsUnitProblem(s.asUnitRequired);
    setAsUnitProblem(undefined);
    setSummary(null);
    setUnread(null);
    setMessage(null);
    host.rememberConsolidateForm({ asUnit: asUnit.trim(), level });
    if (read && read.files === files) return compute(read, choice.period, choice.keep);
    const controller = new AbortController();
    abort.current = controller;
    const system = files.filter((f) => isSystemFile(f.name));
    const toRead = files.filter((f) => !isSystemFile(f.name));
    const skipped = system.map((f) => f.name);
    setProgress({ done: 0, total: toRead.length });
    try {
      const parsed = await host.parseFiles(
        toRead,
        (done, total) => setProgress({ done, total }),
        controller.signal,
        (more) => skipped.push(...more),
      );
      const r = { files, parsed, skipped };
      setRead(r);
      compute(r, undefined, []);
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

  async function write(replace: boolean) {
    if (!summary || writingNow.current) return;
    writingNow.current = true;
    setWriting(true);
    try {
      const r = await host.writeSummary(summary, replace);
      if (!r.ok) setMessage({ intent: "warning", text: t("replaceAsk", { sheets: r.existing.join(", ") }), ask: true });
      else {
        setSaved(true);
        setMessage({
          intent: "success",
          text: r.downloaded ? t("downloaded", { file: r.downloaded }) : t("written", { sheets: r.sheets.join(", ") }),
        });
      }
    } catch (e) {
      setMessage({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      writingNow.current = false;
      setWriting(false);
    }
  }

  const busy = !!progress;
  return (
    <div className={styles.root}>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        aria-label={s.unitFiles}
        role="group"
      >
        <strong>{s.unitFiles}</strong>
        <div className={styles.row}>
          <FileButton label={s.chooseFiles} accept={REPORT_FILE_TYPES} multiple onFiles={addFiles} disabled={busy} />
          <span>{s.dropHere}</span>
        </div>
        <ChosenFiles
          files={files}
          disabled={busy}
          onRemove={(i) => setFiles((prev) => prev.filter((_, j) => j !== i))}
          onClear={() => setFiles([])}
        />
      </div>
      <Field label={s.roster}>
        <div className={styles.row}>
          <FileButton
            label={s.rosterFile}
            accept=".csv,.txt,.xlsx,.xls,.ods"
            onFiles={(f) => void readRoster(() => host.rosterFromFile(f[0]))}
          />
          {host.rosterFromSheet && sheets.length > 0 && (
            <Select
              aria-label={s.rosterSheet}
              onChange={(_, d) =>
                d.value ? void readRoster(() => host.rosterFromSheet!(d.value)) : setRoster(undefined)
              }
            >
              <option value="">{s.rosterSheet}</option>
              {sheets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          )}
        </div>
      </Field>
      <Field label={s.deadline} hint={s.deadlineHint}>
        <Input value={deadline} onChange={(_, d) => setDeadline(d.value)} placeholder={s.deadlinePlaceholder} />
      </Field>
      <Field label={s.asUnit} hint={s.asUnitHint} required validationMessage={asUnitProblem}>
        <Input value={asUnit} onChange={(_, d) => setAsUnit(d.value)} />
      </Field>
      <Field label={s.consolidateLevel}>
        <Select value={level} onChange={(_, d) => setLevel(LevelSchema.parse(d.value))}>
          <option value="tinh">{s.levelTinh}</option>
          <option value="xa">{s.levelXa}</option>
          <option value="huyen">{s.levelHuyen}</option>
        </Select>
      </Field>
      <Button appearance="primary" disabled={files.length === 0 || busy} onClick={() => void run()}>
        {s.read}
      </Button>
      {progress && <ReadProgress done={progress.done} total={progress.total} onStop={() => abort.current?.abort()} />}
      {message && (
        <AskingStatus
          message={message}
          replaceLabel={s.replace}
          cancelLabel={s.cancel}
          onReplace={() => void write(true)}
          onCancel={() => setMessage(null)}
        />
      )}
      {summary && read && (
        <ConsolidateResults
          summary={summary}
          actions={{
            writeLabel: host.kind === "excel" ? s.writeSummary : s.downloadSummary,
            writing,
            onWrite: () => void write(false),
            onPeriod: (p) => compute(read, p, []),
            onKeep: (f) => compute(read, choice.period, [...choice.keep, f]),
          }}
        />
      )}
      {unread && <FileTable files={unread} />}
    </div>
  );
}
