// Every string the pane shows: Vietnamese by default, English when Office's
// display language (or the browser's) is English. No React here: the small
// script that waits for Office (office-wait.ts) speaks from this catalogue too.
import { interpolate, type Lang } from "../core/i18n/lang";
import { en } from "./strings-en";
import { vi } from "./strings-vi";

export type UiKey = keyof typeof vi;
export type Strings = Record<UiKey, string>;

export type { Lang } from "../core/i18n/lang";

export function strings(lang: Lang): Strings {
  return lang === "en" ? en : vi;
}

/** Fills a pane string's {placeholders} the one way every catalogue does. */
export function fmt(text: string, params: Record<string, string | number> = {}): string {
  return interpolate(text, params);
}

/** Office's display language, or the browser's: English only when it says English. */
export function pickLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}
