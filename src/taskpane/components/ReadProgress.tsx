// A long read: how far it is, and a button that stops it. Shared by
// Tổng hợp and Kiểm tra số liệu.
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "./lang";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  bar: { flexGrow: 1, minWidth: 0 },
});

export function ReadProgress({ done, total, onStop }: { done: number; total: number; onStop: () => void }) {
  const { s, t } = useStrings();
  const styles = useStyles();
  const label = t("reading", { done, total });
  return (
    <div className={styles.row}>
      <Field className={styles.bar} validationMessage={label} validationState="none">
        <ProgressBar value={total ? done / total : 0} aria-label={label} />
      </Field>
      <Button onClick={onStop}>{s.cancelRead}</Button>
    </div>
  );
}
