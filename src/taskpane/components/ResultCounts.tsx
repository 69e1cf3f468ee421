// A consolidation's counts, as sums that add up: the files by the words of their badges (each file once:
// "32 tệp: 29 đã tổng hợp, 1 bản cũ, 2 không hợp lệ."), how a .zip made more files than were chosen, the
// counted files with error cells, and the roster's units by what became of them; late ones said apart.
import type { Summary } from "../../core/consolidate";
import { ARCHIVE_SEP } from "../../core/paths";
import { statusWord, type StatusKey } from "../../core/i18n/status";
import { needsAttention, statusCounts, withErrors } from "./file-status";
import { useStrings } from "./lang";
import { Status } from "./Status";
import type { ChosenRoster } from "./use-roster";

export function ResultCounts({
  summary,
  chosen,
  roster,
  id,
}: {
  summary: Summary;
  chosen: number;
  roster?: ChosenRoster;
  /** The line's id: the result's heading is described by it, so focus on the heading reads the counts. */
  id?: string;
}) {
  const { t, lang } = useStrings();
  const word = (key: StatusKey) => statusWord(key, lang, "short").toLocaleLowerCase(lang);
  const files = summary.files;
  const byStatus = statusCounts(files).map(({ key, n }) => `${n} ${word(key)}`);
  const lines = [t("countSum", { n: files.length, parts: byStatus.join(", ") })];
  if (chosen > 0 && chosen !== files.length && files.some((f) => f.file.includes(ARCHIVE_SEP)))
    lines.push(t("countFromZip", { chosen, n: files.length }));
  const errors = withErrors(files).length;
  if (errors > 0)
    lines.push(t("countWithErrors", { n: errors, included: files.filter((f) => f.status === "included").length }));
  const units = [
    [summary.units.length, word("included")],
    [summary.unresolved.length, word("unresolved")],
    [summary.missing.length, word("missing")],
  ]
    .filter(([n], i) => i === 0 || (n as number) > 0)
    .map(([n, w]) => `${n} ${w}`)
    .join("; ");
  const all = summary.units.length + summary.unresolved.length + summary.missing.length;
  if (!summary.rosterGiven) lines.push(t("countUnitsNoRoster", { units }));
  else if (roster && roster.entries.length === all) lines.push(t("countRosterUnits", { n: all, units }));
  else lines.push(t("countUnits", { units }));
  if (summary.late.length > 0) lines.push(t("countLate", { n: summary.late.length }));
  return (
    <Status intent={needsAttention(summary) ? "warning" : "success"}>
      <span id={id}>{lines.join(" ")}</span>
    </Status>
  );
}
