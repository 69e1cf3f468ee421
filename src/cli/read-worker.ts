// A worker thread that reads a share of the input files (see parallel-read.ts).
// Posts each file's UnitFiles without their template (the main thread re-attaches
// it: cloning the template per file would cost more than reading the file).
import { parentPort, workerData } from "node:worker_threads";
import { readUnitFile } from "./inputs";

const { files } = workerData as { files: { index: number; path: string }[] };
void (async () => {
  for (const f of files) {
    const intake = await readUnitFile(f.path);
    const templateIds = intake.files.map((u) => (u.read.ok ? u.read.report.template.id : undefined));
    for (const u of intake.files) if (u.read.ok) (u.read.report as { template?: unknown }).template = undefined;
    parentPort?.postMessage({ index: f.index, intake, templateIds });
  }
})();
