// Gathers input files: folders are read recursively and every file in them is
// taken, so a .xls, a picture or an empty file gets a status and a reason, not
// silence. Files the system leaves beside reports (~$ lock files, .DS_Store,
// Thumbs.db) are skipped and counted.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { isSystemFile } from "../core/intake";
import { MAX_FILE_BYTES } from "../core/limits";
import { failures, safetyLimits } from "../core/i18n/messages";
import { unreadFile } from "../core/vocabulary";
import { readInput, type Intake } from "../xlsx/intake";
import type { ReadOptions } from "../xlsx/read";
import { nodeCodec } from "./zip-codec";

export function collectPaths(args: string[]): { files: string[]; missing: string[]; skipped: string[] } {
  const files: string[] = [];
  const seen = new Set<string>();
  const missing: string[] = [];
  const skipped: string[] = [];
  const add = (p: string) => {
    if (isSystemFile(p)) skipped.push(p);
    else if (!seen.has(resolve(p))) {
      seen.add(resolve(p));
      files.push(p);
    }
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (isSystemFile(name)) skipped.push(p);
      else if (statSync(p).isDirectory()) walk(p);
      else add(p);
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
  return { files, missing, skipped };
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads one input (a report, an archive of reports, or anything else); never throws for a bad file. */
export async function readUnitFile(path: string, options: ReadOptions = {}): Promise<Intake> {
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) {
      return {
        files: [
          unreadFile(path, {
            code: "too_large",
            message: failures.overSafetyLimit(safetyLimits.fileSize(Math.round(MAX_FILE_BYTES / 1048576))),
          }),
        ],
        skipped: [],
      };
    }
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
    const message = failures.cannotOpen(code);
    return {
      files: [unreadFile(path, { code: "cannot_open", message })],
      skipped: [],
    };
  }
  return readInput(bytes, path, sha256, { codec: nodeCodec, ...options });
}
