// A roster file's bytes → roster, whatever the office saved: CSV or text in
// UTF-8 (with or without BOM), UTF-16 or Windows-1258; .xlsx, .xls or .ods.
// Judged by its bytes, not its name. Throws RosterError with the reason.
import { sniff } from "../core/file-kind";
import { rosterMessages } from "../core/i18n/roster";
import { parseRosterCsv, RosterError, rosterFromGrid, type RosterEntry } from "../core/roster";
import { decodeText } from "../core/text-decode";
import { readLegacy } from "./legacy";
import { readXlsx } from "./read";
import { ReadError } from "./read-error";
import { failureOf } from "./report-file";

async function grid(bytes: Uint8Array) {
  try {
    // The lean reader knows .xlsx; SheetJS the rest (.xls, .ods).
    return readXlsx(bytes);
  } catch (e) {
    if (e instanceof ReadError && (e.code === "xls_binary" || e.code === "no_workbook")) return readLegacy(bytes);
    throw e;
  }
}

export async function readRosterBytes(bytes: Uint8Array): Promise<RosterEntry[]> {
  try {
    switch (sniff(bytes)) {
      case "empty":
        throw new RosterError(rosterMessages.emptyFile());
      case "pdf":
      case "image":
        throw new RosterError(rosterMessages.notATable());
      case "zip":
      case "cfb":
        return rosterFromGrid(await grid(bytes));
      default:
        return parseRosterCsv(decodeText(bytes).text);
    }
  } catch (e) {
    if (e instanceof ReadError) throw new RosterError(failureOf(e).message);
    throw e;
  }
}
