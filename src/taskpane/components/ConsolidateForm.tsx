// What Tổng hợp asks before reading: the units' files (UnitFilesField), a roster (RosterField), last period to
// compare with (PreviousPeriodPicker), the deadline, the consolidating unit and its level; then "Đọc và tổng
// hợp", with progress and a stop button, and why a run came to nothing right under it.
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { LevelSchema } from "../../core/templates";
import type { Host } from "../host/types";
import { PreviousPeriodPicker } from "./Comparison";
import { useStrings } from "./lang";
import { ReadProgress } from "./ReadProgress";
import { RosterField } from "./RosterField";
import { AskingStatus } from "./Status";
import { UnitFilesField } from "./UnitFilesField";
import type { ConsolidationJob } from "./use-consolidation";

export function ConsolidateForm({ host, job }: { host: Host; job: ConsolidationJob }) {
  const { s } = useStrings();
  const busy = !!job.progress;
  return (
    <>
      <UnitFilesField chosen={job.chosen} disabled={busy} />
      <RosterField host={host} roster={job.roster} />
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
      <Button appearance="primary" disabled={job.chosen.files.length === 0 || busy} onClick={() => void job.run()}>
        {s.read}
      </Button>
      {job.progress && <ReadProgress done={job.progress.done} total={job.progress.total} onStop={job.stop} />}
      {job.message && <AskingStatus message={job.message} onCancel={job.dismissMessage} />}
    </>
  );
}
