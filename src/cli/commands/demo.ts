// `tonghop demo` (npm run demo): writes the bundled sample commune reports and
// the district roster under examples/, then consolidates them into
// examples/summary.xlsx — the main job, end to end, without Excel.
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { consolidate } from "../../core/consolidate";
import { formatNumber, type Lang } from "../../core/i18n/messages";
import { fileStatusKey, statusWord } from "../../core/i18n/status";
import { layoutReport } from "../../core/layout/report";
import { summaryPlan } from "../../core/layout/summary";
import { findTemplate } from "../../core/templates";
import { DEMO_DEADLINE, MUONG_ANG_ROSTER, muongAngSamples } from "../../demo/samples";
import { renderXlsx } from "../../xlsx/write";
import { CLI_WRITE } from "../deflate";
import { collectPaths } from "../inputs";
import { readUnitFiles } from "../parallel-read";
import { msg } from "../messages";
import { writeOutput } from "../output";
import { fileFlags } from "./consolidate";

export async function demoCommand(outDir: string, lang: Lang, say: (s: string) => void): Promise<number> {
  const dir = resolve(outDir);
  const unitsDir = join(dir, "units");
  mkdirSync(unitsDir, { recursive: true });
  const template = findTemplate("thang-hanh-dong");
  if (!template) throw new Error("built-in template thang-hanh-dong is missing");
  const samples = muongAngSamples();
  for (const s of samples) {
    // The demo owns examples/: regenerating it replaces its own files.
    writeOutput(
      join(unitsDir, s.file),
      await renderXlsx(layoutReport(template, s.meta, s.contents).model, CLI_WRITE),
      true,
    );
  }
  const rosterPath = join(dir, "roster.csv");
  writeFileSync(rosterPath, "code,name\n" + MUONG_ANG_ROSTER.map((n) => `,${n}`).join("\n") + "\n");
  say(msg(lang, "demoDone", { n: samples.length, dir: unitsDir }));

  const files = (await readUnitFiles(collectPaths([unitsDir]).files, () => undefined)).files;
  const summary = consolidate(files, {
    roster: MUONG_ANG_ROSTER.map((name) => ({ name })),
    deadline: DEMO_DEADLINE,
    consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" },
  });
  if (!summary) throw new Error("the demo samples did not consolidate");
  const out = join(dir, "summary.xlsx");
  writeOutput(out, await renderXlsx(summaryPlan(summary), CLI_WRITE), true);

  const story = new Map(samples.map((s) => [s.file, s.story]));
  say("");
  for (const f of summary.files) {
    const told = story.get(basename(f.file))?.[lang] ?? "";
    say(
      `  ${basename(f.file).padEnd(26)} ${statusWord(fileStatusKey(f), lang).padEnd(28)} ${fileFlags(f, lang).padEnd(22)} ${told}`,
    );
  }
  say(`  ${`${statusWord("missing", lang)}:`.padEnd(26)} ${summary.missing.map((m) => m.name).join(", ")}`);
  say("");
  const children = formatNumber(summary.totals.launch_children, lang);
  const funds = formatNumber(summary.totals.funds_state + summary.totals.funds_mobilized, lang);
  say(`  ${msg(lang, "demoTotals", { children, funds })}`);
  say(msg(lang, "wrote", { file: out }));
  return 0;
}
