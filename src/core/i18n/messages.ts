// The core's catalogue of what tonghop tells users, in Vietnamese and English,
// one file per audience and area: findings on a report (findings.ts), why a
// file cannot be read (reading.ts), consolidation (consolidation.ts), rosters
// (roster.ts), template authoring (template-messages.ts); figures through
// format.ts. This module gathers them so callers import from one place.
export type { Lang } from "./lang";
export { formatDecimal, formatNumber, formatPercent } from "./format";
export { messages, valueMessage } from "./findings";
export { failures, safetyLimits } from "./reading";
export { consolidation } from "./consolidation";
export { rosterMessages } from "./roster";
