// What `tonghop consolidate --previous` prints of the comparison: where last period came from and what it
// lacks, then each table's ready sentences, in the user's language; the count of cells flagged against the
// units' own history (each warning is listed with its file above).
import type { Summary } from "../core/consolidate";
import { againstWords } from "../core/i18n/compare";
import type { Lang } from "../core/i18n/messages";
import { msg } from "./cli-messages";
import { shown } from "./shown";

export function comparisonLines(s: Summary, lang: Lang): string[] {
  const c = s.comparison;
  if (!c?.ok) return [];
  const lines = [
    "",
    msg(lang, "compareHead", { against: againstWords(c.sameTime, c.previousPeriod)[lang], period: c.previousPeriod }),
  ];
  for (const n of c.notes) lines.push(`  ${shown(n[lang])}`);
  for (const t of c.sentences) {
    if (t.lines.length === 0) continue;
    lines.push("", `  ${shown(t.name)}:`);
    for (const l of t.lines) lines.push(`    ${shown(l[lang])}`);
  }
  const flagged = (c.units ?? []).reduce((n, u) => n + u.flagged.length, 0);
  if (flagged) lines.push("", msg(lang, "historyFlagged", { n: flagged }));
  return lines;
}
