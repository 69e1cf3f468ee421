// Every file of a consolidation in one table: what needs attention first, a
// filter by status, sortable columns, errors and warnings told apart, the
// reason in the row of a file that does not count, and "Giữ bản này" to settle
// a conflict. Long lists come 50 rows at a time.
import {
  Badge,
  Button,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { FileOutcome, FileStatus } from "../../core/consolidate";
import { fileStatusKey, statusWord } from "../../core/i18n/status";
import { baseName } from "../../core/paths";
import {
  errorsOf,
  FILTERS,
  matches,
  needsChoice,
  sortFiles,
  warningsOf,
  type FileFilter,
  type SortKey,
} from "./file-status";
import { fmt } from "../i18n";
import { useStrings } from "./lang";

const PAGE = 50;

// Below this width (Excel's pane is 320 px) each file becomes a card: name, then status and reason, then
// findings, each the full width, instead of three columns a few words wide. The headers stay, as sort buttons.
const NARROW = "@media (max-width: 480px)";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%", [NARROW]: { display: "block" } },
  body: { [NARROW]: { display: "block" } },
  head: { [NARROW]: { display: "flex", flexWrap: "wrap" } },
  row: {
    [NARROW]: {
      display: "block",
      height: "auto",
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
    },
  },
  // Pills grow to hold their label at 320 px instead of letting it spill out.
  pill: { whiteSpace: "normal", height: "auto", minHeight: "20px", maxWidth: "100%", textAlign: "center" },
  name: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  small: { display: "block", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  reason: { display: "block", overflowWrap: "anywhere", marginTop: tokens.spacingVerticalXXS },
  cell: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    [NARROW]: { display: "block", width: "auto", height: "auto", paddingTop: "2px", paddingBottom: "2px" },
  },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

const STATUS_COLOR: Record<FileStatus, BadgeProps["color"]> = {
  included: "success",
  superseded: "informative",
  duplicate: "informative",
  conflict: "danger",
  held: "warning",
  rejected: "danger",
  feedback: "brand",
};

export function FileTable({ files, onKeep }: { files: FileOutcome[]; onKeep?: (file: string) => void }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [filter, setFilter] = useState<FileFilter>("all");
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "attention", ascending: true });
  const [shown, setShown] = useState(PAGE);
  const name = (f: FileOutcome) => baseName(f.file);
  const rows = useMemo(
    () =>
      sortFiles(
        files.filter((f) => matches(f, filter)),
        sort.key,
        sort.ascending,
        name,
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
      <Table className={styles.table} size="small" sortable aria-label={s.tabConsolidate}>
        <TableHeader className={styles.body}>
          <TableRow className={styles.head}>
            {header("file", s.file)}
            {header("attention", s.status)}
            {header("findings", s.findings)}
          </TableRow>
        </TableHeader>
        <TableBody className={styles.body}>
          {rows.slice(0, shown).map((f) => {
            const errors = errorsOf(f);
            const warnings = warningsOf(f);
            return (
              <TableRow key={f.file} className={styles.row}>
                <TableCell className={styles.cell}>
                  <span className={styles.name}>{name(f)}</span>
                  <span className={styles.small}>{f.rosterName ?? f.unit ?? ""}</span>
                </TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.badges}>
                    <Badge className={styles.pill} appearance="tint" color={STATUS_COLOR[f.status]}>
                      {statusWord(fileStatusKey(f), lang, "short")}
                    </Badge>
                    {f.late && (
                      <Badge className={styles.pill} appearance="outline" color="warning">
                        {s.late}
                      </Badge>
                    )}
                  </div>
                  {f.status !== "included" && f.reason && <span className={styles.reason}>{f.reason[lang]}</span>}
                  {needsChoice(f) && onKeep && (
                    <Button size="small" onClick={() => onKeep(f.file)}>
                      {s.keep}
                    </Button>
                  )}
                </TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.badges}>
                    {errors > 0 && (
                      <Badge className={styles.pill} appearance="filled" color="danger">
                        {t("nErrors", { n: errors })}
                      </Badge>
                    )}
                    {warnings > 0 && (
                      <Badge className={styles.pill} appearance="outline" color="warning">
                        {t("nWarnings", { n: warnings })}
                      </Badge>
                    )}
                    {errors + warnings === 0 && f.status !== "rejected" && <span>{s.noFindings}</span>}
                  </div>
                  {f.findings.length > 0 && (
                    <details>
                      <summary>{s.details}</summary>
                      <ul className={styles.list}>
                        {[...f.findings]
                          .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
                          .map((x, i) => (
                            <li key={i}>
                              <strong>{x.severity === "error" ? s.error : s.warning}</strong>:{" "}
                              {x.cell ? `[${x.cell}] ` : ""}
                              {x.message[lang]}
                            </li>
                          ))}
                      </ul>
                    </details>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
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
