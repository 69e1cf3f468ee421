// Runs file parsing on a few Web Workers so the pane stays responsive:
// progress after each file, and cancel stops everything at once.
import type { UnitFile } from "../core/consolidate";
import type { Template } from "../core/templates";
import type { ParseReply, ParseRequest } from "./messages";

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

/** A parser backed by workers loaded from `workerUrl` (dist/worker.<hash>.js, named by the page); `templates`: those the user gave. */
export function workerParser(
  workerUrl: string,
  size = Math.max(1, Math.min(4, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1)),
  templates: Template[] = [],
): ParseFiles {
  return (files, onProgress, signal, onSkipped) =>
    new Promise<UnitFile[]>((resolve, reject) => {
      const results: UnitFile[][] = new Array(files.length);
      const workers = Array.from({ length: Math.min(size, Math.max(1, files.length)) }, () => new Worker(workerUrl));
      let next = 0;
      let done = 0;
      const stop = () => workers.forEach((w) => w.terminate());
      signal.addEventListener("abort", () => {
        stop();
        reject(new CancelledError());
      });
      const feed = async (w: Worker) => {
        if (signal.aborted) return;
        const id = next++;
        if (id >= files.length) return;
        const bytes = await files[id].arrayBuffer();
        const req: ParseRequest = { id, name: files[id].name, bytes, ...(templates.length ? { templates } : {}) };
        w.postMessage(req, [bytes]);
      };
      for (const w of workers) {
        w.onmessage = (e: MessageEvent<ParseReply>) => {
          results[e.data.id] = e.data.result;
          if (e.data.skipped.length) onSkipped?.(e.data.skipped);
          done += 1;
          onProgress(done, files.length);
          if (done === files.length) {
            stop();
            resolve(results.flat());
          } else void feed(w);
        };
        w.onerror = (e) => {
          stop();
          reject(new Error(e.message));
        };
        void feed(w);
      }
      if (files.length === 0) {
        stop();
        resolve([]);
      }
    });
}
