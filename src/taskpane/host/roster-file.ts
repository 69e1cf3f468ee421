// A roster from an uploaded file: CSV/text in any encoding offices use, or a
// workbook's first sheet (.xlsx, .xls, .ods). Throws RosterError with the reason.
import type { RosterEntry } from "../../core/roster";
import { readRosterBytes } from "../../xlsx/roster-file";
import type { FileLike } from "../../worker/pool";

export async function rosterFromFile(file: FileLike): Promise<RosterEntry[]> {
  return readRosterBytes(new Uint8Array(await file.arrayBuffer()));
}
