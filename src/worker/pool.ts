// Runs file parsing on a few Web Workers so the pane stays responsive:
// progress after each file, cancel stops everything at once, and a worker
// stuck on one file is stopped and replaced (the file refused as too slow).
import { unreadFile, type UnitFile } from "../core/vocabulary";
import { failures } from "../core/i18n/messages";
import { MAX_MS_PER_FILE_HARD } from "../core/limits";
import type { Template } from "../core/templates";
import type { ParseReply, ParseRequest } from "./protocol";

export interface FileLike {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads files; an archive gives one UnitFile per member ("bao-cao.zip › xa-a.xlsx"). */
export type ParseFiles = (
  files: FileLike[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
  /** Lock and system files found inside archives: skipped, to be counted in one line. */
  onSkipped?: (names: string[]) => void,
) => Promise<UnitFile[]>;

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

/** A file a worker was stopped on for taking too long: refused as the reader's own clock would refuse it. */
function tooSlow(name: string, ms: number): UnitFile[] {
  return [unreadFile(name, { code: "too_slow", message: failures.tooSlow(ms / 1000) })];
}

/**
 * A parser backed by workers loaded from `workerUrl` (dist/worker.<hash>.js, named by the page); `templates`: those
 * the user gave. A worker that has not answered for one file within `hardLimit` ms is stopped and replaced: that
 * file is refused as too slow and the others go on, so no file holds up the rest (the reader's own clock cannot cut
 * SheetJS short).
 */
export function workerParser(
  workerUrl: string,
  size = Math.max(1, Math.min(4, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1)),
  templates: Template[] = [],
  hardLimit = MAX_MS_PER_FILE_HARD,
): ParseFiles {
  return (files, onProgress, signal, onSkipped) =>
    new Promise<UnitFile[]>((resolve, reject) => {
      const results: UnitFile[][] = new Array(files.length);
      const workers = new Set<Worker>();
      let next = 0;
      let done = 0;
      let settled = false;
      const stop = () => {
        settled = true;
        workers.forEach((w) => w.terminate());
        workers.clear();
      };
      signal.addEventListener("abort", () => {
        stop();
        reject(new CancelledError());
      });
      const answered = (id: number, result: UnitFile[]) => {
        results[id] = result;
        done += 1;
        onProgress(done, files.length);
        if (done === files.length) {
          stop();
          resolve(results.flat());
        }
      };
      const start = () => {
        const w = new Worker(workerUrl);
        workers.add(w);
        let current = -1;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const feed = async () => {
          if (signal.aborted || settled) return;
          const id = next++;
          if (id >= files.length) return;
          current = id;
          const bytes = await files[id].arrayBuffer();
          if (settled) return;
          const req: ParseRequest = { id, name: files[id].name, bytes, ...(templates.length ? { templates } : {}) };
          timer = setTimeout(() => {
            // Stuck on this file: the worker goes, the file is refused, a new worker takes the rest.
            w.terminate();
            workers.delete(w);
            answered(id, tooSlow(files[id].name, hardLimit));
            if (!settled) start();
          }, hardLimit);
          w.postMessage(req, [bytes]);
        };
        w.onmessage = (e: MessageEvent<ParseReply>) => {
          clearTimeout(timer);
          if (e.data.id !== current) return;
          if (e.data.skipped.length) onSkipped?.(e.data.skipped);
          answered(e.data.id, e.data.result);
          void feed();
        };
        w.onerror = (e) => {
          clearTimeout(timer);
          stop();
          reject(new Error(e.message));
        };
        void feed();
      };
      for (let i = 0; i < Math.min(size, Math.max(1, files.length)); i++) start();
      if (files.length === 0) {
        stop();
        resolve([]);
      }
    });
}
