// The pane's language for every component, and its strings from the catalogue.
import { createContext, useContext } from "react";
import { fmt, strings, type Lang, type Strings, type UiKey } from "../i18n";

export const LangContext = createContext<Lang>("vi");

export function useStrings(): { s: Strings; lang: Lang; t: (k: UiKey, p?: Record<string, string | number>) => string } {
  const lang = useContext(LangContext);
  const s = strings(lang);
  return { s, lang, t: (k, p) => fmt(s[k], p) };
}
