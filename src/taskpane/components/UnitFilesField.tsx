// The units' files for Tổng hợp: a picker or drag and drop, any kind (each gets what happened to it), the list
// chosen with a button to take each out, "Bỏ hết" with an undo, and a word when a file chosen again is not
// added twice.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useState, type DragEvent } from "react";
import { REPORT_FILE_TYPES } from "../../core/file-kind";
import { ChosenFiles } from "./ChosenFiles";
import { FileButton } from "./FileButton";
import { useStrings } from "./lang";
import { AskingStatus } from "./Status";
import type { ChosenFilesState } from "./use-chosen-files";

const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    alignItems: "stretch",
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export function UnitFilesField({ chosen, disabled }: { chosen: ChosenFilesState; disabled: boolean }) {
  const { s, t } = useStrings();
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    chosen.add(Array.from(e.dataTransfer.files));
  };
  return (
    <div
      className={`${styles.drop} ${dragging ? styles.dropActive : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      aria-label={s.unitFiles}
      role="group"
    >
      <strong>{s.unitFiles}</strong>
      <div className={styles.row}>
        <FileButton
          label={s.chooseFiles}
          accept={REPORT_FILE_TYPES}
          multiple
          onFiles={chosen.add}
          disabled={disabled}
        />
        <span>{s.dropHere}</span>
      </div>
      {chosen.again.length > 0 && (
        <div role="status">{t("chosenAgain", { n: chosen.again.length, files: chosen.again.join(", ") })}</div>
      )}
      <ChosenFiles files={chosen.files} disabled={disabled} onRemove={chosen.remove} onClear={chosen.clear} />
      {chosen.cleared && (
        <AskingStatus
          message={{
            intent: "info",
            text: t("filesCleared", { n: chosen.cleared.length }),
            confirm: "undo",
            cancel: "close",
          }}
          onConfirm={chosen.undoClear}
          onCancel={chosen.dismissCleared}
        />
      )}
    </div>
  );
}
