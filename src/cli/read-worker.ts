// A worker thread that reads the input files it is handed (see parallel-read.ts),
// one after another in the order given, with the templates the main thread was
// given; `null` means no more. Posts each file's UnitFiles without a catalogue
// template (the main thread re-attaches it by id: cloning it per file would cost
// more than reading the file); a template the report carried itself is sent
// along, since only this thread has read it.
import { parentPort, workerData } from "node:worker_threads";
import type { Template } from "../core/templates";
import { templateCatalogue } from "../core/templates/catalogue";
import { readUnitFile } from "./inputs";
import type { TemplateRef, ThreadAnswer } from "./parallel-read";

const { given } = workerData as { given: Template[] };
const templates = templateCatalogue(given);

async function read(index: number, path: string): Promise<ThreadAnswer> {
  const intake = await readUnitFile(path, { templates });
  const refs: TemplateRef[] = intake.files.map((u) => {
    if (!u.read.ok) return undefined;
    const t = u.read.report.template;
    return templates.find(t.id) === t ? t.id : t;
  });
  for (const u of intake.files) if (u.read.ok) (u.read.report as { template?: unknown }).template = undefined;
  return { index, intake, templates: refs };
}

let chain = Promise.resolve();
parentPort?.on("message", (f: { index: number; path: string } | null) => {
  chain = chain.then(async () => {
    if (f === null) parentPort?.close();
    else parentPort?.postMessage(await read(f.index, f.path));
  });
});
