// Reports made from a user's template as a unit makes them: the outline turned
// into a template file, `tonghop new --template`, then openpyxl types the
// figures by the printed headers.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import type { Template } from "../../src/core/templates";
import { run } from "./cli";
import { openpyxlByHeaders } from "./openpyxl";

/** What a unit types for a figure `n`: counts as they are, money in đồng. */
export const amount = (kind: string, n: number): number => (kind === "money" ? n * 1_000_000 : n);

/** `template from-outline` into dir/mau.json; returns the file and the template. */
export async function templateFile(dir: string, outline: string): Promise<{ file: string; template: Template }> {
  writeFileSync(join(dir, "de-cuong.txt"), outline);
  const file = join(dir, "mau.json");
  await run("template", "from-outline", join(dir, "de-cuong.txt"), "--out", file);
  return { file, template: JSON.parse(readFileSync(file, "utf8")) as Template };
}

/** A report from `templateFile` for `unit`, every figure `value` (by amount()), saved by openpyxl to `out`. */
export async function filledReport(
  templateFile: string,
  unit: string,
  period: string,
  out: string,
  value: number,
): Promise<void> {
  // Not beside `out`: that folder is often the one consolidated.
  const blank = join(mkdtempSync(join(tmpdir(), "tonghop-blank-")), basename(out));
  const args = ["--unit-name", unit, "--period", period, "--report-date", "05/7/2025", "--force"];
  const made = await run("new", "--template", templateFile, "--out", blank, ...args);
  if (made.code !== 0) throw new Error(made.err);
  const t = JSON.parse(readFileSync(templateFile, "utf8")) as Template;
  const fields = t.tables.flatMap((table) =>
    table.groups.flatMap((g) =>
      g.fields.map((f) => ({ group: g.label, label: f.label, value: amount(f.kind, value) })),
    ),
  );
  openpyxlByHeaders(blank, REPORT_SHEET, fields, out);
}
