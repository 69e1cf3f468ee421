// Writing output files safely: never over an existing file without --force,
// and through a temporary file renamed into place, so a crash never leaves a
// half-written workbook where the user expects a whole one. What went wrong
// is told in the user's words (read-only folder, a folder named as the file,
// a full disk), never as a stack trace.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, basename, isAbsolute, relative, resolve } from "node:path";
import { CliError } from "./errors";
import { msg, type Lang } from "./messages";

export class OutputExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} exists`);
  }
}

export function writeOutput(file: string, bytes: Uint8Array, force: boolean): void {
  if (existsSync(file) && statSync(file).isDirectory())
    throw Object.assign(new Error(`${file} is a folder`), { code: "EISDIR" });
  if (existsSync(file) && !force) throw new OutputExistsError(file);
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The message key for a failed write, from the system's error code. */
export function outputProblem(e: unknown): "outReadOnly" | "outIsFolder" | "outDiskFull" | "outFailed" {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "outReadOnly";
  if (code === "EISDIR") return "outIsFolder";
  if (code === "ENOSPC" || code === "EDQUOT") return "outDiskFull";
  return "outFailed";
}

/** writeOutput, its failures told as one line in the user's language (exit 2). */
export function writeOutputOrSay(path: string, shown: string, bytes: Uint8Array, force: boolean, lang: Lang): void {
  try {
    writeOutput(path, bytes, force);
  } catch (e) {
    if (e instanceof OutputExistsError) throw new CliError(msg(lang, "exists", { file: shown }));
    throw new CliError(msg(lang, outputProblem(e), { file: shown }));
  }
}

/**
 * The output never replaces an input: not a file given, not a file inside a folder being read. The one check
 * of it, for every file a command writes (consolidate --out, --feedback; validate --feedback).
 */
export function refuseInputAsOutput(
  outPath: string,
  args: string[],
  files: string[],
  lang: Lang,
  say: "outIsInput" | "feedbackIsInput" = "outIsInput",
): void {
  const inside = args.some((a) => existsSync(a) && statSync(a).isDirectory() && isAbsoluteInside(resolve(a), outPath));
  if (inside || files.some((f) => resolve(f) === outPath)) throw new CliError(msg(lang, say, { file: outPath }));
}

function isAbsoluteInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
