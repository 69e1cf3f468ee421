// The JSON shape of findings on the command line (a contract other tools rely on).
import type { Lang } from "../core/i18n/messages";
import type { Finding } from "../core/vocabulary";

export interface FindingJson {
  code: string;
  severity: "error" | "warning";
  field: string | null;
  fields: string[];
  sheet: string;
  cell: string;
  message: string;
  suggestion: number | null;
  /** The unit's explanation from a returned feedback workbook, and that workbook; only when there is one. */
  explanation?: { text: string; from: string };
}

export function findingJson(f: Finding, lang: Lang): FindingJson {
  return {
    code: f.code,
    severity: f.severity,
    field: f.field ?? null,
    fields: f.fields ?? (f.field ? [f.field] : []),
    sheet: f.sheet,
    cell: f.cell,
    message: f.message[lang],
    suggestion: f.suggestion ?? null,
    ...(f.explanation ? { explanation: { text: f.explanation.text, from: f.explanation.from } } : {}),
  };
}
