// Writing output files safely: never over an existing file without --force,
// and through a temporary file renamed into place, so a crash never leaves a
// half-written workbook where the user expects a whole one. What went wrong
// is told in the user's words (read-only folder, a folder named as the file,
// a full disk), never as a stack trace.
import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { CliError } from "./errors";
import { msg, type Lang } from "./cli-messages";

export class OutputExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} exists`);
  }
}

export function writeOutput(file: string, bytes: Uint8Array, force: boolean): void {
  if (existsSync(file) && statSync(file).isDirectory())
    throw Object.assign(new Error(`${file} is a folder`), { code: "EISDIR" });
  // A link there (even one leading nowhere) is something existing: replaced only with --force.
  if (lstatSync(file, { throwIfNoEntry: false }) && !force) throw new OutputExistsError(file);
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  // "wx": the temporary is a new file, never an existing one or a link planted under its name (that one is
  // left alone). The rename then replaces the output's name itself: a link there is replaced, never written through.
  try {
    writeFileSync(tmp, bytes, { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") rmSync(tmp, { force: true });
    throw e;
  }
  try {
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
