// Which level consolidates, and whose deadline applies, from what the inputs say of themselves.
import { LEVELS, type Level } from "../templates";
import type { ConsolidateOptions } from "./types";
import type { ReadReport } from "./read-report";

function nextLevel(level: Level): Level {
  const i = LEVELS.indexOf(level);
  return LEVELS[Math.min(LEVELS.length - 1, i + 1)];
}

function levelBelow(level: Level): Level {
  return LEVELS[Math.max(0, LEVELS.indexOf(level) - 1)];
}

/** The level most inputs report at, from their metadata sheets; undefined when none says. */
export function inputsLevel(reports: ReadReport[]): Level | undefined {
  const counts = LEVELS.map(
    (l) => reports.filter((r) => r.report.metaSource === "sheet" && r.report.meta.level === l).length,
  );
  const most = counts.indexOf(Math.max(...counts));
  return counts[most] > 0 ? LEVELS[most] : undefined;
}

/** The consolidating unit's level: as given, else the level above most inputs (never the first file's). */
export function consolidatingLevel(opts: ConsolidateOptions, inputs: Level | undefined): Level {
  return opts.consolidatingUnit?.level ?? nextLevel(inputs ?? "xa");
}

/**
 * Whose deadline applies: the inputs' own level when it is below the
 * consolidating unit's — since July 2025 a province consolidates communes
 * directly, and the communes' deadline is the one they must meet — else the
 * level just below the consolidating unit.
 */
export function deadlineLevelFor(level: Level, inputs: Level | undefined): Level {
  return inputs && LEVELS.indexOf(inputs) < LEVELS.indexOf(level) ? inputs : levelBelow(level);
}
