// A roster from an uploaded file: CSV text or a workbook's first sheet.
import { parseRosterCsv, rosterFromGrid, type RosterEntry } from "../../core/roster";
import { readXlsx } from "../../xlsx/read";
import type { FileLike } from "../../worker/pool";

export async function rosterFromFile(file: FileLike): Promise<RosterEntry[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.(xlsx|xlsm)$/i.test(file.name)) return rosterFromGrid(readXlsx(bytes));
  return parseRosterCsv(new TextDecoder("utf-8").decode(bytes));
}
