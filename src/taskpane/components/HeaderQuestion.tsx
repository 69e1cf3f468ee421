// "3 tên nhóm trên 6 cột: mỗi nhóm 2 cột?": a table of the outline whose upper header row does not say how
// many columns each group name covers (a Word table's merged cells, pasted). The question is the outline
// reader's (core/templates/outline-header.ts); the columns of each name are typed here, filled in with the
// split it proposes, and used once they add up.
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Localized } from "../../core/i18n/lang";
import type { HeaderQuestion as Question } from "../../core/templates/outline-header";
import { useStrings } from "./lang";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  spans: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  span: { width: "9em", maxWidth: "100%" },
});

export function HeaderQuestion({
  question,
  message,
  onAnswer,
}: {
  question: Question;
  /** The reader's question in words. */
  message: Localized;
  onAnswer: (spans: number[]) => void;
}) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [typed, setTyped] = useState(() => (question.suggested ?? question.labels.map(() => 1)).map(String));
  const spans = typed.map((x) => Number(x));
  const sum = spans.reduce((a, b) => a + (Number.isInteger(b) ? b : 0), 0);
  const fits = spans.every((n) => Number.isInteger(n) && n >= 1) && sum === question.columns;
  return (
    <fieldset className={styles.box}>
      <legend>{s.headerQuestion}</legend>
      <div>{message[lang]}</div>
      <div className={styles.spans}>
        {question.labels.map((label, i) => (
          <Field key={i} label={t("headerColumnsOf", { label })} className={styles.span}>
            <Input
              type="number"
              min={1}
              value={typed[i]}
              onChange={(_, d) => setTyped((x) => x.map((v, j) => (j === i ? d.value : v)))}
            />
          </Field>
        ))}
      </div>
      <div aria-live="polite">{t("headerColumnsSum", { sum, columns: question.columns })}</div>
      <Button appearance="primary" disabled={!fits} onClick={() => onAnswer(spans)}>
        {s.headerColumnsUse}
      </Button>
    </fieldset>
  );
}
