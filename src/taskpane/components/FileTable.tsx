// Every file of a consolidation in one table (a FileRow each): what needs attention first, a filter by status,
// sortable columns. Long lists come 50 rows at a time.
import {
  Button,
  Field,
  Select,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { FileOutcome } from "../../core/consolidate";
import { baseName } from "../../core/paths";
import { FileRow } from "./FileRow";
import { FILTERS, matches, sortFiles, type FileFilter, type SortKey } from "./file-status";
import { fmt } from "../i18n";
import { useStrings } from "./lang";
import { NARROW } from "./narrow";

const PAGE = 50;

// Narrow, each file is a card (FileRow); the headers stay, as sort buttons.
const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%", [`@media ${NARROW}`]: { display: "block" } },
  body: { [`@media ${NARROW}`]: { display: "block" } },
  head: { [`@media ${NARROW}`]: { display: "flex", flexWrap: "wrap" } },
});

export function FileTable({ files, onKeep }: { files: FileOutcome[]; onKeep?: (file: string) => void }) {
  const { s, t } = useStrings();
  const styles = useStyles();
  const [filter, setFilter] = useState<FileFilter>("all");
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "attention", ascending: true });
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(
    () =>
      sortFiles(
        files.filter((f) => matches(f, filter)),
        sort.key,
        sort.ascending,
        (f) => baseName(f.file),
      ),
    [files, filter, sort],
  );
  const filterLabel: Record<FileFilter, string> = {
    all: s.filterAll,
    problems: s.filterProblems,
    included: s.filterIncluded,
    rejected: s.filterRejected,
    conflict: s.filterConflict,
    older: s.filterOlder,
    late: s.filterLate,
  };
  const header = (key: SortKey, label: string) => (
    <TableHeaderCell
      sortDirection={sort.key === key ? (sort.ascending ? "ascending" : "descending") : undefined}
      onClick={() => setSort((o) => ({ key, ascending: o.key === key ? !o.ascending : true }))}
      aria-label={t("sortBy", { column: label })}
    >
      {label}
    </TableHeaderCell>
  );

  return (
    <>
      <Field label={s.filter}>
        <Select value={filter} onChange={(_, d) => (setFilter(d.value as FileFilter), setShown(PAGE))}>
          {FILTERS.map((f) => {
            const n = files.filter((x) => matches(x, f)).length;
            return (
              (f === "all" || n > 0) && (
                <option key={f} value={f}>
                  {fmt(filterLabel[f], { n })}
                </option>
              )
            );
          })}
        </Select>
      </Field>
      <Table className={styles.table} size="small" sortable aria-label={s.filesTable}>
        <TableHeader className={styles.body}>
          <TableRow className={styles.head}>
            {header("file", s.file)}
            {header("attention", s.status)}
            {header("findings", s.findings)}
          </TableRow>
        </TableHeader>
        <TableBody className={styles.body}>
          {rows.slice(0, shown).map((f) => (
            <FileRow key={f.file} file={f} onKeep={onKeep} />
          ))}
        </TableBody>
      </Table>
      {rows.length > shown && (
        <div>
          <span>{t("shownOf", { shown, total: rows.length })}</span>{" "}
          <Button size="small" onClick={() => setShown((n) => n + PAGE)}>
            {t("showMore", { n: Math.min(PAGE, rows.length - shown) })}
          </Button>
        </div>
      )}
    </>
  );
}
