// How a value changed since last period: the change, and the change in % only on a base large enough
// (COMPARE_RULES.percentMinBase); a rate recomputed from its counts, its change in percentage points.
import type { Rate } from "../templates";
import { COMPARE_RULES } from "./rules";
import type { Change } from "./types";

export function changeOf(current: number | null, previous: number | null): Change {
  const change = current !== null && previous !== null ? current - previous : null;
  const ratio =
    change !== null && previous !== null && previous >= COMPARE_RULES.percentMinBase ? change / previous : null;
  return { current, previous, change, ratio };
}

/** A rate from totals: never summed, always numerator ÷ denominator; null without a denominator. */
export function rateFrom(rate: Pick<Rate, "numerator" | "denominator">, totals: Record<string, number | null>) {
  const num = totals[rate.numerator];
  const den = totals[rate.denominator];
  return num !== null && num !== undefined && den !== null && den !== undefined && den > 0 ? num / den : null;
}

/** (current − previous) in percentage points, when both rates are known. */
export function pointsOf(current: number | null, previous: number | null): number | null {
  // Rounded far below what is shown: equal rates give 0, not -0.00000000000001.
  return current !== null && previous !== null ? Math.round((current - previous) * 1e12) / 1e10 : null;
}
