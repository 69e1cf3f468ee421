// What a report is about: who reports, for which period, on which template.
// Written into every workbook and read back from it; the reporting body, its
// level and the recipient are data, never built in (levels and agencies change).
import { z } from "zod";
import { UNIT_CODE } from "./limits";
import { isValidIso, isoFromParts, type IsoDate } from "./dates";
import { LevelSchema, type Level, type Template } from "./templates";

// Its problems are said by kind (core/meta-input.ts, i18n/meta-messages.ts), never in zod's words.
export const ReportMetaSchema = z.object({
  templateId: z.string().min(1),
  templateVersion: z.number().int().min(1),
  unitName: z.string().trim().min(1).max(200),
  unitCode: z.string().trim().regex(UNIT_CODE).optional(),
  level: LevelSchema,
  period: z.string().min(4),
  reportDate: z.string().refine(isValidIso).optional(),
  /** The issuing body printed top-left ("ỦY BAN NHÂN DÂN XÃ ẲNG CANG"). */
  issuer: z.string().trim().min(1).max(200).optional(),
  /** Place printed before the date ("Ẳng Cang, ngày … tháng … năm …"). */
  place: z.string().trim().min(1).max(100).optional(),
  /** The body above the issuer, printed above it ("UBND HUYỆN MƯỜNG ẢNG" above a district office). */
  parentBody: z.string().trim().min(1).max(200).optional(),
  /** The issuer's abbreviation in the number line ("…/BC-UBND"); by default from the issuer (document/decree30.ts). */
  abbreviation: z.string().trim().min(1).max(30).optional(),
  /** Who the report is sent to ("Kính gửi: …"). */
  recipient: z.string().trim().min(1).max(300).optional(),
  /** The signer's name, printed under the signature. */
  signer: z.string().trim().min(1).max(100).optional(),
  /** Signs as the head ("CHỦ TỊCH") or for the head as a deputy ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). */
  signAs: z.enum(["head", "deputy"]).optional(),
});
export type ReportMeta = z.infer<typeof ReportMetaSchema>;
/** The details only the signed document prints (the decree's number line, Kính gửi, signature). */
export const DOCUMENT_DETAIL_KEYS = ["parentBody", "abbreviation", "recipient", "signer", "signAs"] as const;
export type DocumentDetailKey = (typeof DOCUMENT_DETAIL_KEYS)[number];

/** Administrative prefixes of unit names, longest first. */
const UNIT_PREFIXES = ["Thị trấn", "Thị xã", "Thành phố", "Phường", "Huyện", "Quận", "Tỉnh", "Xã", "TP."];

export function stripUnitPrefix(name: string): string {
  const trimmed = name.trim();
  const lower = trimmed.toLocaleLowerCase("vi");
  for (const p of UNIT_PREFIXES) {
    const pl = p.toLocaleLowerCase("vi");
    if (lower.startsWith(pl + " ")) return trimmed.slice(p.length).trim();
  }
  return trimmed;
}

export function defaultIssuer(unitName: string): string {
  const upper = unitName.trim().toLocaleUpperCase("vi");
  return stripUnitPrefix(unitName) !== unitName.trim() ? `ỦY BAN NHÂN DÂN ${upper}` : upper;
}

export interface Period {
  year: number;
  span: "half" | "year";
}

/** Parses a period for a template ("2024", or "2024-6T" where the template allows half years). */
export function parsePeriod(template: Template, text: string): Period | null {
  const m = /^\s*(\d{4})(-6T)?\s*$/i.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  const span = m[2] ? "half" : "year";
  if (span === "half" && template.periodKind !== "half-or-year") return null;
  return { year, span };
}

export function periodText(p: Period): string {
  return p.span === "half" ? `${p.year}-6T` : String(p.year);
}

/** As printed in titles: "NĂM 2024", "6 THÁNG ĐẦU NĂM 2024". */
export function periodTitle(p: Period): string {
  return p.span === "half" ? `6 THÁNG ĐẦU NĂM ${p.year}` : `NĂM ${p.year}`;
}

/** The template's default submission deadline for a unit of this level. */
export function defaultDeadline(template: Template, period: Period, level: Level): IsoDate {
  const candidates = template.deadlines.filter((d) => d.span === period.span);
  const pick =
    candidates.find((d) => d.level === level) ??
    candidates.find((d) => d.level === undefined) ??
    candidates[0] ??
    template.deadlines[0];
  return isoFromParts(period.year, pick.month, pick.day) ?? `${period.year}-12-31`;
}
