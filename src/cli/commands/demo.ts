// `tonghop demo` (npm run demo): writes the bundled sample commune reports and
// the district roster under examples/, then consolidates them into
// examples/summary.xlsx — the main job, end to end, without Excel.
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { consolidate, type Summary } from "../../core/consolidate";
import { formatNumber, type Lang } from "../../core/i18n/messages";
import { fileStatusKey, statusWord } from "../../core/i18n/status";
import { layoutReport } from "../../core/layout/report";
import { summaryPlan } from "../../core/layout/summary";
import type { Localized } from "../../core/i18n/lang";
import { findTemplate } from "../../core/templates";
import { DEMO_DEADLINE, MUONG_ANG_ROSTER, muongAngSamples } from "../../demo/samples";
import { renderXlsx } from "../../xlsx/write";
import { CLI_WRITE } from "../deflate";
import { collectPaths } from "../inputs";
import { readUnitFiles } from "../parallel-read";
import { msg } from "../cli-messages";
import { writeOutput } from "../output";
import { fileFlags, unitStateLines } from "../summary-lines";

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
  const { summary } = consolidate(files, {
    roster: MUONG_ANG_ROSTER.map((name) => ({ name })),
    deadline: DEMO_DEADLINE,
    consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" },
  });
  if (!summary) throw new Error("the demo samples did not consolidate");
  const out = join(dir, "summary.xlsx");
  writeOutput(out, await renderXlsx(summaryPlan(summary), CLI_WRITE), true);

  say("");
  demoLines(summary, new Map(samples.map((s) => [s.file, s.story])), lang).forEach((line) => say(line));
  say(msg(lang, "wrote", { file: out }));
  return 0;
}

/** What the demo tells of its summary: each file with its story, the units nothing is counted for, the totals. */
export function demoLines(summary: Summary, story: Map<string, Localized>, lang: Lang): string[] {
  const lines = summary.files.map((f) => {
    const told = story.get(basename(f.file))?.[lang] ?? "";
    const status = statusWord(fileStatusKey(f), lang);
    return `  ${basename(f.file).padEnd(26)} ${status.padEnd(28)} ${fileFlags(f, lang).padEnd(22)} ${told}`;
  });
  // Units with nothing counted, as `tonghop consolidate` prints them: "Đã nộp, cần xử lý" apart from "Chưa nộp".
  lines.push(...unitStateLines(summary, lang), "");
  const children = formatNumber(summary.totals.launch_children, lang);
  const funds = formatNumber(summary.totals.funds_state + summary.totals.funds_mobilized, lang);
  lines.push(`  ${msg(lang, "demoTotals", { children, funds })}`);
  return lines;
}
