// The output can never be an input: before anything is written, every file or
// folder a command will write is compared with every input — files given,
// files found in folders, the roster, a template file — by real path (every
// link resolved) and by file identity (device and inode: a hard link, or a
// link in the inbox pointing at the output), and must not lie inside a folder
// being read, nor (a folder written) hold an input. One function for every
// command and every output (--out, and the --docx and --feedback outputs).
import { realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { CliError } from "./errors";
import { msg, type Lang } from "./cli-messages";

/** Where a path really is. `dev`/`ino` when it exists; `real` for folders and outputs. */
interface Place {
  real?: string;
  dev?: number;
  ino?: number;
  folder: boolean;
}

/** The real path of a path that may not exist yet: its nearest existing folder's, resolved, and the rest. */
function realOf(abs: string): string {
  const rest: string[] = [];
  for (let dir = abs; ; dir = dirname(dir)) {
    try {
      return join(realpathSync(dir), ...rest);
    } catch {
      if (dirname(dir) === dir) return abs;
      rest.unshift(basename(dir));
    }
  }
}

/** A path's status following links; undefined when there is nothing to reach (missing, a broken link, a loop). */
function statOf(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

/** `asFolder`: a folder read (its files are inputs); any other path is a file read, whatever it leads to. */
function placeOf(path: string, real: boolean, asFolder = false): Place {
  const abs = resolve(path);
  const st = statOf(abs);
  if (!st) return { real: real ? realOf(abs) : undefined, folder: false };
  const folder = asFolder && st.isDirectory();
  return { real: real || folder ? realOf(abs) : undefined, dev: st.dev, ino: st.ino, folder };
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Something a command will write: `shown` is how the user named it; a folder output must also hold no input. */
export interface Output {
  path: string;
  shown: string;
  kind?: "file" | "folder";
}

/** What a command reads: files (each read as a file, a link followed) and folders (read through, and so inputs whole). */
export interface Inputs {
  files: Iterable<string>;
  folders?: Iterable<string>;
}

/**
 * Throws CliError (outIsInput, exit 2) when writing any of `outputs` could change one of the inputs: the same
 * file under any name (link, hard link, another path), a file inside a folder read, or a folder output
 * holding an input. Call it after the inputs are gathered and before anything is written. `say`: the words
 * for it (the feedback folder's are its own).
 */
export function refuseOutputOverInputs(
  outputs: Output[],
  inputs: Inputs,
  lang: Lang,
  say: "outIsInput" | "feedbackIsInput" = "outIsInput",
): void {
  // Real paths of input files are needed only to see whether a folder written holds one.
  const folderOut = outputs.some((o) => o.kind === "folder");
  const places = [
    ...[...new Set(inputs.files)].map((p) => placeOf(p, folderOut)),
    ...[...new Set(inputs.folders ?? [])].map((p) => placeOf(p, true, true)),
  ];
  for (const o of outputs) {
    const out = placeOf(o.path, true);
    const real = out.real as string;
    const hit = places.some(
      (i) =>
        (out.dev !== undefined && out.dev === i.dev && out.ino === i.ino) ||
        (i.real !== undefined && (i.real === real || (i.folder && isInside(i.real, real)))) ||
        (o.kind === "folder" && i.real !== undefined && isInside(real, i.real)),
    );
    if (hit) throw new CliError(msg(lang, say, { file: o.shown }));
  }
}
