// The two languages every message is written in, and the one way a message's
// {placeholders} are filled: the core's findings, the CLI and the pane share it.
export type Lang = "vi" | "en";

/** A message in both languages. */
export interface Localized {
  vi: string;
  en: string;
}

/** A value for {key}, or undefined to leave "{key}" as written (a typo in a catalogue stays visible). */
export type Lookup = Record<string, string | number> | ((key: string) => string | number | undefined);

/**
 * Replaces each {key} in `text` with its value, and each {key:one|many} with `one` when the value is 1, else
 * `many` (English counts: "{n} {n:warning|warnings}"; Vietnamese nouns do not change, so its texts need none).
 */
export function interpolate(text: string, values: Lookup): string {
  const get = typeof values === "function" ? values : (k: string) => (k in values ? values[k] : undefined);
  return text.replace(
    /\{(\w+)(?::([^|{}]*)\|([^|{}]*))?\}/g,
    (placeholder, key: string, one?: string, many?: string) => {
      const v = get(key);
      if (v === undefined) return placeholder;
      if (one !== undefined && many !== undefined) return Number(v) === 1 ? one : many;
      return String(v);
    },
  );
}
