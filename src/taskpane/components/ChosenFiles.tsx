// The files chosen or dropped, each with a button to take it out again before
// reading. Whatever their kind, all are read: a .docx or a picture gets its
// reason in the results instead of vanishing.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "./lang";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "240px", overflowY: "auto", width: "100%" },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  name: { overflowWrap: "anywhere", minWidth: 0 },
});

export function ChosenFiles({
  files,
  onRemove,
  onClear,
  disabled,
}: {
  files: File[];
  onRemove: (i: number) => void;
  onClear: () => void;
  disabled: boolean;
}) {
  const { s, t } = useStrings();
  const styles = useStyles();
  if (files.length === 0) return null;
  return (
    <details open={files.length <= 12}>
      <summary aria-live="polite">{t("filesChosen", { n: files.length })}</summary>
      <ul className={styles.list} aria-label={s.filesChosenList}>
        {files.map((f, i) => (
          <li key={`${f.name}-${i}`} className={styles.item}>
            <span className={styles.name}>{f.name}</span>
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled}
              aria-label={t("removeFile", { file: f.name })}
              onClick={() => onRemove(i)}
            >
              ✕
            </Button>
          </li>
        ))}
      </ul>
      <Button size="small" disabled={disabled} onClick={onClear}>
        {s.removeAll}
      </Button>
    </details>
  );
}
