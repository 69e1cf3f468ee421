// The sheets of a report workbook and the keys of its metadata: written by
// layout/ (meta-sheet.ts, template-sheet.ts, report.ts) and looked for by
// read/ (extract.ts, embedded-template.ts). Change a name here and both follow;
// files already sent keep the names below, so change them only with a reader
// for the old ones.

/** The visible sheet holding the report (another name when the workbook already has one). */
export const REPORT_SHEET = "Báo cáo";

/** The hidden sheet that says what a workbook is: plain key/value text rows. */
export const META_SHEET = "_tonghop";
/** First cell of the meta sheet: marks a workbook as a tonghop report. */
export const META_MARK = "tonghop";
export const META_SCHEMA = 1;

export const META_KEYS = {
  schema: "schema",
  kind: "kind",
  templateId: "template_id",
  templateVersion: "template_version",
  unitName: "unit_name",
  unitCode: "unit_code",
  level: "level",
  period: "period",
  reportDate: "report_date",
  issuer: "issuer",
  place: "place",
  parentBody: "parent_body",
  abbreviation: "abbreviation",
  recipient: "recipient",
  signer: "signer",
  signAs: "sign_as",
  reportDateCell: "cell:report_date",
  /** A summary's gaps, for the level above: "error_cells=2;missing_fields=0;units_short=1;not_sent=2;unresolved=1". */
  gaps: "gaps",
} as const;

/** The counts a summary's `gaps` row carries, in its order. */
export const GAP_KEYS = ["error_cells", "missing_fields", "units_short", "not_sent", "unresolved"] as const;
export type SummaryGaps = Record<(typeof GAP_KEYS)[number], number>;

export function gapsText(g: SummaryGaps): string {
  return GAP_KEYS.map((k) => `${k}=${g[k]}`).join(";");
}

/** The gaps a summary recorded, or undefined when it recorded none (or something unreadable). */
export function parseGaps(text: string | undefined): SummaryGaps | undefined {
  if (!text) return undefined;
  const pairs = new Map(text.split(";").map((p) => p.split("=") as [string, string]));
  const counts = GAP_KEYS.map((k) => Number(pairs.get(k) ?? "0"));
  if (counts.some((n) => !Number.isSafeInteger(n) || n < 0)) return undefined;
  const g = Object.fromEntries(GAP_KEYS.map((k, i) => [k, counts[i]])) as SummaryGaps;
  return counts.some((n) => n > 0) ? g : undefined;
}

/** Keys of per-input rows: "field:launch_sites", "narrative:I.1". */
export const FIELD_KEY = "field:";
export const NARRATIVE_KEY = "narrative:";

/** The hidden sheet that carries a template not built in: row 1 mark, id, version, SHA-256; rows 2… its JSON. */
export const TEMPLATE_SHEET = "_tonghop_template";
/** First cell of the template sheet. */
export const TEMPLATE_MARK = "tonghop-template";
/** Characters of JSON a cell: far below 32,767, so no reader or writer is near its limit. */
export const TEMPLATE_CHUNK = 8_000;

/** The summary's tables by unit: written by layout/summary.ts, read back as last period's figures by unit. */
export const BY_UNIT_SHEET = "Tổng hợp theo đơn vị";
/** The words of the by-unit tables that tell their rows and columns apart. */
export const BY_UNIT_WORDS = { number: "STT", unit: "Đơn vị", file: "Tệp nguồn", total: "Tổng cộng" } as const;
