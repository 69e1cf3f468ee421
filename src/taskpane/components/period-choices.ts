// The periods Mẫu báo cáo offers, as people say them ("Năm 2024", "6 tháng đầu năm 2024"), from the template's
// period kinds: a few years around this one, and any other year asked for (the outline's, the form's saved).
import type { Localized } from "../../core/i18n/lang";
import { metaMessages } from "../../core/i18n/meta-messages";
import { parsePeriod, periodText, type Period } from "../../core/meta";
import type { Template } from "../../core/templates";

export interface PeriodChoice {
  /** The period's code, as a report keeps it ("2024", "2024-6T"). */
  value: string;
  label: Localized;
}

/** Years before this one that are offered: late reports, and corrections of last years'. */
const YEARS_BACK = 3;

export function periodChoices(template: Template, thisYear: number, also: (string | undefined)[]): PeriodChoice[] {
  const years = new Set<number>();
  for (let y = thisYear + 1; y >= thisYear - YEARS_BACK; y--) years.add(y);
  for (const p of also) {
    const parsed = p ? parsePeriod(template, p) : null;
    if (parsed) years.add(parsed.year);
  }
  const spans: Period["span"][] = template.periodKind === "half-or-year" ? ["year", "half"] : ["year"];
  return [...years]
    .sort((a, b) => b - a)
    .flatMap((year) =>
      spans.map((span) => ({
        value: periodText({ year, span }),
        label: metaMessages.periodName(year, span === "half"),
      })),
    );
}

/** The period kept when another template is chosen: the same if it fits, else that year as a whole. */
export function periodFor(template: Template, period: string, thisYear: number): string {
  if (parsePeriod(template, period)) return period.toUpperCase();
  const year = /^\s*(\d{4})/.exec(period)?.[1];
  return year && parsePeriod(template, year) ? year : String(thisYear);
}
