// Which period this one is compared with: the same kind one year earlier (6 months with the same 6 months,
// a year with a year), or a period the user names. Anything else is refused with the reason.
import { compareMessages } from "../i18n/compare";
import { parsePeriod, periodText } from "../meta";
import type { Template } from "../templates";
import type { RefusedComparison } from "./types";

/** The same period one year earlier ("2024-6T" for "2025-6T"); null when the period is not one. */
export function comparablePeriod(template: Template, period: string): string | null {
  const p = parsePeriod(template, period);
  return p ? periodText({ year: p.year - 1, span: p.span }) : null;
}

/** Valid periods of a template, for saying what may be named. */
function examples(template: Template, period: string): string {
  const year = (parsePeriod(template, period)?.year ?? 2025) - 1;
  return template.periodKind === "half-or-year" ? `${year}, ${year}-6T` : String(year);
}

/** The period to compare with, and whether it is the same period a year earlier; or why none can be. */
export function periodToCompare(
  template: Template,
  current: string,
  named?: string,
): { period: string; sameTime: boolean } | RefusedComparison {
  const comparable = comparablePeriod(template, current);
  if (named === undefined || named.trim() === "")
    return comparable
      ? { period: comparable, sameTime: true }
      : {
          ok: false,
          code: "bad_period",
          message: compareMessages.compareBadPeriod(current, examples(template, current)),
        };
  const p = parsePeriod(template, named);
  if (!p)
    return {
      ok: false,
      code: "bad_period",
      message: compareMessages.compareBadPeriod(named, examples(template, current)),
    };
  const text = periodText(p);
  if (text === current) return { ok: false, code: "same_period", message: compareMessages.compareSamePeriod(text) };
  return { period: text, sameTime: text === comparable };
}
