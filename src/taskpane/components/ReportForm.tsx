// Who reports, for which period (chosen as people say it: "Năm 2024", "6 tháng đầu năm 2024"), dated when;
// then the report inserted (Excel) or downloaded (browser). A report date outside the period is asked about
// first; the answer to the click — downloaded, inserted, or a question — comes right under the button, with
// focus. The form is remembered per workbook (Excel) or browser.
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { formatVnDate } from "../../core/dates";
import { metaMessages } from "../../core/i18n/meta-messages";
import { dateFitsPeriod, parsePeriod, type ReportMeta } from "../../core/meta";
import { reportMetaFromInput, type MetaProblem } from "../../core/meta-input";
import type { Template } from "../../core/templates";
import type { Host, InsertForm, WriteResult } from "../host/types";
import { useStrings } from "./lang";
import { periodChoices } from "./period-choices";
import { AskingStatus, type AskingMessage } from "./Status";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

type Problems = Partial<Record<keyof InsertForm, string>>;
/** What the click goes on to do once a question is answered: insert, and replace what is there. */
type Step = { dateChecked: boolean; replace: boolean };

export function ReportForm({
  host,
  template,
  form,
  onChange,
}: {
  host: Host;
  template: Template;
  form: InsertForm;
  onChange: (change: Partial<InsertForm>) => void;
}) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<(AskingMessage & { next?: Step }) | null>(null);
  const set = (k: keyof InsertForm) => (_: unknown, d: { value: string }) => onChange({ [k]: d.value });
  const periods = periodChoices(template, new Date().getFullYear(), [form.period]);

  /** A problem in the pane's words, under its field; level and period are chosen from lists, so never wrong. */
  function said(x: MetaProblem): string {
    if (x.kind === "bad_date") return metaMessages.badDate(x.text)[lang];
    if (x.kind === "bad_code") return metaMessages.badCode(x.max)[lang];
    // Of the form's fields only the unit's name has a length the schema limits.
    if (x.kind === "too_long") return metaMessages.tooLong(s.unitName, x.max)[lang];
    return s.unitNameRequired;
  }

  function check(): ReportMeta | null {
    const checked = reportMetaFromInput(template, form);
    const p: Problems = {};
    if ("problems" in checked) for (const x of checked.problems) p[x.field as keyof Problems] ??= said(x);
    setProblems(p);
    return "meta" in checked ? checked.meta : null;
  }

  async function run(step: Step) {
    const meta = check();
    if (!meta) return setResult(null);
    const period = parsePeriod(template, meta.period);
    if (!step.dateChecked && meta.reportDate && period && !dateFitsPeriod(period, meta.reportDate)) {
      const name = metaMessages.periodName(period.year, period.span === "half");
      const text = metaMessages.dateOutsidePeriod(formatVnDate(meta.reportDate), name)[lang];
      return setResult({ intent: "warning", text, confirm: "keepPeriod", next: { ...step, dateChecked: true } });
    }
    setBusy(true);
    setResult(null);
    try {
      const r: WriteResult = await host.insertReport(template, meta, step.replace);
      host.rememberForm(form);
      const sheets = (x: string[]) => x.join(", ");
      if (!r.ok)
        setResult({
          intent: "warning",
          text: t("replaceAsk", { sheets: sheets(r.existing) }),
          confirm: "replace",
          next: { dateChecked: true, replace: true },
        });
      else if (r.downloaded) setResult({ intent: "success", text: t("downloaded", { file: r.downloaded }) });
      else {
        const renamed = r.renamed.map((x) => " " + t("renamed", x)).join("");
        setResult({ intent: "success", text: t("inserted", { sheets: sheets(r.sheets) }) + renamed });
      }
    } catch (e) {
      setResult({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run({ dateChecked: false, replace: false });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={s.reportDetails}>
      <Field label={s.unitName} required validationMessage={problems.unitName} hint={s.unitNameHint}>
        <Input value={form.unitName} onChange={set("unitName")} />
      </Field>
      <Field label={s.unitCode} validationMessage={problems.unitCode}>
        <Input value={form.unitCode} onChange={set("unitCode")} />
      </Field>
      <Field label={s.level}>
        <Select value={form.level} onChange={set("level")}>
          <option value="xa">{s.levelXa}</option>
          <option value="huyen">{s.levelHuyen}</option>
          <option value="tinh">{s.levelTinh}</option>
        </Select>
      </Field>
      <Field label={s.period} required>
        <Select value={form.period} onChange={set("period")}>
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.reportDate} validationMessage={problems.reportDate}>
        <Input value={form.reportDate} onChange={set("reportDate")} placeholder="03/07/2024" />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        {s[host.labels.insertReport]}
      </Button>
      {result && (
        <AskingStatus
          message={result}
          onConfirm={() => result.next && void run(result.next)}
          onCancel={() => setResult(null)}
        />
      )}
    </form>
  );
}
