// The roster for Tổng hợp: a file (CSV in any encoding offices save, .xlsx, .xls, .ods) or a sheet of the open
// workbook; once read, named beside the field with its number of units and a button to remove it; or why the
// file is not a roster.
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Host } from "../host/types";
import { FileButton } from "./FileButton";
import { useStrings } from "./lang";
import type { RosterState } from "./use-roster";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  name: { overflowWrap: "anywhere", minWidth: 0 },
});

export function RosterField({ host, roster }: { host: Host; roster: RosterState }) {
  const { s, t } = useStrings();
  const styles = useStyles();
  const { workbook } = host;
  // The open workbook's sheets, any of which may hold the roster.
  const [sheets, setSheets] = useState<string[]>([]);
  useEffect(() => {
    // No sheets (or no answer) changes nothing: the list simply stays empty.
    const show = (names: string[]) => setSheets((shown) => (names.length + shown.length === 0 ? shown : names));
    if (workbook) void workbook.sheetNames().then(show, () => show([]));
  }, [workbook]);
  const chosen = roster.roster;

  return (
    <Field label={s.roster} validationMessage={roster.problem}>
      <div className={styles.column}>
        <div className={styles.row}>
          <FileButton
            label={s.rosterFile}
            accept=".csv,.txt,.xlsx,.xls,.ods"
            onFiles={(f) => void roster.load(f[0].name, false, () => host.rosterFromFile(f[0]))}
          />
          {workbook && sheets.length > 0 && (
            <Select
              aria-label={s.rosterSheet}
              value={chosen?.fromSheet ? chosen.source : ""}
              onChange={(_, d) =>
                d.value ? void roster.load(d.value, true, () => workbook.rosterFromSheet(d.value)) : roster.forget()
              }
            >
              <option value="">{s.rosterSheet}</option>
              {sheets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          )}
        </div>
        {chosen && (
          <div className={styles.row} role="status">
            <span className={styles.name}>
              {t(chosen.fromSheet ? "rosterFromSheet" : "rosterFromFile", {
                source: chosen.source,
                n: chosen.entries.length,
              })}
            </span>
            <Button size="small" onClick={roster.forget} aria-label={t("removeRoster", { source: chosen.source })}>
              {s.removeRosterShort}
            </Button>
          </div>
        )}
      </div>
    </Field>
  );
}
