// Gathers input files: folders are read recursively and every file in them is
// taken, so a .xls, a picture or an empty file gets a status and a reason, not
// silence. Files the system leaves beside reports (~$ lock files, .DS_Store,
// Thumbs.db) are skipped and counted. Only regular files are read: a named
// pipe, a device or a socket in a folder is listed with the reason and never
// opened for reading in a way that could wait; links are followed to regular
// files only (a link to a folder inside a folder is not followed, a broken
// link or a loop is listed); the size is checked on the bytes actually read,
// so a link to /dev/zero or a file that grows cannot fill memory.
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { isSystemFile } from "../core/file-kind";
import { MAX_FILE_BYTES } from "../core/limits";
import { failures, safetyLimits } from "../core/i18n/messages";
import { unreadFile, type ReadFailure } from "../core/vocabulary";
import { readInput, type Intake } from "../xlsx/received-file";
import type { ReadOptions } from "../xlsx/read";
import { nodeCodec } from "./zip-codec";

/** A path given that could not be opened as a file or a folder, with the system's reason (ENOENT…). */
export interface Unopened {
  path: string;
  code: string;
}

export function collectPaths(args: string[]): { files: string[]; missing: Unopened[]; skipped: string[] } {
  const files: string[] = [];
  const seen = new Set<string>();
  const missing: Unopened[] = [];
  const skipped: string[] = [];
  const add = (p: string) => {
    if (isSystemFile(p)) skipped.push(p);
    else if (!seen.has(resolve(p))) {
      seen.add(resolve(p));
      files.push(p);
    }
  };
  // Inside a folder nothing is followed but the folder's own subfolders: a link is an entry like any file
  // (read if it leads to a regular file, listed with its reason otherwise), so no link can make a loop.
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      missing.push({ path: dir, code: (e as NodeJS.ErrnoException).code ?? "?" });
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      if (isSystemFile(name)) skipped.push(p);
      else if (lstatSync(p, { throwIfNoEntry: false })?.isDirectory()) walk(p);
      else add(p);
    }
  };
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch (e) {
      // A broken link or a loop named on the command line is an entry: reading it says which.
      if (lstatSync(a, { throwIfNoEntry: false })?.isSymbolicLink()) add(a);
      else missing.push({ path: a, code: (e as NodeJS.ErrnoException).code ?? "?" });
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

/** Why a path could not be read as a file: in the user's words, with a stable code. */
export type Unreadable = ReadFailure;

/** Opening never waits (a pipe with no writer) and never makes a terminal ours. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

function openProblem(path: string, e: unknown): Unreadable {
  const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
  const link = lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  if (code === "ELOOP") return { code: "link_loop", message: failures.linkLoop() };
  if (code === "ENOENT" && link) return { code: "broken_link", message: failures.brokenLink() };
  if (code === "ENXIO" || code === "EOPNOTSUPP") return { code: "not_a_file", message: failures.notAFile() };
  if (code === "EISDIR" && link) return { code: "link_to_folder", message: failures.linkToFolder() };
  return { code: "cannot_open", message: failures.cannotOpen(code) };
}

const tooLarge = (max: number): Unreadable => ({
  code: "too_large",
  message: failures.overSafetyLimit(safetyLimits.fileSize(Math.round(max / 1048576))),
});

/**
 * A regular file's bytes, at most `max`; otherwise why not. The file is opened once and everything is
 * checked on that open file (what it is, how big it says it is, how many bytes it really gives), so a file
 * replaced by a pipe or a link after the folder was listed is still never waited on or read past `max`.
 */
export function readRegularFile(path: string, max: number): { bytes: Uint8Array } | { problem: Unreadable } {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    return { problem: openProblem(path, e) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problem: openProblem(path, Object.assign(new Error(), { code: "EISDIR" })) };
    if (!st.isFile()) return { problem: { code: "not_a_file", message: failures.notAFile() } };
    if (st.size > max) return { problem: tooLarge(max) };
    // What the file says of its size is a hint, not a bound: reading stops one byte past `max`.
    const chunks: Buffer[] = [];
    let total = 0;
    for (let want = Math.min(st.size, max) + 1; ; want = Math.min(64 * 1024, max + 1 - total)) {
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > max) return { problem: tooLarge(max) };
    }
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (e) {
    return { problem: openProblem(path, e) };
  } finally {
    closeSync(fd);
  }
}

/** Reads one input (a report, an archive of reports, or anything else); never throws for a bad file. */
export async function readUnitFile(path: string, options: ReadOptions = {}): Promise<Intake> {
  const read = readRegularFile(path, MAX_FILE_BYTES);
  if ("problem" in read) return { files: [unreadFile(path, read.problem)], skipped: [] };
  return readInput(read.bytes, path, sha256, { codec: nodeCodec, ...options });
}
