// A worker thread that reads a share of the input files (see parallel-read.ts)
// with the templates the main thread was given. Posts each file's UnitFiles
// without a catalogue template (the main thread re-attaches it by id: cloning
// it per file would cost more than reading the file); a template the report
// carried itself is sent along, since only this thread has read it.
import { parentPort, workerData } from "node:worker_threads";
import type { Template } from "../core/templates";
import { templateCatalogue } from "../core/templates/catalogue";
import { readUnitFile } from "./inputs";
import type { TemplateRef } from "./parallel-read";

const { files, given } = workerData as { files: { index: number; path: string }[]; given: Template[] };
const templates = templateCatalogue(given);
void (async () => {
  for (const f of files) {
    const intake = await readUnitFile(f.path, { templates });
    const refs: TemplateRef[] = intake.files.map((u) => {
      if (!u.read.ok) return undefined;
      const t = u.read.report.template;
      return templates.find(t.id) === t ? t.id : t;
    });
    for (const u of intake.files) if (u.read.ok) (u.read.report as { template?: unknown }).template = undefined;
    parentPort?.postMessage({ index: f.index, intake, templates: refs });
  }
})();
