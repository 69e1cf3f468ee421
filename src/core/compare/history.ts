// A unit's value against its own last value (HISTORY_RULES): ×10 or ÷10 and more, from 0 to many or from
// many to 0, and money that looks 1,000× or 1,000,000× off (typed in nghìn or triệu đồng). Small counts are
// left alone (1 → 12 forums is a real change). Each check gives a warning at the unit's cell naming both
// values; a unit with no history is never flagged.
import { compareMessages, type HistoryFacts } from "../i18n/compare";
import type { Localized } from "../i18n/lang";
import type { Field } from "../templates";
import { HISTORY_RULES } from "./rules";

export type HistoryCode =
  | "history_jump"
  | "history_drop"
  | "history_scale_up"
  | "history_scale_down"
  | "history_from_zero"
  | "history_to_zero";

export interface HistoryCheck {
  code: HistoryCode;
  /** How many times more (jump) or less (drop). */
  factor?: number;
  /** The money scale it looks like (1,000: nghìn; 1,000,000: triệu). */
  scale?: number;
}

/** Whether a value is too far from the unit's own last value; undefined when it is believable. */
export function checkHistory(kind: Field["kind"], current: number, previous: number): HistoryCheck | undefined {
  const R = HISTORY_RULES;
  if (previous === current) return undefined;
  if (previous === 0) return current >= R.fromZero[kind] ? { code: "history_from_zero" } : undefined;
  if (current === 0) return previous >= R.fromZero[kind] ? { code: "history_to_zero" } : undefined;
  if (kind === "count" && Math.max(current, previous) < R.countMinLarger) return undefined;
  const up = current > previous;
  const factor = up ? current / previous : previous / current;
  if (factor < R.factor) return undefined;
  if (kind === "money") {
    const scale = R.moneyScales.find((s) => factor >= s / R.scaleTolerance && factor <= s * R.scaleTolerance);
    if (scale) return { code: up ? "history_scale_up" : "history_scale_down", scale };
  }
  return { code: up ? "history_jump" : "history_drop", factor };
}

/** The warning's words for a check. */
export function historyMessage(check: HistoryCheck, facts: HistoryFacts): Localized {
  switch (check.code) {
    case "history_jump":
      return compareMessages.historyJump(facts, check.factor ?? HISTORY_RULES.factor);
    case "history_drop":
      return compareMessages.historyDrop(facts, check.factor ?? HISTORY_RULES.factor);
    case "history_scale_up":
      return compareMessages.historyScaleUp(facts, check.scale ?? 1000);
    case "history_scale_down":
      return compareMessages.historyScaleDown(facts, check.scale ?? 1000);
    case "history_from_zero":
      return compareMessages.historyFromZero(facts);
    case "history_to_zero":
      return compareMessages.historyToZero(facts);
  }
}
