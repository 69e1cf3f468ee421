// Reads input files on several cores: each worker thread reads a share and
// sends back reports (never the workbooks themselves), so memory holds only
// what consolidation needs. Small batches are read on this thread.
import { cpus } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Template } from "../core/templates";
import { templateCatalogue } from "../core/templates/catalogue";
import type { Intake } from "../xlsx/intake";
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

/** What a reader thread sends for each report's template: a catalogue id, or a template it carried. */
export type TemplateRef = string | Template | undefined;

/**
 * Reads every input; an archive gives one UnitFile per member, in input order.
 * `given`: templates the user named (--template), besides the built-ins.
 */
export async function readUnitFiles(
  paths: string[],
  onFile: () => void,
  threads = readerThreads(),
  given: Template[] = [],
): Promise<Intake> {
  const templates = templateCatalogue(given);
  const results: Intake[] = new Array(paths.length);
  if (paths.length < PARALLEL_MIN_FILES || threads < 2) {
    for (let i = 0; i < paths.length; i++) {
      results[i] = await readUnitFile(paths[i], { templates });
      onFile();
    }
  } else {
    const shares = Array.from({ length: threads }, (_, w) =>
      paths.map((path, index) => ({ index, path })).filter((_, i) => i % threads === w),
    );
    await Promise.all(
      shares.map(
        (files) =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(join(__dirname, "read-worker.js"), {
              workerData: { files, given },
            });
            worker.on("message", (m: { index: number; intake: Intake; templates: TemplateRef[] }) => {
              m.intake.files.forEach((u, i) => {
                const ref = m.templates[i];
                const t = typeof ref === "string" ? templates.find(ref) : ref;
                if (u.read.ok) (u.read.report as { template: Template }).template = t as Template;
              });
              results[m.index] = m.intake;
              onFile();
            });
            worker.on("error", reject);
            worker.on("exit", (code) =>
              code === 0 ? resolve() : reject(new Error(`reader thread exited with ${code}`)),
            );
          }),
      ),
    );
  }
  return { files: results.flatMap((r) => r.files), skipped: results.flatMap((r) => r.skipped) };
}
