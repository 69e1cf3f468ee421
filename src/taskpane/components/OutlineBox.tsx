// "Tạo mẫu từ đề cương": paste a plan's outline, preview the template made
// from it (sections, tables, each column with its guessed kind, switchable),
// then use it for the report below. The report inserted or downloaded carries
// the template, so whoever receives it needs no file.
import { Button, Field, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { fieldTitle, type Template } from "../../core/templates";
import { templateFromOutline, type OutlineResult } from "../../core/templates/outline";
import { ownValue } from "../../core/records";
import { checkUserTemplate } from "../../core/templates/user-template";
import { useStrings } from "./lang";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  column: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

type Kind = "count" | "money";

/** The template with the kinds the user chose, checked again as any user template is. */
function withKinds(t: Template, kinds: Record<string, Kind>): Template | null {
  const tables = t.tables.map((table) => ({
    ...table,
    groups: table.groups.map((g) => ({
      ...g,
      fields: g.fields.map((f) => ({ ...f, kind: ownValue(kinds, f.id) ?? f.kind })),
    })),
  }));
  const checked = checkUserTemplate({ ...t, tables });
  return checked.ok ? checked.template : null;
}

export function OutlineBox({ onUse }: { onUse: (t: Template) => void }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [text, setText] = useState("");
  const [result, setResult] = useState<OutlineResult | null>(null);
  const [kinds, setKinds] = useState<Record<string, Kind>>({});
  const template = result?.template;

  return (
    <div className={styles.box}>
      <Field label={s.outlineTitle} hint={s.outlineHint}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={6} resize="vertical" />
      </Field>
      <Button
        onClick={() => {
          setResult(templateFromOutline(text));
          setKinds({});
        }}
        disabled={!text.trim()}
      >
        {s.outlinePreview}
      </Button>
      {result?.problems.map((p, i) => (
        <div key={i}>{t("outlineLine", { line: p.line, message: p.message[lang] })}</div>
      ))}
      {template && (
        <section aria-label={s.outlinePreviewLabel}>
          <strong>{template.title.replace("{period}", "…")}</strong>
          <ul>
            {template.sections.map((sec) => (
              <li key={sec.id}>{sec.heading}</li>
            ))}
          </ul>
          {template.tables.map((table) => (
            <div key={table.id}>
              <strong>{table.caption ?? table.name}</strong>
              {table.groups.flatMap((g) =>
                g.fields.map((f) => (
                  <div key={f.id} className={styles.column}>
                    <Field label={fieldTitle(template, f.id)} orientation="horizontal">
                      <Select
                        value={ownValue(kinds, f.id) ?? f.kind}
                        onChange={(_, d) => setKinds((k) => ({ ...k, [f.id]: d.value as Kind }))}
                      >
                        <option value="count">{s.kindCount}</option>
                        <option value="money">{s.kindMoney}</option>
                      </Select>
                    </Field>
                  </div>
                )),
              )}
            </div>
          ))}
          <Button
            appearance="primary"
            onClick={() => {
              const chosen = withKinds(template, kinds);
              if (chosen) onUse(chosen);
            }}
          >
            {s.outlineUse}
          </Button>
        </section>
      )}
    </div>
  );
}
