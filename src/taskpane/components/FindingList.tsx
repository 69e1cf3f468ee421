// Findings grouped by table in the template's order (Bảng 1, 2, 3, then the
// rest), errors first within each; each names its cell. In Excel a cell button
// goes to the cell, and "Sửa" applies a clear correction.
import { Badge, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../core/i18n/messages";
import type { Finding } from "../../core/vocabulary";
import { useStrings } from "./lang";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function FindingList({
  findings,
  tableNames,
  onGoTo,
  onFix,
}: {
  findings: Finding[];
  tableNames: Record<string, string>;
  onGoTo?: (f: Finding) => void;
  onFix?: (f: Finding) => void;
}) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  // tableNames lists the template's tables in order: their groups come first, in that order.
  const groups = new Map<string, Finding[]>(Object.values(tableNames).map((name) => [name, []]));
  for (const f of [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))) {
    const name = (f.table && tableNames[f.table]) || s.general;
    groups.set(name, [...(groups.get(name) ?? []), f]);
  }
  return (
    <div>
      {[...groups.entries()]
        .filter(([, list]) => list.length > 0)
        .map(([name, list]) => (
          <section key={name} aria-label={name}>
            <Subtitle2 as="h3">{name}</Subtitle2>
            <ul className={styles.list}>
              {list.map((f, i) => (
                <li key={`${f.code}-${f.cell}-${i}`} className={styles.item}>
                  <div className={styles.row}>
                    <Badge appearance="filled" color={f.severity === "error" ? "danger" : "warning"}>
                      {f.severity === "error" ? s.error : s.warning}
                    </Badge>
                    {f.cell &&
                      (onGoTo ? (
                        <Button size="small" appearance="subtle" onClick={() => onGoTo(f)}>
                          {t("goTo", { cell: f.cell })}
                        </Button>
                      ) : (
                        <Caption1>{f.cell}</Caption1>
                      ))}
                    {onFix && f.suggestion !== undefined && (
                      <Button size="small" onClick={() => onFix(f)}>
                        {t("fix", { value: formatNumber(f.suggestion, lang) })}
                      </Button>
                    )}
                  </div>
                  <span>{f.message[lang]}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
