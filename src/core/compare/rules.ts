// The thresholds of comparing with last period, as data: when a change is given in % and when only in
// numbers, and when a unit's value is too far from its own last value to be believed without a look.
// Each threshold has its test (test/core/compare/history.test.ts, change.test.ts).
import type { Field } from "../templates";

type ValueKind = Field["kind"];

export const COMPARE_RULES = {
  /**
   * A change is given in % only when last period's value is at least this: on a small or zero base ("3 vụ"
   * after 2) a percentage says more than it knows, so the absolute change alone is given.
   */
  percentMinBase: 5,
} as const;

/** A unit's value against its own last value: a warning at the cell, naming both values. */
export const HISTORY_RULES = {
  /** This many times the last value, or this many times below it, and more. */
  factor: 10,
  /** Counts where both values are below this are too small for a ratio to mean a slip (1 → 12 forums). */
  countMinLarger: 20,
  /** From 0 to at least this many, or from at least this many to 0: worth a look, by kind of value. */
  fromZero: { count: 100, money: 100_000_000 } satisfies Record<ValueKind, number>,
  /**
   * Money this many times off is most likely typed in another unit: nghìn (1,000) or triệu (1,000,000) đồng.
   * A ratio within `scaleTolerance` times of one of them is said to look like it.
   */
  moneyScales: [1_000, 1_000_000],
  scaleTolerance: 2,
} as const;
