// Which period a consolidation is for. Never a vote: a folder holding last
// year's forms beside this year's must not make the district consolidate last
// year. The user's choice wins; else the year of the deadline; else the
// latest period among the files. Every period found is reported.
import type { IsoDate } from "../dates";
import { defaultDeadline, parsePeriod, periodText, type Period } from "../meta";
import type { Level, Template } from "../templates";
import type { PeriodChoice, PeriodCount, UnitFile } from "./types";

/** Later first: a later year, and within a year the whole year after its first six months. */
function laterFirst(a: Period, b: Period): number {
  return b.year - a.year || (a.span === b.span ? 0 : a.span === "year" ? -1 : 1);
}

function periodOf(f: UnitFile, templateId?: string): Period | null {
  if (!f.read.ok) return null;
  const r = f.read.report;
  if (templateId && r.template.id !== templateId) return null;
  return parsePeriod(r.template, r.meta.period);
}

/**
 * The periods the readable reports are for, with how many files are of each,
 * latest first (for offering a choice before consolidating).
 */
export function findPeriods(files: UnitFile[], templateId?: string): PeriodCount[] {
  const counts = new Map<string, { p: Period; files: number }>();
  for (const f of files) {
    const p = periodOf(f, templateId);
    if (!p) continue;
    const key = periodText(p);
    const c = counts.get(key);
    if (c) c.files += 1;
    else counts.set(key, { p, files: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => laterFirst(a.p, b.p))
    .map((c) => ({ period: periodText(c.p), files: c.files }));
}

/**
 * The period to consolidate. With a deadline, of the periods its year allows
 * (found among the files, else the whole year), the one whose own default
 * deadline is nearest to it ("2024-6T" for 31/5/2024, "2024" for 30/11/2024).
 */
export function choosePeriod(
  template: Template,
  files: UnitFile[],
  opts: { period?: string; deadline?: IsoDate; level: Level },
): PeriodChoice | null {
  const found = findPeriods(files, template.id);
  const given = opts.period ? parsePeriod(template, opts.period) : null;
  if (opts.period) return given ? { period: periodText(given), source: "option", found } : null;
  if (opts.deadline) {
    const year = Number(opts.deadline.slice(0, 4));
    const inYear = found.map((f) => parsePeriod(template, f.period) as Period).filter((p) => p.year === year);
    const choices: Period[] = inYear.length ? inYear : [{ year, span: "year" }];
    const distance = (p: Period) =>
      Math.abs(Date.parse(defaultDeadline(template, p, opts.level)) - Date.parse(opts.deadline as string));
    const best = [...choices].sort((a, b) => distance(a) - distance(b) || laterFirst(a, b))[0];
    return { period: periodText(best), source: "deadline", found };
  }
  return found.length ? { period: found[0].period, source: "latest", found } : null;
}
