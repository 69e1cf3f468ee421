// What Tổng hợp asks before reading: the units' files (picker or drag and
// drop, any kind: each gets what happened to it), a roster (a file, or a sheet
// of the open workbook when there is one), last period to compare with, the deadline, the consolidating
// unit and its level; then "Đọc và tổng hợp", with progress and a stop button.
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type DragEvent } from "react";
import { REPORT_FILE_TYPES } from "../../core/intake";
import { LevelSchema } from "../../core/templates";
import type { Host } from "../host/types";
import { ChosenFiles } from "./ChosenFiles";
import { PreviousPeriodPicker } from "./Comparison";
import { FileButton } from "./FileButton";
import { useStrings } from "./lang";
import { ReadProgress } from "./ReadProgress";
import type { ConsolidationJob } from "./use-consolidation";

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

export function ConsolidateForm({ host, job }: { host: Host; job: ConsolidationJob }) {
  const { s } = useStrings();
  const styles = useStyles();
  const { workbook } = host;
  const [dragging, setDragging] = useState(false);
  // The open workbook's sheets, any of which may hold the roster.
  const [sheets, setSheets] = useState<string[]>([]);
  useEffect(() => {
    // No sheets (or no answer) changes nothing: the list simply stays empty.
    const show = (names: string[]) => setSheets((shown) => (names.length + shown.length === 0 ? shown : names));
    if (workbook) void workbook.sheetNames().then(show, () => show([]));
  }, [workbook]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    job.addFiles(Array.from(e.dataTransfer.files));
  };
  const busy = !!job.progress;
  return (
    <>
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
            onFiles={job.addFiles}
            disabled={busy}
          />
          <span>{s.dropHere}</span>
        </div>
        <ChosenFiles files={job.files} disabled={busy} onRemove={job.removeFile} onClear={job.clearFiles} />
      </div>
      <Field label={s.roster}>
        <div className={styles.row}>
          <FileButton
            label={s.rosterFile}
            accept=".csv,.txt,.xlsx,.xls,.ods"
            onFiles={(f) => void job.loadRoster(() => host.rosterFromFile(f[0]))}
          />
          {workbook && sheets.length > 0 && (
            <Select
              aria-label={s.rosterSheet}
              onChange={(_, d) =>
                d.value ? void job.loadRoster(() => workbook.rosterFromSheet(d.value)) : job.forgetRoster()
              }
            >
              <option value="">{s.rosterSheet}</option>
              {sheets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          )}
        </div>
      </Field>
      <PreviousPeriodPicker
        files={job.previousFiles}
        disabled={busy}
        onFiles={job.choosePrevious}
        onForget={job.forgetPrevious}
      />
      <Field label={s.deadline} hint={s.deadlineHint}>
        <Input
          value={job.form.deadline}
          onChange={(_, d) => job.setForm({ deadline: d.value })}
          placeholder={s.deadlinePlaceholder}
        />
      </Field>
      <Field
        label={s.consolidatingUnit}
        hint={s.consolidatingUnitHint}
        required
        validationMessage={job.consolidatingUnitProblem}
      >
        <Input value={job.form.consolidatingUnit} onChange={(_, d) => job.setForm({ consolidatingUnit: d.value })} />
      </Field>
      <Field label={s.consolidateLevel}>
        <Select value={job.form.level} onChange={(_, d) => job.setForm({ level: LevelSchema.parse(d.value) })}>
          <option value="tinh">{s.levelTinh}</option>
          <option value="xa">{s.levelXa}</option>
          <option value="huyen">{s.levelHuyen}</option>
        </Select>
      </Field>
      <Button appearance="primary" disabled={job.files.length === 0 || busy} onClick={() => void job.run()}>
        {s.read}
      </Button>
      {job.progress && <ReadProgress done={job.progress.done} total={job.progress.total} onStop={job.stop} />}
    </>
  );
}
