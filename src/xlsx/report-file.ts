// One unit's file, bytes in, report (or the reason it cannot be read) out.
// Shared by the CLI, the web worker and the add-in's file picker.
import { failures, safetyLimits } from "../core/i18n/messages";
import {
  MAX_CELLS_PER_SHEET,
  MAX_FILE_BYTES,
  MAX_MS_PER_FILE,
  MAX_PART_BYTES,
  MAX_SHEETS,
  MAX_TOTAL_BYTES,
  MAX_ZIP_ENTRIES,
} from "../core/limits";
import { extractReport } from "../core/read/extract";
import type { ExtractResult } from "../core/vocabulary";
import type { ReadFailure } from "../core/vocabulary";
import { readXlsx, type ReadOptions } from "./read";
import { ReadError } from "./read-error";

export function failureOf(e: ReadError): ReadFailure {
  switch (e.code) {
    case "xls_binary":
      return { code: e.code, message: failures.xlsBinary() };
    case "encrypted":
      return { code: e.code, message: failures.encrypted() };
    case "not_xlsx":
    case "no_workbook":
      return { code: e.code, message: failures.notXlsx() };
    case "corrupt":
      return { code: e.code, message: failures.corrupt() };
    case "dtd":
      return { code: e.code, message: failures.unsafe() };
    case "encoding":
      return { code: e.code, message: failures.unsupportedEncoding() };
    case "too_large":
      return {
        code: e.code,
        message: failures.overSafetyLimit(safetyLimits.fileSize(Math.round(MAX_FILE_BYTES / 1048576))),
      };
    case "zip_bomb":
      return {
        code: e.code,
        message: failures.overSafetyLimit(
          safetyLimits.zip(MAX_ZIP_ENTRIES, MAX_PART_BYTES / 1048576, MAX_TOTAL_BYTES / 1048576),
        ),
      };
    case "too_many_sheets":
      return { code: e.code, message: failures.overSafetyLimit(safetyLimits.sheets(MAX_SHEETS)) };
    case "too_many_cells":
      return { code: e.code, message: failures.overSafetyLimit(safetyLimits.cellsPerSheet(MAX_CELLS_PER_SHEET)) };
    case "too_slow":
      return { code: e.code, message: failures.tooSlow(MAX_MS_PER_FILE / 1000) };
  }
}

/** Reads a report from a file's bytes; `fileName` names the unit if its metadata is lost. */
export function readReportBytes(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): ExtractResult {
  try {
    return extractReport(readXlsx(bytes, options), fileName.replace(/\.[^.]+$/, ""), options.templates);
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, failure: failureOf(e) };
    // Anything else is a bug of ours; still, one file must never stop the run.
    return { ok: false, failure: { code: "internal", message: failures.internal(String((e as Error)?.message ?? e)) } };
  }
}
