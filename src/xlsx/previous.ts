// Last period as the office has it, from one received file: a workbook (last period's summary, or a report
// typed with last period's totals: .xlsx, .xls, .ods) is read whole, its tables by unit too; an archive
// (.zip) of last period's unit reports is read as an inbox. Shared by the CLI and the pane (no Node imports).
import { previousWorkbook } from "../core/compare/workbook";
import type { PreviousInput } from "../core/compare/types";
import { sniff } from "../core/file-kind";
import type { CellGrid } from "../core/read/grid";
import { cfbKind, readInput, zipKind, type Digest } from "./received-file";
import { readLegacy } from "./legacy";
import { readXlsx, type ReadOptions } from "./read";
import { zipDirectory } from "./zip";

/** The file as a grid when it is a workbook; undefined for anything else (an archive, a picture…). */
async function workbookGrid(bytes: Uint8Array, options: ReadOptions): Promise<CellGrid | undefined> {
  try {
    const kind = sniff(bytes);
    if (kind === "zip") {
      const z = zipKind(bytes, zipDirectory(bytes), options.codec);
      if (z === "xlsx") return readXlsx(bytes, options);
      if (z === "ods") return await readLegacy(bytes, options);
    }
    if (kind === "cfb" && cfbKind(bytes) === "xls") return await readLegacy(bytes, options);
  } catch {
    // A damaged workbook: the intake says why, as it does for any received file.
  }
  return undefined;
}

export async function readPreviousBytes(
  bytes: Uint8Array,
  label: string,
  digest: Digest,
  options: ReadOptions = {},
): Promise<PreviousInput> {
  const grid = await workbookGrid(bytes, options);
  if (grid) return previousWorkbook(grid, label, await digest(bytes), options.templates);
  const intake = await readInput(bytes, label, digest, options);
  const [only] = intake.files;
  // Not an archive: one file that is no workbook, with the intake's reason.
  if (intake.files.length === 1 && only.file === label) return { kind: "workbook", ...only };
  return { kind: "reports", source: label, files: intake.files };
}
