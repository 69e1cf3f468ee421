// "Mẫu báo cáo": which template (TemplateChoice: built in, or the user's own, kept), a template made from a
// plan's outline (OutlineBox, under its own heading), the unit's details and period, then the report inserted
// (Excel) or downloaded (browser) (ReportForm); and, from a filled report, the document to sign (ReportDocument).
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { builtInTemplates, findTemplate, type Template } from "../../core/templates";
import type { Host, InsertForm } from "../host/types";
import { useStrings } from "./lang";
import { OutlineBox } from "./OutlineBox";
import { periodFor } from "./period-choices";
import { ReportDocument } from "./ReportDocument";
import { ReportForm } from "./ReportForm";
import { TemplateChoice } from "./TemplateChoice";
import { useKeptTemplates } from "./use-kept-templates";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  outline: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  heading: { display: "inline" },
});

const THIS_YEAR = new Date().getFullYear();

const EMPTY: InsertForm = {
  templateId: "thang-hanh-dong",
  unitName: "",
  unitCode: "",
  level: "xa",
  period: String(THIS_YEAR),
  reportDate: "",
};

export function InsertPanel({ host }: { host: Host }) {
  const { s } = useStrings();
  const styles = useStyles();
  const kept = useKeptTemplates(host);
  const [form, setForm] = useState<InsertForm>(() => ({ ...EMPTY, ...host.recallForm() }));
  const template: Template =
    kept.templates.find((x) => x.id === form.templateId) ?? findTemplate(form.templateId) ?? builtInTemplates()[0];
  // The period shown always fits the template: another template keeps the year.
  const shown = { ...form, templateId: template.id, period: periodFor(template, form.period, THIS_YEAR) };
  const change = (c: Partial<InsertForm>) => setForm((f) => ({ ...f, ...c }));
  // A template chosen (or made from an outline, with its period) stays chosen when the pane opens again.
  const choose = (c: Partial<InsertForm>) => {
    const next = { ...form, ...c };
    setForm(next);
    host.rememberForm(next);
  };
  // Open when there is a kept outline to come back to; after that, as the user leaves it.
  const [outlineOpen] = useState(() => !!kept.outline);

  return (
    <div className={styles.root}>
      <TemplateChoice host={host} kept={kept} template={template} onChoose={(templateId) => choose({ templateId })} />
      <details className={styles.outline} open={outlineOpen}>
        <summary className={styles.summary}>
          <Subtitle2 as="h2" className={styles.heading}>
            {s.outlineTitle}
          </Subtitle2>
        </summary>
        <OutlineBox
          kept={kept}
          onUse={(made, period) => choose({ templateId: made.id, ...(period ? { period } : {}) })}
        />
      </details>
      <ReportForm host={host} template={template} form={shown} onChange={change} />
      <ReportDocument host={host} />
    </div>
  );
}
