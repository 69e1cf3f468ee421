// The totals of a consolidation as the summary prints them: each tally table under its caption, grouped and
// labelled as the summary workbook's report sheet and the Word document lay it out (core/document/tables.ts),
// rates where the template has them; narrow, label | value. Said first when the totals leave error cells out.
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Summary } from "../../core/consolidate";
import { bodyTable } from "../../core/document/tables";
import { textWidthMm } from "../../core/form/decree30";
import { consolidation } from "../../core/i18n/messages";
import { DocumentTable, NarrowTable } from "./DocumentTable";
import { useStrings } from "./lang";
import { useNarrow } from "./narrow";
import { Status } from "./Status";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  caption: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", marginTop: tokens.spacingVerticalXS },
});

export function TotalsView({ summary }: { summary: Summary }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const narrow = useNarrow();
  const head = useId();
  const width = textWidthMm("portrait");
  const incomplete = summary.incomplete;
  return (
    <section className={styles.root} aria-labelledby={head}>
      <Subtitle2 as="h3" id={head}>
        {t("totalsHead", { period: summary.period })}
      </Subtitle2>
      {incomplete && (
        <Status intent="warning">
          {consolidation.incomplete(incomplete.errorCells, incomplete.units, incomplete.missingFields)[lang]}
        </Status>
      )}
      {summary.template.tables.map((table) => {
        const name = table.caption ?? table.name;
        return (
          <div key={table.id} className={styles.root}>
            <div className={styles.caption}>{name}</div>
            {narrow ? (
              <NarrowTable
                table={bodyTable({ ...table, orientation: "rows" }, summary.totals, summary.rates, width)}
                label={name}
              />
            ) : (
              <DocumentTable table={bodyTable(table, summary.totals, summary.rates, width)} label={name} />
            )}
          </div>
        );
      })}
    </section>
  );
}
