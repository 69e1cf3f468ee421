// `tonghop demo` (npm run demo): writes the bundled sample commune reports and
// the district roster under examples/, so every job can be tried without Excel.
import { writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { layoutReport } from "../../core/layout/report";
import { findTemplate } from "../../core/templates";
import { MUONG_ANG_ROSTER, muongAngSamples } from "../../demo/samples";
import { renderXlsx } from "../../xlsx/write";
import { msg, type Lang } from "../messages";
import { writeOutput } from "../output";

export async function demoCommand(outDir: string, lang: Lang, say: (s: string) => void): Promise<number> {
  const dir = resolve(outDir);
  const unitsDir = join(dir, "units");
  mkdirSync(unitsDir, { recursive: true });
  const template = findTemplate("thang-hanh-dong");
  if (!template) throw new Error("built-in template thang-hanh-dong is missing");
  const samples = muongAngSamples();
  for (const s of samples) {
    // The demo owns examples/: regenerating it replaces its own files.
    writeOutput(join(unitsDir, s.file), await renderXlsx(layoutReport(template, s.meta, s.fill).model), true);
    say(`  ${s.file.padEnd(32)} ${s.story}`);
  }
  writeFileSync(join(dir, "roster.csv"), "code,name\n" + MUONG_ANG_ROSTER.map((n) => `,${n}`).join("\n") + "\n");
  say(msg(lang, "demoDone", { n: samples.length, dir: unitsDir }));
  return 0;
}
