// Gathers input files: folders are read (recursively) for .xlsx/.xlsm; files
// named explicitly are always taken, so a wrong one gets a reason, not silence.
// Excel's lock files (~$name.xlsx) and hidden files are skipped in folders.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { MAX_FILE_BYTES } from "../core/limits";
import type { UnitFile } from "../core/consolidate";
import { failures } from "../core/i18n/messages";
import { readReportBytes } from "../xlsx/report-file";

const REPORT_EXT = /\.(xlsx|xlsm)$/i;

export function collectPaths(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const seen = new Set<string>();
  const missing: string[] = [];
  const add = (p: string) => {
    if (!seen.has(resolve(p))) {
      seen.add(resolve(p));
      files.push(p);
    }
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".") || name.startsWith("~$")) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (REPORT_EXT.test(name)) add(p);
    }
  };
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      missing.push(a);
      continue;
    }
    if (st.isDirectory()) walk(a);
    else add(a);
  }
  return { files, missing };
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads one input; never throws for a bad file. */
export function readUnitFile(path: string): UnitFile {
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) {
      return { file: path, sha256: "", read: { ok: false, failure: { code: "too_large", message: failures.tooLarge(`${Math.round(MAX_FILE_BYTES / 1048576)} MB`) } } };
    }
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
    return { file: path, sha256: "", read: { ok: false, failure: { code: "cannot_open", message: { vi: `Không mở được tệp (${code}).`, en: `Cannot open the file (${code}).` } } } };
  }
  const digest = sha256(bytes);
  if (!REPORT_EXT.test(path)) {
    return { file: path, sha256: digest, read: { ok: false, failure: { code: "not_xlsx", message: failures.notXlsx() } } };
  }
  return { file: path, sha256: digest, read: readReportBytes(bytes, basename(path)) };
}
