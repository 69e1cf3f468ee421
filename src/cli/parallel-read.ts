// Reads input files on several cores: each worker thread reads a share and
// sends back reports (never the workbooks themselves), so memory holds only
// what consolidation needs. Small batches are read on this thread.
import { cpus } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { UnitFile } from "../core/consolidate";
import { findTemplate, type Template } from "../core/templates";
import { readUnitFile } from "./inputs";

/** Below this many files, starting threads costs more than it saves. */
export const PARALLEL_MIN_FILES = 64;

/**
 * Reader threads to use: one per core beyond the main thread, up to 4. On a
 * 2-core machine that is 1 — measured there, two reader threads each ran at
 * half speed (1.1 ms/file against 0.5–0.65 on one thread), gaining nothing.
 */
export function readerThreads(cores = cpus().length): number {
  return Math.min(4, Math.max(1, cores - 1));
}

export async function readUnitFiles(paths: string[], onFile: () => void, threads = readerThreads()): Promise<UnitFile[]> {
  if (paths.length < PARALLEL_MIN_FILES || threads < 2) {
    return paths.map((p) => {
      const u = readUnitFile(p);
      onFile();
      return u;
    });
  }
  const results: UnitFile[] = new Array(paths.length);
  const shares = Array.from({ length: threads }, (_, w) => paths.map((path, index) => ({ index, path })).filter((_, i) => i % threads === w));
  await Promise.all(
    shares.map(
      (files) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(join(__dirname, "read-worker.js"), { workerData: { files } });
          worker.on("message", (m: { index: number; unit: UnitFile; templateId?: string }) => {
            if (m.unit.read.ok) (m.unit.read.report as { template: Template }).template = findTemplate(m.templateId ?? "") as Template;
            results[m.index] = m.unit;
            onFile();
          });
          worker.on("error", reject);
          worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`reader thread exited with ${code}`))));
        }),
    ),
  );
  return results;
}
