// The roster of Tổng hợp and where it came from (a file's name, or a sheet of the open workbook), so the pane
// can name it beside the field, let it be removed, and say in the results which roster was used; or why the
// file chosen is not one.
import { useState } from "react";
import { RosterError, type RosterEntry } from "../../core/roster";
import { useStrings } from "./lang";

export interface ChosenRoster {
  entries: RosterEntry[];
  /** The file's name, or the sheet's. */
  source: string;
  fromSheet: boolean;
}

export function useRoster() {
  const { t, lang } = useStrings();
  const [roster, setRoster] = useState<ChosenRoster | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  return {
    roster,
    problem,
    async load(source: string, fromSheet: boolean, read: () => Promise<RosterEntry[]>) {
      try {
        const entries = await read();
        setRoster(entries.length ? { entries, source, fromSheet } : undefined);
        setProblem(entries.length ? undefined : t("rosterEmpty", { source }));
      } catch (e) {
        setRoster(undefined);
        setProblem(e instanceof RosterError ? e.why[lang] : t("failed", { message: (e as Error).message }));
      }
    },
    forget() {
      setRoster(undefined);
      setProblem(undefined);
    },
  };
}

export type RosterState = ReturnType<typeof useRoster>;
