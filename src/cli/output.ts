// Writing output files safely: never over an existing file without --force,
// and through a temporary file renamed into place, so a crash never leaves a
// half-written workbook where the user expects a whole one.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";

export class OutputExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} exists`);
  }
}

export function writeOutput(file: string, bytes: Uint8Array, force: boolean): void {
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
