// Last period from the files a user picks, the same in Excel and in a browser: one workbook (last period's
// summary, or a report typed with its totals) read here with its tables by unit; one archive read as an
// inbox; several files read by the workers as last period's unit reports.
import type { PreviousInput } from "../../core/compare/types";
import { compareMessages } from "../../core/i18n/compare";
import { digest } from "../../worker/digest";
import type { FileLike, ParseFiles } from "../../worker/pool";
import { readPreviousBytes } from "../../xlsx/previous";

export function previousFromFiles(parseFiles: ParseFiles) {
  return async (files: FileLike[], signal: AbortSignal): Promise<PreviousInput> => {
    if (files.length === 1)
      return readPreviousBytes(new Uint8Array(await files[0].arrayBuffer()), files[0].name, digest);
    const parsed = await parseFiles(files, () => undefined, signal);
    // The workbook is Vietnamese: its notes name the files so.
    return { kind: "reports", source: compareMessages.chosenFiles(files.map((f) => f.name)).vi, files: parsed };
  };
}
