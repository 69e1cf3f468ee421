// `--previous FILE|DIR`: last period as the office has it. A folder is last period's unit reports (read as an
// inbox, every file with its outcome); a file is last period's summary, a report typed with its totals, or a
// .zip of its reports. Never modified.
import { statSync } from "node:fs";
import type { PreviousInput } from "../core/compare/types";
import { failures } from "../core/i18n/messages";
import { MAX_FILE_BYTES } from "../core/limits";
import type { Template } from "../core/templates";
import { templateCatalogue } from "../core/templates/catalogue";
import { readPreviousBytes } from "../xlsx/previous";
import { CliError } from "./errors";
import { collectPaths, readRegularFile, sha256 } from "./inputs";
import { msg, type Lang } from "./cli-messages";
import { readUnitFiles } from "./parallel-read";
import { nodeCodec } from "./zip-codec";

export async function readPrevious(
  path: string,
  lang: Lang,
  opts: { threads?: number; given: Template[] },
): Promise<PreviousInput> {
  let folder: boolean;
  try {
    folder = statSync(path).isDirectory();
  } catch (e) {
    const detail = failures.cannotOpen((e as NodeJS.ErrnoException).code ?? "?")[lang];
    throw new CliError(msg(lang, "cannotOpen", { file: path, detail }));
  }
  if (folder) {
    const { files } = collectPaths([path]);
    const read = await readUnitFiles(files, () => undefined, opts);
    return { kind: "reports", source: path, files: read.files };
  }
  // A regular file within the size limit, as any input: never /dev/zero or a pipe waited on.
  const read = readRegularFile(path, MAX_FILE_BYTES);
  if ("problem" in read)
    throw new CliError(msg(lang, "cannotOpen", { file: path, detail: read.problem.message[lang] }));
  return readPreviousBytes(read.bytes, path, sha256, {
    codec: nodeCodec,
    templates: templateCatalogue(opts.given),
  });
}
