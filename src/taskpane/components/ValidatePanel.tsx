// "Kiểm tra số liệu": in Excel, checks the open workbook (go to a cell, mark,
// unmark, fix); in a browser, checks uploaded files.
import { Button, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { REPORT_FILE_TYPES } from "../../core/intake";
import type { Finding, Localized } from "../../core/report";
import { validateReport } from "../../core/validate";
import type { Host } from "../host/types";
import { useStrings } from "./lang";
import { FileButton } from "./FileButton";
import { FindingList } from "./FindingList";
import { Status } from "./Status";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }, bar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" } });

interface Checked {
  title?: string;
  findings: Finding[] | null;
  failure?: string;
  tableNames: Record<string, string>;
}

export function ValidatePanel({ host }: { host: Host }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked[] | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Unmarked; a message when some cells were left out (their sheet is gone, or has a password).
  const unmarked = (r: boolean | Localized) => (r ? setNote(typeof r === "object" ? r[lang] : s.unmarked) : undefined);
  const guard = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(t("failed", { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const checkWorkbook = () =>
    guard(async () => {
      setNote(null);
      const r = await host.checkActive!();
      setChecked([{ findings: r.findings, failure: r.failure?.[lang], tableNames: r.tableNames }]);
    });

  const checkFiles = (files: File[]) =>
    guard(async () => {
      const parsed = await host.parseFiles(files, () => undefined, new AbortController().signal);
      setChecked(
        parsed.map((u) =>
          u.read.ok
            ? {
                title: `${u.file} — ${u.read.report.meta.unitName}`,
                findings: validateReport(u.read.report),
                tableNames: Object.fromEntries(u.read.report.template.tables.map((x) => [x.id, x.name])),
              }
            : { title: u.file, findings: null, failure: u.read.failure.message[lang], tableNames: {} },
        ),
      );
    });

  const all = (checked ?? []).flatMap((c) => c.findings ?? []);
  const inExcel = host.kind === "excel" && host.checkActive;
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        {inExcel ? (
          <Button appearance="primary" onClick={() => void checkWorkbook()} disabled={busy}>
            {s.checkWorkbook}
          </Button>
        ) : (
          <FileButton label={s.checkFiles} accept={REPORT_FILE_TYPES} multiple onFiles={(f) => void checkFiles(f)} disabled={busy} />
        )}
        {inExcel && host.mark && all.length > 0 && (
          <Button onClick={() => void guard(async () => (await host.mark!(all), setNote(s.marked)))} disabled={busy}>
            {s.mark}
          </Button>
        )}
        {inExcel && host.unmark && (
          <Button onClick={() => void guard(async () => unmarked(await host.unmark!()))} disabled={busy}>
            {s.unmark}
          </Button>
        )}
      </div>
      {busy && <Spinner size="tiny" label={s.checking} />}
      {error && <Status intent="error">{error}</Status>}
      {note && <Status intent="info">{note}</Status>}
      {checked?.map((c, i) => {
        if (!c.findings) return <Status key={i} intent="error">{c.title ? `${c.title}: ` : ""}{c.failure ?? s.notAReport}</Status>;
        const errors = c.findings.filter((f) => f.severity === "error").length;
        const warnings = c.findings.length - errors;
        return (
          <section key={i} aria-label={c.title ?? s.tabValidate}>
            {c.title && <Subtitle2 as="h2">{c.title}</Subtitle2>}
            <Status intent={errors > 0 ? "error" : "success"}>{errors > 0 ? t("notReady", { errors, warnings }) : warnings > 0 ? t("readyWarnings", { warnings }) : s.ready}</Status>
            <FindingList
              findings={c.findings}
              tableNames={c.tableNames}
              onGoTo={inExcel && host.goTo ? (f) => void guard(() => host.goTo!(f)) : undefined}
              onFix={inExcel && host.fix ? (f) => void guard(async () => (await host.fix!(f), await checkWorkbook())) : undefined}
            />
          </section>
        );
      })}
    </div>
  );
}
