// What a consolidation went by: the period (and the others found, to choose another), the deadline applied and
// where it came from, the roster used (its file or sheet, and how many units) or that there was none, and the
// system files left out.
import { Field, Select } from "@fluentui/react-components";
import type { Summary } from "../../core/consolidate";
import { formatVnDate } from "../../core/dates";
import { consolidation } from "../../core/i18n/messages";
import { baseName } from "../../core/paths";
import type { Level } from "../../core/templates";
import type { UiKey } from "../i18n";
import { useStrings } from "./lang";
import type { ChosenRoster } from "./use-roster";

const LEVEL_NAME: Record<Level, UiKey> = { xa: "levelNameXa", huyen: "levelNameHuyen", tinh: "levelNameTinh" };

export function ResultContext({
  summary,
  roster,
  onPeriod,
}: {
  summary: Summary;
  roster?: ChosenRoster;
  onPeriod: (period: string) => void;
}) {
  const { s, t, lang } = useStrings();
  const date = summary.deadline ? formatVnDate(summary.deadline) : "—";
  const others = summary.periodChoice.found
    .filter((p) => p.period !== summary.period)
    .map((p) => t("periodOption", { period: p.period, n: p.files }));
  const rosterLine = !roster
    ? s.rosterNone
    : t(roster.fromSheet ? "rosterUsedSheet" : "rosterUsedFile", { source: roster.source, n: roster.entries.length });
  return (
    <>
      <div>{consolidation.period(summary.period, summary.periodChoice.source, date, others)[lang]}</div>
      {summary.periodChoice.found.length > 1 && (
        <Field label={s.periodChoice}>
          <Select value={summary.period} onChange={(_, d) => onPeriod(d.value)}>
            {summary.periodChoice.found.map((p) => (
              <option key={p.period} value={p.period}>
                {t("periodOption", { period: p.period, n: p.files })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div>
        {summary.deadlineSource === "option"
          ? t("deadlineGiven", { date })
          : t("deadlineTemplate", {
              date,
              level: s[LEVEL_NAME[summary.deadlineLevel]],
              above: s[LEVEL_NAME[summary.meta.level]],
            })}
      </div>
      <div>{rosterLine}</div>
      {summary.skipped.length > 0 && <div>{consolidation.skipped(summary.skipped.map(baseName))[lang]}</div>}
    </>
  );
}
