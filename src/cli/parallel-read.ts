// Reads input files on several cores: each worker thread reads the files it is
// handed and sends back reports (never the workbooks themselves), so memory
// holds only what consolidation needs. Small batches are read on this thread.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { failures } from "../core/i18n/messages";
import { MAX_MS_PER_FILE_HARD } from "../core/limits";
import type { Template } from "../core/templates";
import { templateCatalogue, type TemplateCatalogue } from "../core/templates/catalogue";
import { unreadFile } from "../core/vocabulary";
import type { Intake } from "../xlsx/received-file";
import { CliError } from "./errors";
import { readUnitFile } from "./inputs";
import { msg, type Lang } from "./cli-messages";

/** Below this many files, starting threads costs more than it saves (unless `--threads` asks). */
export const PARALLEL_MIN_FILES = 64;

/** The compiled worker; run from the TypeScript sources (tests through ts-jest) there is none, and files are read here. */
const WORKER_SCRIPT = join(__dirname, "read-worker.js");

/** What `--threads` accepts: more threads than this only add memory. */
export const MAX_READER_THREADS = 64;

/**
 * Each reader thread's heap: room for the largest file the safety limits let
 * through (20 MB, 200 MB inflated), while a thread's usual needs stay far below.
 * A smaller young generation than V8's default keeps each idle thread small.
 */
export const READER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 };

/**
 * Reader threads to use by default: one per core beyond the main thread, at
 * most 8. On 2 cores that is 1 (no thread: measured there, two reader threads
 * took 40 % more CPU for the same wall time). On 16 cores reading 10,000 files
 * took 2.3 s on 8 threads and 2.0 s on 15, for 7 more heaps: 8 is the default,
 * `--threads` goes beyond.
 */
export function readerThreads(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(8, cores - 1);
}

/** `--threads N`: a whole number from 1 to MAX_READER_THREADS, else refused with what to write. */
export function threadsOption(
  value: string | undefined,
  lang: Lang,
  warn: (s: string) => void = () => undefined,
  cores = availableParallelism(),
): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_READER_THREADS))
    throw new CliError(msg(lang, "badThreads", { value, max: MAX_READER_THREADS }));
  // Allowed (a user may know better), but said: each thread costs memory, and more threads than cores gain no speed.
  if (n > cores) warn(msg(lang, "threadsOverCores", { n, cores }));
  return n;
}

/** What a reader thread sends for each report's template: a catalogue id, or a template it carried. */
export type TemplateRef = string | Template | undefined;

/** A reader thread's answer for one input (read-worker.ts). */
export interface ThreadAnswer {
  index: number;
  intake: Intake;
  templates: TemplateRef[];
}

export interface ReadPlan {
  /**
   * Reader threads (`--threads`): 1 reads on this thread; more are used even for
   * a few files. Default: readerThreads() from PARALLEL_MIN_FILES files on.
   */
  threads?: number;
  /** Templates the user named (--template), besides the built-ins. */
  given?: Template[];
  /** Each thread's heap (tests lower it to see a thread run out of memory). */
  limits?: ResourceLimits;
  /** How long a thread may spend on one file before it is stopped (tests lower it). */
  hardLimit?: number;
  /** The thread's script (tests give one that never answers for some files). */
  workerScript?: string;
}

/** Reads every input; an archive gives one UnitFile per member, in input order. */
export async function readUnitFiles(paths: string[], onFile: () => void, plan: ReadPlan = {}): Promise<Intake> {
  const { given = [], limits = READER_LIMITS, hardLimit = MAX_MS_PER_FILE_HARD, workerScript = WORKER_SCRIPT } = plan;
  const wanted = plan.threads ?? (paths.length < PARALLEL_MIN_FILES ? 1 : readerThreads());
  const threads = existsSync(workerScript) ? Math.min(wanted, paths.length) : 1;
  const templates = templateCatalogue(given);
  let results: Intake[] = [];
  if (threads < 2)
    for (const path of paths) {
      results.push(await readUnitFile(path, { templates }));
      onFile();
    }
  else results = await readOnThreads(paths, onFile, threads, templates, given, { limits, hardLimit, workerScript });
  return { files: results.flatMap((r) => r.files), skipped: results.flatMap((r) => r.skipped) };
}

