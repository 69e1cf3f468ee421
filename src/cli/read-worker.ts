// A worker thread that reads a share of the input files (see parallel-read.ts).
// Posts each UnitFile without its template (the main thread re-attaches it:
// cloning the template per file would cost more than reading the file).
import { parentPort, workerData } from "node:worker_threads";
import { readUnitFile } from "./inputs";

const { files } = workerData as { files: { index: number; path: string }[] };
for (const f of files) {
  const u = readUnitFile(f.path);
  const templateId = u.read.ok ? u.read.report.template.id : undefined;
  if (u.read.ok) (u.read.report as { template?: unknown }).template = undefined;
  parentPort?.postMessage({ index: f.index, unit: u, templateId });
}
