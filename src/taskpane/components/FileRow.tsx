// One file of a consolidation in the table: its name and unit; its status (the badge's word), "Muộn", the
// reason when it does not count and "Giữ bản này" where a choice is needed; its errors and warnings told
// apart, each listed under "Chi tiết". Narrow (Excel's 320 px pane), the row is a card: each cell full width.
import { Badge, Button, TableCell, TableRow, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import type { FileOutcome, FileStatus } from "../../core/consolidate";
import { fileStatusKey, statusWord } from "../../core/i18n/status";
import { baseName } from "../../core/paths";
import { errorsOf, needsChoice, warningsOf } from "./file-status";
import { useStrings } from "./lang";
import { NARROW } from "./narrow";

const useStyles = makeStyles({
  row: {
    [`@media ${NARROW}`]: {
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
    [`@media ${NARROW}`]: { display: "block", width: "auto", height: "auto", paddingTop: "2px", paddingBottom: "2px" },
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

export function FileRow({ file: f, onKeep }: { file: FileOutcome; onKeep?: (file: string) => void }) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const errors = errorsOf(f);
  const warnings = warningsOf(f);
  return (
    <TableRow className={styles.row}>
      <TableCell className={styles.cell}>
        <span className={styles.name}>{baseName(f.file)}</span>
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
                    <strong>{x.severity === "error" ? s.error : s.warning}</strong>: {x.cell ? `[${x.cell}] ` : ""}
                    {x.message[lang]}
                  </li>
                ))}
            </ul>
          </details>
        )}
      </TableCell>
    </TableRow>
  );
}