/** Files handed to a thread ahead of its answers, so it never waits for the next one. */
const AHEAD = 2;

/**
 * Hands files to `threads` workers as they answer (a slow file does not hold
 * the others back) and puts each answer back at its input's place. A thread
 * that dies (out of memory, a crash) costs the file it was reading — which gets
 * the reason — and nothing else: its other files go to a new thread.
 */
function readOnThreads(
  paths: string[],
  onFile: () => void,
  threads: number,
  templates: TemplateCatalogue,
  given: Template[],
  { limits, hardLimit, workerScript }: { limits: ResourceLimits; hardLimit: number; workerScript: string },
): Promise<Intake[]> {
  const results: Intake[] = new Array(paths.length);
  const queue = paths.map((_, i) => i);
  let running = 0;
  return new Promise((resolve) => {
    const start = () => {
      running++;
      const worker = new Worker(workerScript, { workerData: { given }, resourceLimits: limits });
      const inFlight: number[] = [];
      let problem: unknown;
      // The file being read began when the thread last answered (or was first given work): past the hard limit,
      // the thread is stopped and that file refused as too slow, even inside a step its own clock cannot cut.
      let since = Date.now();
      let online = false;
      let timedOut = false;
      // The clock runs once the thread is up: starting it is not reading a file.
      worker.on("online", () => {
        online = true;
        since = Date.now();
      });
      const watch = setInterval(
        () => {
          if (online && inFlight.length > 0 && Date.now() - since > hardLimit) {
            timedOut = true;
            void worker.terminate();
          }
        },
        Math.min(1000, hardLimit / 4),
      );
      const feed = () => {
        if (inFlight.length === 0) since = Date.now();
        while (inFlight.length < AHEAD && queue.length > 0) {
          const index = queue.shift() as number;
          inFlight.push(index);
          worker.postMessage({ index, path: paths[index] });
        }
        if (inFlight.length === 0) worker.postMessage(null);
      };
      worker.on("message", (m: ThreadAnswer) => {
        m.intake.files.forEach((u, i) => {
          const ref = m.templates[i];
          const t = typeof ref === "string" ? templates.find(ref) : ref;
          if (u.read.ok) (u.read.report as { template: Template }).template = t as Template;
        });
        results[m.index] = m.intake;
        inFlight.splice(inFlight.indexOf(m.index), 1);
        since = Date.now();
        onFile();
        feed();
      });
      worker.on("error", (e) => (problem = e));
      worker.on("exit", (code) => {
        running--;
        clearInterval(watch);
        // The thread reads its files in the order given: the first unanswered one is the one it died on.
        const lost = inFlight.shift();
        if (lost !== undefined) {
          results[lost] = timedOut ? tooSlow(paths[lost], hardLimit) : threadDied(paths[lost], problem, code, limits);
          onFile();
        }
        queue.unshift(...inFlight);
        if (queue.length > 0) start();
        else if (running === 0) resolve(results);
      });
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
}

/** The file a reader thread was stopped on for taking too long: refused as too slow, as the reader's own clock says. */
function tooSlow(file: string, ms: number): Intake {
  return { files: [unreadFile(file, { code: "too_slow", message: failures.tooSlow(ms / 1000) })], skipped: [] };
}

/** The file a reader thread died on: rejected with what happened and what to do, never lost. */
function threadDied(file: string, problem: unknown, code: number, limits: ResourceLimits): Intake {
  const outOfMemory = (problem as { code?: string } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
  const params: Record<string, string | number> = outOfMemory
    ? { mb: limits.maxOldGenerationSizeMb ?? "?" }
    : { detail: problem instanceof Error ? problem.message : `exit ${code}` };
  const key = outOfMemory ? "threadOutOfMemory" : "threadFailed";
  const message = { vi: msg("vi", key, params), en: msg("en", key, params) };
  return {
    files: [unreadFile(file, { code: "reader_failed", message })],
    skipped: [],
  };
}
