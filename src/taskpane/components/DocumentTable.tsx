// A tally table of the document model (core/document/tables.ts: the two-level merged header of a "columns"
// table, or STT | Chỉ tiêu | Đơn vị tính | Số liệu of a "rows" one) drawn in the page as the summary and the
// Word document print it — the same grouping, labels and column shares — with numbers in the pane's language
// (1.500.000 in Vietnamese). Narrow (Excel's 320 px pane) a table reads as two columns, label and value: the
// "rows" layout of the same table, its number and unit folded into the label.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Table, TableCell, ValueFormat } from "../../core/document/model";
import { formatNumber, formatPercent } from "../../core/i18n/format";
import type { Lang } from "../i18n";
import { useStrings } from "./lang";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      overflowWrap: "anywhere",
      verticalAlign: "middle",
    },
    "& th": { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  italic: { fontStyle: "italic" },
});

/** A value as the pane shows it: numbers and rates in the pane's language, text as it is, nothing for none. */
export function shownValue(value: TableCell["value"], format: ValueFormat, lang: Lang): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (format === "rate") return formatPercent(value, lang);
  return format === "number" ? formatNumber(value, lang) : String(value);
}

/** The table as the document lays it out; `rows` false draws the header alone (a template's preview). */
export function DocumentTable({ table, label, rows = true }: { table: Table; label: string; rows?: boolean }) {
  const { lang } = useStrings();
  const styles = useStyles();
  const total = table.columns.reduce((n, c) => n + c.widthMm, 0);
  return (
    <table className={styles.table} aria-label={label}>
      <colgroup>
        {table.columns.map((c, i) => (
          <col key={i} style={{ width: `${((100 * c.widthMm) / total).toFixed(2)}%` }} />
        ))}
      </colgroup>
      <thead>
        {table.header.map((row, r) => (
          <tr key={r}>
            {row.map((c, i) => (
              // "col" for a group's name too: Chromium exposes a "colgroup" header as a plain cell.
              <th key={i} colSpan={c.colSpan} rowSpan={c.rowSpan} scope="col">
                {c.text}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      {rows && (
        <tbody>
          {table.rows.map((row, r) => {
            let col = 0;
            return (
              <tr key={r} className={row.bold ? styles.bold : row.italic ? styles.italic : undefined}>
                {row.cells.map((c, i) => {
                  const format = c.format ?? table.columns[col]?.format ?? "text";
                  col += c.colSpan ?? 1;
                  return (
                    <td key={i} colSpan={c.colSpan} className={format === "text" ? undefined : styles.number}>
                      {shownValue(c.value, format, lang)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      )}
    </table>
  );
}

/**
 * A "rows" table (STT | Chỉ tiêu | Đơn vị tính | Số liệu) as two columns, label and value, for a narrow pane:
 * a group's row spans both, a field's label carries its unit ("Kinh phí (đồng)"), a rate its "%".
 */
export function NarrowTable({ table, label }: { table: Table; label: string }) {
  const { lang } = useStrings();
  const styles = useStyles();
  const [, head, , value] = table.header[0];
  return (
    <table className={styles.table} aria-label={label}>
      <colgroup>
        <col style={{ width: "62%" }} />
        <col style={{ width: "38%" }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{head.text}</th>
          <th scope="col">{value.text}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => {
          if (row.cells.length < 4) {
            // A group's row: its label (a group without one, of one-level columns, has no row of its own).
            const group = row.cells[1]?.value;
            return group ? (
              <tr key={r} className={styles.bold}>
                <td colSpan={2}>{group}</td>
              </tr>
            ) : null;
          }
          const [, name, unit, v] = row.cells;
          const format = v.format ?? table.columns[3]?.format ?? "number";
          return (
            <tr key={r} className={row.italic ? styles.italic : undefined}>
              <td>{unit.value && unit.value !== "%" ? `${name.value} (${unit.value})` : name.value}</td>
              <td className={styles.number}>{shownValue(v.value, format, lang)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
