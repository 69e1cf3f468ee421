// "Mẫu báo cáo": pick a template, say who reports for which period, insert
// the report (Excel) or download it (browser). Remembered per workbook.
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ReportMeta } from "../../core/meta";
import { metaMessages } from "../../core/i18n/meta-messages";
import { reportMetaFromInput, type MetaProblem } from "../../core/meta-input";
import { builtInTemplates, findTemplate, type Template } from "../../core/templates";
import type { Host, InsertForm, WriteResult } from "../host/types";
import { useStrings } from "./lang";
import { OutlineBox } from "./OutlineBox";
import { ReportDocument } from "./ReportDocument";
import { AskingStatus, type AskingMessage } from "./Status";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

const EMPTY: InsertForm = {
  templateId: "thang-hanh-dong",
  unitName: "",
  unitCode: "",
  level: "xa",
  period: String(new Date().getFullYear()),
  reportDate: "",
};

type Problems = Partial<Record<keyof InsertForm, string>>;

export function InsertPanel({ host }: { host: Host }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [form, setForm] = useState<InsertForm>(() => ({ ...EMPTY, ...host.recallForm() }));
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AskingMessage | null>(null);
  // A template made from an outline in this pane, until the pane is closed.
  const [custom, setCustom] = useState<Template | null>(null);
  const template =
    (custom && form.templateId === custom.id ? custom : findTemplate(form.templateId)) ?? builtInTemplates()[0];
  const periodHint = template.periodKind === "half-or-year" ? s.periodHintHalf : s.periodHintYear;
  const set = (k: keyof InsertForm) => (_: unknown, d: { value: string }) => setForm((f) => ({ ...f, [k]: d.value }));

  /** A problem in the pane's words, under its field; the level is a list of valid levels, so never wrong. */
  function said(x: MetaProblem): string {
    if (x.field === "period") return t("badPeriod", { hint: periodHint });
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

  async function run(replace: boolean) {
    const meta = check();
    if (!meta) return;
    setBusy(true);
    setResult(null);
    try {
      const r: WriteResult = await host.insertReport(template, meta, replace);
      host.rememberForm(form);
      if (!r.ok) setResult({ intent: "warning", text: t("replaceAsk", { sheets: r.existing.join(", ") }), ask: true });
      else if (r.downloaded) setResult({ intent: "success", text: t("downloaded", { file: r.downloaded }) });
      else {
        const renamed = r.renamed.map((x) => " " + t("renamed", x)).join("");
        setResult({ intent: "success", text: t("inserted", { sheets: r.sheets.join(", ") }) + renamed });
      }
    } catch (e) {
      setResult({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(false);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field label={s.template}>
        <Select value={form.templateId} onChange={set("templateId")}>
          {[...(custom ? [custom] : []), ...builtInTemplates().filter((x) => x.id !== custom?.id)].map((x) => (
            <option key={x.id} value={x.id}>
              {x.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {custom && form.templateId === custom.id && <div>{t("outlineUsed", { name: custom.name[lang] })}</div>}
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
      <Field label={s.period} required validationMessage={problems.period} hint={periodHint}>
        <Input value={form.period} onChange={set("period")} />
      </Field>
      <Field label={s.reportDate} validationMessage={problems.reportDate}>
        <Input value={form.reportDate} onChange={set("reportDate")} placeholder="03/07/2024" />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        {s[host.labels.insertReport]}
      </Button>
      <OutlineBox
        onUse={(made) => {
          setCustom(made);
          setForm((f) => ({ ...f, templateId: made.id }));
        }}
      />
      {result && <AskingStatus message={result} onReplace={() => void run(true)} onCancel={() => setResult(null)} />}
      <ReportDocument host={host} />
    </form>
  );
}
