// "Tạo mẫu từ đề cương": paste a plan's outline, answer what it leaves unsaid (how many columns a merged group
// name covers), preview the template made from it (OutlinePreview), then use it for the report: the period
// its title names is filled in, and the confirmation takes focus where the user is. The outline, the kinds
// chosen and the answers are kept until the user clears them; the template used is kept too (its identity
// stays the same when the report is made again). The report made carries the template, so whoever receives
// it needs no file.
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { metaMessages } from "../../core/i18n/meta-messages";
import { parsePeriod } from "../../core/meta";
import type { Template } from "../../core/templates";
import { templateFromOutline, type OutlineResult } from "../../core/templates/outline";
import { ownValue } from "../../core/records";
import type { GroupColumns } from "../../core/templates/outline-header";
import { checkUserTemplate } from "../../core/templates/user-template";
import { HeaderQuestion } from "./HeaderQuestion";
import { useStrings } from "./lang";
import { OutlinePreview, type Kind } from "./OutlinePreview";
import { AskingStatus, type AskingMessage } from "./Status";
import type { KeptTemplatesState } from "./use-kept-templates";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

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

export function OutlineBox({
  kept,
  onUse,
}: {
  kept: KeptTemplatesState;
  /** The template to report on, and the period its outline names. */
  onUse: (t: Template, period?: string) => void;
}) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [text, setText] = useState(kept.outline?.text ?? "");
  const [kinds, setKinds] = useState<Record<string, Kind>>(kept.outline?.kinds ?? {});
  const [answers, setAnswers] = useState<GroupColumns>(kept.outline?.groupColumns ?? {});
  // The kept outline comes back previewed, as it was left.
  const [result, setResult] = useState<OutlineResult | null>(() =>
    kept.outline?.text.trim() ? templateFromOutline(kept.outline.text, { groupColumns: answers }) : null,
  );
  const [used, setUsed] = useState<AskingMessage | null>(null);
  const template = result?.template;
  const asked = new Set(result?.questions.map((q) => q.line));

  const preview = (groupColumns: GroupColumns) => {
    setAnswers(groupColumns);
    setResult(templateFromOutline(text, { groupColumns }));
    setUsed(null);
    kept.keepOutline({ text, kinds, groupColumns });
  };
  const chooseKind = (field: string, kind: Kind) => {
    const next = { ...kinds, [field]: kind };
    setKinds(next);
    kept.keepOutline({ text, kinds: next, groupColumns: answers });
  };
  const use = (made: Template) => {
    const chosen = withKinds(made, kinds);
    if (!chosen) return;
    kept.keep(chosen);
    onUse(chosen, result?.period);
    const p = result?.period ? parsePeriod(chosen, result.period) : null;
    const period = p ? metaMessages.periodName(p.year, p.span === "half")[lang] : undefined;
    setUsed({
      intent: "success",
      text: t("outlineUsed", { name: chosen.name[lang] }) + (period ? ` ${t("outlinePeriod", { period })}` : ""),
    });
  };
  const clear = () => {
    setText("");
    setKinds({});
    setAnswers({});
    setResult(null);
    setUsed(null);
    kept.keepOutline(undefined);
  };

  return (
    <div className={styles.box}>
      <Field label={s.outlineText} hint={s.outlineHint}>
        <Textarea
          value={text}
          onChange={(_, d) => setText(d.value)}
          onBlur={() => kept.keepOutline({ text, kinds, groupColumns: answers })}
          rows={6}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => preview(answers)} disabled={!text.trim()}>
          {s.outlinePreview}
        </Button>
        {(text || result) && <Button onClick={clear}>{s.outlineClear}</Button>}
      </div>
      {result && result.problems.some((p) => !asked.has(p.line) || p.severity !== "error") && (
        <ul className={styles.problems} aria-label={s.outlineProblems}>
          {result.problems
            .filter((p) => !asked.has(p.line) || p.severity !== "error")
            .map((p, i) => (
              <li key={i}>
                <strong>{p.severity === "error" ? s.error : s.warning}</strong>: {p.message[lang]}
              </li>
            ))}
        </ul>
      )}
      {result?.questions.map((q) => (
        <HeaderQuestion
          key={`${q.line}:${q.labels.join("|")}:${q.columns}`}
          question={q}
          message={
            result.problems.find((p) => p.line === q.line && p.severity === "error")?.message ?? { vi: "", en: "" }
          }
          onAnswer={(spans) => preview({ ...answers, [q.line]: spans })}
        />
      ))}
      {template && (
        <section aria-label={s.outlinePreviewLabel} className={styles.box}>
          <OutlinePreview template={template} period={result?.period} kinds={kinds} onKind={chooseKind} />
          <Button appearance="primary" onClick={() => use(template)}>
            {s.outlineUse}
          </Button>
          {used && <AskingStatus message={used} onCancel={() => setUsed(null)} />}
        </section>
      )}
    </div>
  );
}
