// A unit's file that could be read, with what checking it found; and the order files are considered in.
import { baseName } from "../paths";
import type { Finding, UnitReport } from "../vocabulary";
import type { Template } from "../templates";
import { builtInCatalogue, templateHash } from "../templates/catalogue";
import type { ConsolidateOptions, UnitFile } from "./types";

/** A file that was read as a unit's report, and the findings of checking it. */
export interface ReadReport {
  file: UnitFile;
  report: UnitReport;
  findings: Finding[];
}

/**
 * The order files are considered in: it decides which of identical copies is
 * the one included, so the shortest name (the original, not "… (1)" or
 * "… - Copy") comes first; then by path and content, so any input order gives
 * the same result.
 */
export function byFile(a: { file: string; sha256: string }, b: { file: string; sha256: string }): number {
  const la = baseName(a.file).length;
  const lb = baseName(b.file).length;
  if (la !== lb) return la - lb;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0;
}

/**
 * The template to consolidate: the one asked for when the caller knows it, else
 * the identity (id and content) most inputs carry (templates are not periods: a vote is harmless).
 */
export function pickTemplate(reports: ReadReport[], opts: ConsolidateOptions): Template | undefined {
  const given = opts.templateId ? (opts.templates ?? builtInCatalogue()).find(opts.templateId) : undefined;
  if (given) return given;
  const counts = new Map<string, { template: Template; n: number }>();
  for (const r of reports) {
    const t = r.report.template;
    if (opts.templateId && t.id !== opts.templateId) continue;
    const key = `${t.id}\u0000${templateHash(t)}`;
    const c = counts.get(key) ?? { template: t, n: 0 };
    c.n += 1;
    counts.set(key, c);
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0];
  return best?.[1].template;
}

/** How a template's identity reads in a message: its version and the start of its hash. */
export function identityLabel(t: Template): string {
  return `${t.version} (${templateHash(t).slice(0, 8)})`;
}
