// Numbers as each language writes them: "1.234.567" and "12,5%" in Vietnamese,
// "1,234,567" and "12.5%" in English. Every catalogue shows figures through these.
import type { Lang } from "./lang";

export function formatNumber(n: number, lang: Lang): string {
  const rounded = Math.round(n);
  const sep = lang === "vi" ? "." : ",";
  const s = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (rounded < 0 ? "-" : "") + s;
}

export function formatPercent(ratio: number, lang: Lang): string {
  const pct = Math.round(ratio * 1000) / 10;
  return (lang === "vi" ? String(pct).replace(".", ",") : String(pct)) + "%";
}

/** A cell's content as the user saw it; a decimal with the user's mark ("1,5" in Vietnamese). */
export function show(raw: string | number | boolean | null, lang: Lang): string {
  if (raw === null) return lang === "vi" ? "(trống)" : "(blank)";
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "number") return `"${formatDecimal(raw, lang)}"`;
  return `"${raw}"`;
}

/** A number as written in the language: groups, and up to 6 decimals after a comma in Vietnamese ("1.234,5"). */
export function formatDecimal(n: number, lang: Lang): string {
  if (Number.isInteger(n)) return formatNumber(n, lang);
  const [int, frac] = Math.abs(n).toFixed(6).replace(/0+$/, "").split(".");
  return (n < 0 ? "-" : "") + formatNumber(Number(int), lang) + (lang === "vi" ? "," : ".") + frac;
}
