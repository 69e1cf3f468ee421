// "Cùng kỳ năm trước": the picker beside the roster (last period's summary, a report typed with its totals,
// or its unit reports), and what the comparison came to after Tổng hợp: each table's ready sentences, where
// last period came from, how many cells moved too far from a unit's own history; or why last period cannot
// be compared, with a button to compare with the period it is of all the same.
import { Button, Field, makeStyles, tokens } from "@fluentui/react-components";
import type { Summary } from "../../core/consolidate";
import { againstWords } from "../../core/i18n/compare";
import { FileButton } from "./FileButton";
import { useStrings } from "./lang";
import { Status } from "./Status";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

/** Formats of last period's files: a workbook, or an archive of reports. */
const PREVIOUS_FILE_TYPES = ".xlsx,.xlsm,.xls,.ods,.zip";

export function PreviousPeriodPicker({
  files,
  disabled,
  onFiles,
  onForget,
}: {
  files: File[];
  disabled: boolean;
  onFiles: (files: File[]) => void;
  onForget: () => void;
}) {
  const { s, t } = useStrings();
  const styles = useStyles();
  return (
    <Field label={s.previousPeriod} hint={s.previousHint}>
      <div className={styles.row}>
        <FileButton
          label={s.choosePrevious}
          accept={PREVIOUS_FILE_TYPES}
          multiple
          onFiles={onFiles}
          disabled={disabled}
        />
        {files.length > 0 && (
          <>
            <span>{t("previousChosen", { files: files.map((f) => f.name).join(", ") })}</span>
            <Button appearance="subtle" onClick={onForget} disabled={disabled}>
              {s.forgetPrevious}
            </Button>
          </>
        )}
      </div>
    </Field>
  );
}

export function ComparisonView({ summary, onCompareWith }: { summary: Summary; onCompareWith: (p: string) => void }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const c = summary.comparison;
  if (!c) return null;
  if (!c.ok)
    return (
      <Status
        intent="warning"
        actions={(c.found ?? []).map((p) => (
          <Button key={p} onClick={() => onCompareWith(p)}>
            {t("compareWith", { period: p })}
          </Button>
        ))}
      >
        <strong>{s.comparisonRefused}</strong>: {c.message[lang]}
      </Status>
    );
  const head = t("comparisonHead", {
    against: againstWords(c.sameTime, c.previousPeriod)[lang],
    period: c.previousPeriod,
  });
  const flagged = (c.units ?? []).reduce((n, u) => n + u.flagged.length, 0);
  return (
    <section className={styles.root} aria-label={head}>
      <h3>{head}</h3>
      {flagged > 0 && <Status intent="warning">{t("historyWarnings", { n: flagged })}</Status>}
      {c.sentences
        .filter((x) => x.lines.length > 0)
        .map((x) => (
          <details key={x.table} open>
            <summary>{x.name}</summary>
            <ul className={styles.list}>
              {x.lines.map((l) => (
                <li key={l.vi}>{l[lang]}</li>
              ))}
            </ul>
          </details>
        ))}
      <ul className={styles.notes}>
        {c.notes.map((n) => (
          <li key={n.vi}>{n[lang]}</li>
        ))}
      </ul>
    </section>
  );
}
