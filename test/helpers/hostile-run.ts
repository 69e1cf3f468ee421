// Runs the compiled command line (bin/ → lib/) as a user would, on hostile
// inputs: with its peak memory (GNU time), its address space capped at 4 GB
// (a run that reads /dev/zero or a pipe without end fails instead of eating
// the shared machine: one such run once took 23 GB), a kill after a minute so
// a hang is seen as one, and the state of a folder before and after (every regular
// file's and every link target's hash, every entry's name) to prove nothing
// was changed and nothing written but what was asked for.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const BIN = join(__dirname, "..", "..", "bin", "tonghop.js");
/** Longer than any command may take: a run still going then is a hang. */
const KILL_AFTER_MS = 60_000;
const RSS_MARK = "TONGHOP-MAX-RSS-KB";
/** The address space a run may take, KB (ulimit -v): far above what any command needs, far below the machine's. */
const ADDRESS_SPACE_KB = 4_000_000;

export interface Ran {
  code: number | null;
  out: string;
  err: string;
  /** Peak resident memory of the whole run, MB. */
  peakMb: number;
  /** Killed for running past KILL_AFTER_MS. */
  hung: boolean;
}

export function tonghop(cwd: string, args: string[]): Ran {
  // timeout(1) stops the whole run (GNU time and node under it) past the limit, exit 124; spawnSync's own limit is a
  // backstop only, as it would stop GNU time and leave node running.
  const seconds = KILL_AFTER_MS / 1000;
  const capped = `ulimit -v ${ADDRESS_SPACE_KB} && exec timeout -k 5 ${seconds} /usr/bin/time -f "$0" "$@"`;
  const r = spawnSync("/bin/sh", ["-c", capped, `${RSS_MARK} %M`, process.execPath, BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: KILL_AFTER_MS + 10_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const err = r.stderr ?? "";
  const mark = err.lastIndexOf(RSS_MARK);
  const peakKb = mark >= 0 ? Number(err.slice(mark + RSS_MARK.length).trim()) : NaN;
  return {
    code: r.status,
    out: r.stdout ?? "",
    // GNU time's own notes ("Command exited with non-zero status 2") are not the command's.
    err: (mark >= 0 ? err.slice(0, mark) : err).replace(
      /^Command (exited with non-zero status|terminated by signal) \d+\n?/m,
      "",
    ),
    peakMb: peakKb / 1024,
    hung: r.status === 124 || r.signal !== null,
  };
}

/** What a stack trace looks like in output: a line "    at …" or a named JavaScript error. */
export const STACK = /^\s+at .+\(?.+:\d+:\d+\)?$|\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/m;

/** Every entry under `root` (links not followed) → what it is: a regular file's hash, a link and its target's hash. */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const hash = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const key = relative(root, p);
      const st = lstatSync(p);
      if (st.isDirectory()) {
        out.set(key, "folder");
        walk(p);
      } else if (st.isSymbolicLink()) {
        let target = "nothing";
        try {
          const t = statSync(p);
          target = t.isFile() ? hash(p) : t.isDirectory() ? "folder" : "special";
        } catch (e) {
          target = (e as NodeJS.ErrnoException).code ?? "?";
        }
        out.set(key, `link ${readlinkSync(p)} → ${target}`);
      } else if (st.isFile()) out.set(key, hash(p));
      else out.set(key, "special");
    }
  };
  walk(root);
  return out;
}

/** What changed between two snapshots: entries added, removed or different. */
export function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .filter((k) => before.get(k) !== after.get(k))
    .map((k) => `${k}: ${before.get(k) ?? "(none)"} → ${after.get(k) ?? "(none)"}`)
    .sort();
}
