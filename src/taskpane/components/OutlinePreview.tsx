// The template an outline makes, before it is used: its title whole (with the period the outline names), its
// sections nesting as in the outline (I. › 1. › a)), each table where it stands, with its real header (a
// group's name over its columns, as the report prints it) and each column's kind, which the user may switch.
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { bodyTable } from "../../core/document/tables";
import { textWidthMm } from "../../core/form/decree30";
import { parsePeriod, periodTitle } from "../../core/meta";
import { ownValue } from "../../core/records";
import { fieldTitle, type TallyTable, type Template } from "../../core/templates";
import { DocumentTable } from "./DocumentTable";
import { useStrings } from "./lang";

export type Kind = "count" | "money";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  title: { fontWeight: tokens.fontWeightSemibold, textAlign: "center" },
  tree: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalL },
  top: { paddingLeft: 0 },
  table: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  kinds: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The section a section sits in: "I.4" for "I.4.a", none for "I". */
const parentOf = (id: string) => (id.includes(".") ? id.slice(0, id.lastIndexOf(".")) : undefined);

function TablePreview({
  template,
  table,
  kinds,
  onKind,
}: {
  template: Template;
  table: TallyTable;
  kinds: Record<string, Kind>;
  onKind: (field: string, kind: Kind) => void;
}) {
  const { s } = useStrings();
  const styles = useStyles();
  const name = table.caption ?? table.name;
  return (
    <div className={styles.table}>
      <strong>{name}</strong>
      <DocumentTable table={bodyTable(table, {}, {}, textWidthMm("portrait"))} label={name} rows={false} />
      <div className={styles.kinds}>
        {table.groups.flatMap((g) =>
          g.fields.map((f) => (
            <Field key={f.id} label={fieldTitle(template, f.id)} size="small">
              <Select
                size="small"
                value={ownValue(kinds, f.id) ?? f.kind}
                onChange={(_, d) => onKind(f.id, d.value as Kind)}
              >
                <option value="count">{s.kindCount}</option>
                <option value="money">{s.kindMoney}</option>
              </Select>
            </Field>
          )),
        )}
      </div>
    </div>
  );
}

export function OutlinePreview({
  template,
  period,
  kinds,
  onKind,
}: {
  template: Template;
  /** The period the outline's title names, printed in the title as a report will print it. */
  period?: string;
  kinds: Record<string, Kind>;
  onKind: (field: string, kind: Kind) => void;
}) {
  const styles = useStyles();
  const p = period ? parsePeriod(template, period) : null;
  const branch = (parent: string | undefined, top = false) => {
    const here = template.sections.filter((x) => parentOf(x.id) === parent);
    if (here.length === 0) return null;
    return (
      <ul className={`${styles.tree} ${top ? styles.top : ""}`}>
        {here.map((sec) => (
          <li key={sec.id}>
            {parent === undefined ? <strong>{sec.heading}</strong> : sec.heading}
            {branch(sec.id)}
            {template.tables
              .filter((x) => x.afterSection === sec.id)
              .map((table) => (
                <TablePreview key={table.id} template={template} table={table} kinds={kinds} onKind={onKind} />
              ))}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <div className={styles.root}>
      <div className={styles.title}>{template.title.replace("{period}", p ? periodTitle(p) : "…")}</div>
      {branch(undefined, true)}
    </div>
  );
}
