// `--feedback DIR` of `tonghop consolidate` and `tonghop validate`: each unit's feedback workbook, their
// index and, after a consolidation by a named unit, the covering letter (.docx) written into a folder. Every file is checked before any is written: none may be an input or lie in a
// folder being read, whatever links lie between (output-guard.ts, the one check of that), none is overwritten
// without --force. Prints what was written, in the user's language.
import { join, resolve } from "node:path";
import { feedbackFiles, FEEDBACK_INDEX_FILE, FEEDBACK_LETTER_FILE, type FeedbackSet } from "../core/feedback";
import { renderDocx } from "../docx/render";
import { feedbackMessages } from "../core/i18n/feedback";
import type { Lang } from "../core/i18n/lang";
import { renderXlsx } from "../xlsx/write";
import { CLI_WRITE } from "./deflate";
import { CliError } from "./errors";
import { msg } from "./cli-messages";
import { existsSync } from "node:fs";
import { refuseOutputOverInputs } from "./output-guard";
import { writeOutputOrSay } from "./output";

/** Where the feedback goes, checked before any file is read: never into a folder being read. */
export function checkFeedbackDir(dir: string, args: string[], files: string[], lang: Lang): void {
  const index = join(dir, FEEDBACK_INDEX_FILE);
  refuseOutputOverInputs([{ path: resolve(index), shown: index }], { files, folders: args }, lang, "feedbackIsInput");
}

/** Writes the set's workbooks and its index into `dir`; returns the files written. */
export async function writeFeedbackDir(
  set: FeedbackSet,
  dir: string,
  inputs: { args: string[]; files: string[] },
  force: boolean,
  lang: Lang,
  say: (s: string) => void,
  consolidated = false,
): Promise<string[]> {
  const files = feedbackFiles(set);
  const made = files.map((f) => ({
    shown: join(dir, f.name),
    bytes: () => (f.kind === "xlsx" ? renderXlsx(f.model, CLI_WRITE) : renderDocx(f.model)),
  }));
  const letter = files.some((f) => f.kind === "docx");
  for (const { shown } of made) {
    refuseOutputOverInputs(
      [{ path: resolve(shown), shown }],
      { files: inputs.files, folders: inputs.args },
      lang,
      "feedbackIsInput",
    );
    if (!force && existsSync(shown)) throw new CliError(msg(lang, "exists", { file: shown }));
  }
  for (const { shown, bytes } of made) writeOutputOrSay(resolve(shown), shown, await bytes(), force, lang);
  say(
    set.units.length
      ? feedbackMessages.wroteFeedback(set.units.length, dir)[lang]
      : feedbackMessages.noneNeeded()[lang],
  );
  if (letter) say(msg(lang, "feedbackLetter", { file: join(dir, FEEDBACK_LETTER_FILE) }));
  else if (consolidated && set.units.length > 0 && !set.meta) say(msg(lang, "feedbackNoLetter"));
  return made.map((x) => x.shown);
}
