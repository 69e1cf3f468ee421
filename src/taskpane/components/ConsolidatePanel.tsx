// "Tổng hợp": choose the units' files (picker or drag and drop) and a roster,
// read them in Web Workers with a progress bar and a stop button, see each
// file's status, then create the summary (sheets in Excel, a download in a browser).
import {
  Badge,
  Button,
  Field,
  Input,
  ProgressBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { consolidate, type FileStatus, type Summary } from "../../core/consolidate";
import { parseVnDate } from "../../core/dates";
import { consolidation } from "../../core/i18n/messages";
import { LevelSchema, type Level } from "../../core/templates";
import { REPORT_FILE_TYPES } from "../../core/intake";
import { RosterError, type RosterEntry } from "../../core/roster";
import { baseName } from "../../core/paths";
import { CancelledError } from "../../worker/pool";
import type { Host } from "../host/types";
import { useStrings } from "./lang";
import { FileButton } from "./FileButton";
import { useLeaveGuard } from "./leave-guard";
import { AskingStatus, Status, type AskingMessage } from "./Status";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  drop: { border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  table: { tableLayout: "auto", width: "100%" },
});

const STATUS_COLOR: Record<FileStatus, BadgeProps["color"]> = { included: "success", superseded: "informative", duplicate: "informative", conflict: "danger", rejected: "danger" };

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
  // Today's two tiers: a province consolidates its communes (district level abolished in July 2025).
  const [level, setLevel] = useState<Level>(() => LevelSchema.safeParse(remembered?.level).data ?? "tinh");
  const [saved, setSaved] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [message, setMessage] = useState<AskingMessage | null>(null);
  const abort = useRef<AbortController | null>(null);

  useLeaveGuard((files.length > 0 || summary !== null) && !saved);

  useEffect(() => {
    if (host.rosterSheets) void host.rosterSheets().then(setSheets, () => setSheets([]));
  }, [host]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    // Every dropped file is read and gets a status (a .xls, a .zip, a picture…), as on the command line.
    const dropped = Array.from(e.dataTransfer.files);
    if (dropped.length) setFiles((prev) => [...prev, ...dropped]);
  };

  async function readRoster(load: () => Promise<RosterEntry[]>) {
    try {
      const r = await load();
      setRoster(r.length ? r : undefined);
      setMessage(r.length ? { intent: "info", text: t("rosterLoaded", { n: r.length }) } : null);
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof RosterError ? e.why[lang] : t("failed", { message: (e as Error).message }) });
    }
  }

  async function run() {
    const due = deadline.trim() ? parseVnDate(deadline) : undefined;
    if (due === null) {
      setMessage({ intent: "error", text: s.badDate });
      return;
    }
    setSummary(null);
    setSaved(false);
    setMessage(null);
    host.rememberConsolidateForm({ asUnit: asUnit.trim(), level });
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: files.length });
    try {
      const skipped: string[] = [];
      const parsed = await host.parseFiles(files, (done, total) => setProgress({ done, total }), controller.signal, (names) => skipped.push(...names));
      const result = consolidate(parsed, {
        roster,
        skipped,
        deadline: due,
        asUnit: asUnit.trim() ? { name: asUnit.normalize("NFC").trim(), level } : undefined,
      });
      if (!result || result.units.length === 0) setMessage({ intent: "error", text: s.nothing });
      else setSummary(result);
    } catch (e) {
      setMessage(e instanceof CancelledError ? { intent: "warning", text: s.cancelled } : { intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      setProgress(null);
      abort.current = null;
    }
  }

  async function write(replace: boolean) {
    if (!summary) return;
    try {
      const r = await host.writeSummary(summary, replace);
      if (!r.ok) setMessage({ intent: "warning", text: t("replaceAsk", { sheets: r.existing.join(", ") }), ask: true });
      else {
        setSaved(true);
        setMessage({ intent: "success", text: r.downloaded ? t("downloaded", { file: r.downloaded }) : t("written", { sheets: r.sheets.join(", ") }) });
      }
    } catch (e) {
      setMessage({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    }
  }

  const statusLabel = (st: FileStatus) => s[st];
  const included = summary?.files.filter((f) => f.status === "included").length ?? 0;
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
          <FileButton label={s.chooseFiles} accept={REPORT_FILE_TYPES} multiple onFiles={(f) => setFiles((prev) => [...prev, ...f])} disabled={!!progress} />
          <span>{s.dropHere}</span>
        </div>
        {files.length > 0 && <span aria-live="polite">{t("filesChosen", { n: files.length })}</span>}
      </div>
      <Field label={s.roster}>
        <div className={styles.row}>
          <FileButton label={s.rosterFile} accept=".csv,.txt,.xlsx,.xls,.ods" onFiles={(f) => void readRoster(() => host.rosterFromFile(f[0]))} />
          {host.rosterFromSheet && sheets.length > 0 && (
            <Select aria-label={s.rosterSheet} onChange={(_, d) => (d.value ? void readRoster(() => host.rosterFromSheet!(d.value)) : setRoster(undefined))}>
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
      <Field label={s.deadline}>
        <Input value={deadline} onChange={(_, d) => setDeadline(d.value)} placeholder="03/07/2024" />
      </Field>
      <Field label={s.asUnit} hint={s.asUnitHint}>
        <Input value={asUnit} onChange={(_, d) => setAsUnit(d.value)} />
      </Field>
      <Field label={s.consolidateLevel}>
        <Select value={level} onChange={(_, d) => setLevel(LevelSchema.parse(d.value))}>
          <option value="tinh">{s.levelTinh}</option>
          <option value="xa">{s.levelXa}</option>
          <option value="huyen">{s.levelHuyen}</option>
        </Select>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={files.length === 0 || !!progress} onClick={() => void run()}>
          {s.read}
        </Button>
        {progress && <Button onClick={() => abort.current?.abort()}>{s.cancelRead}</Button>}
      </div>
      {progress && (
        <Field validationMessage={t("reading", progress)} validationState="none">
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} aria-label={t("reading", progress)} />
        </Field>
      )}
      {message && <AskingStatus message={message} replaceLabel={s.replace} cancelLabel={s.cancel} onReplace={() => void write(true)} onCancel={() => setMessage(null)} />}
      {summary && (
        <section aria-label={s.tabConsolidate}>
          <Status intent="info">
            {t("summaryLine", { included, files: summary.files.length })}{" "}
            {summary.rosterGiven && (summary.missing.length ? t("missing", { units: summary.missing.map((m) => m.name).join(", ") }) : s.noneMissing)}{" "}
            {summary.late.length > 0 && t("lateUnits", { units: summary.late.join(", ") })}{" "}
            {summary.skipped.length > 0 && consolidation.skipped(summary.skipped.map(baseName))[lang]}
          </Status>
          <Table className={styles.table} size="small" aria-label={s.tabConsolidate}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.file}</TableHeaderCell>
                <TableHeaderCell>{s.status}</TableHeaderCell>
                <TableHeaderCell>{s.findings}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.files.map((f) => {
                const errors = f.findings.filter((x) => x.severity === "error");
                const warnings = f.findings.filter((x) => x.severity === "warning");
                return (
                  <TableRow key={f.file}>
                    <TableCell>
                      <div>{baseName(f.file)}</div>
                      <small>{f.rosterName ?? f.unit ?? ""}</small>
                    </TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={STATUS_COLOR[f.status]}>
                        {statusLabel(f.status)}
                      </Badge>{" "}
                      {f.late && (
                        <Badge appearance="tint" color="warning">
                          {s.late}
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell>
                      {errors.length}/{warnings.length}
                      {(f.reason || f.findings.length > 0) && (
                        <details>
                          <summary>{s.details}</summary>
                          <ul>
                            {f.reason && <li>{f.reason[lang]}</li>}
                            {f.findings.map((x, i) => (
                              <li key={i}>
                                {x.cell ? `[${x.cell}] ` : ""}
                                {x.message[lang]}
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Button appearance="primary" onClick={() => void write(false)}>
            {host.kind === "excel" ? s.writeSummary : s.downloadSummary}
          </Button>
        </section>
      )}
    </div>
  );
}
