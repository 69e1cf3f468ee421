// The facts of Decree 30/2020/NĐ-CP (Phụ lục I) about an official document, in one place: the national title
// and motto, font sizes, margins, the number line ("Số: 05/BC-UBND"), the date line and its leading zeros, the
// issuer's abbreviation and who signs (from the issuing body, editable), "Kính gửi", "Nơi nhận" and the
// "(Kèm theo …)" line of an appendix. The Word document model (document/*.ts) and the report workbooks
// (layout/report.ts, layout/summary.ts) both take them from here, so the two always agree.
import { isValidIso, serialFromIso, type IsoDate } from "../dates";
import { defaultIssuer, stripUnitPrefix, type ReportMeta } from "../meta";

export const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";
/** The kind of document printed above its title, and its short form in the number line. */
export const KIND = { report: { name: "BÁO CÁO", code: "BC" } } as const;
export const KINH_GUI = "Kính gửi";
export const NOI_NHAN = "Nơi nhận:";
export const AS_ABOVE = "- Như trên;";
export const ARCHIVE = "- Lưu: VT.";
/** What a blank to fill by hand looks like (a number, a day, a recipient). */
export const BLANK = "……";

/** The official typeface (Unicode, TCVN 6909:2001). */
export const TYPEFACE = "Times New Roman";

/** Points, each within the decree's range. */
export const SIZES = {
  parentBody: 13,
  issuer: 13,
  quocHieu: 12,
  tieuNgu: 13,
  number: 13,
  date: 14,
  kind: 14,
  title: 14,
  recipient: 14,
  body: 14,
  table: 12,
  appendixTable: 11,
  signer: 14,
  noiNhan: 12,
  /** A covering letter's "V/v …" under its number (Phụ lục III: 12–13). */
  subject: 12,
  noiNhanList: 11,
  pageNumber: 13,
  appendix: 14,
} as const;

/** A4 in millimetres; margins within the decree's ranges (top, bottom 20–25; left 30–35; right 15–20). */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 17, headerMm: 10, footerMm: 10 },
  /** Body paragraphs: first-line indent 1–1.27 cm, at least 6 pt apart, line spacing single to 1.5. */
  firstLineIndentMm: 12.7,
  paragraphSpacePt: 6,
  lineSpacing: 1.1,
} as const;

/** The text width of a page (mm), portrait or landscape. */
export function textWidthMm(orientation: "portrait" | "landscape"): number {
  const m = PAGE.margins;
  return (orientation === "portrait" ? PAGE.widthMm : PAGE.heightMm) - m.leftMm - m.rightMm;
}

/** Millimetres as inches (the workbook's print margins). */
export const inches = (mm: number): number => Math.round((mm / 25.4) * 100) / 100;

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

/** A People's Committee as the issuing body ("ỦY BAN NHÂN DÂN XÃ …", "UBND HUYỆN …"). */
export const PEOPLES_COMMITTEE = /^(?:ỦY|UỶ|UY)\s{1,3}BAN\s{1,3}NHÂN\s{1,3}DÂN\s{1,3}|^UBND\s{1,3}/iu;

export function isPeoplesCommittee(issuer: string): boolean {
  return PEOPLES_COMMITTEE.test(issuer.normalize("NFC").trim());
}

/** Words that start a place after a body's name ("… HUYỆN MƯỜNG ẢNG"); "XÃ" only when not "XÃ HỘI". */
const PLACE_WORD = /^(?:HUYỆN|QUẬN|TỈNH|THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|PHƯỜNG|ĐẶC KHU|XÃ(?! HỘI))(?:\s|$)/u;

/**
 * The issuer's abbreviation in the number line: UBND for a People's Committee (any level), else the initials of
 * the body's name before its place ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → SLĐTBXH). Editable: `meta.abbreviation`.
 */
export function issuerAbbreviation(issuer: string): string {
  if (isPeoplesCommittee(issuer)) return "UBND";
  const words = issuer
    .normalize("NFC")
    .toLocaleUpperCase("vi")
    .split(/[\s\-–,&]+/u)
    .filter((w) => w);
  let initials = "";
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && PLACE_WORD.test(words.slice(i).join(" "))) break;
    if (words[i] === "VÀ") continue;
    // The letter without its tone or hook (Ủ → U, Ơ → O); Đ stays Đ.
    initials += words[i].charAt(0).normalize("NFD").charAt(0);
  }
  return initials || "UBND";
}

/** The head of a body by the first words of its name; a People's Committee is signed for as a collective. */
const HEADS: [string, string][] = [
  ["SỞ", "GIÁM ĐỐC"],
  ["TRUNG TÂM", "GIÁM ĐỐC"],
  ["PHÒNG", "TRƯỞNG PHÒNG"],
  ["BAN", "TRƯỞNG BAN"],
  ["CỤC", "CỤC TRƯỞNG"],
  ["CHI CỤC", "CHI CỤC TRƯỞNG"],
  ["VỤ", "VỤ TRƯỞNG"],
  ["BỘ", "BỘ TRƯỞNG"],
];
const ANY_HEAD = "THỦ TRƯỞNG CƠ QUAN";

/**
 * The lines above a signature: a People's Committee signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (a deputy
 * "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); another body by its head ("GIÁM ĐỐC", "TRƯỞNG PHÒNG";
 * a deputy "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC").
 */
export function signatureLines(issuer: string, signAs: "head" | "deputy" = "head"): string[] {
  if (isPeoplesCommittee(issuer))
    return signAs === "head"
      ? ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
      : ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];
  const name = issuer.normalize("NFC").trim().toLocaleUpperCase("vi");
  const head = HEADS.find(([first]) => name === first || name.startsWith(first + " "))?.[1] ?? ANY_HEAD;
  return signAs === "head" ? [head] : [`KT. ${head}`, `PHÓ ${head}`];
}

/** "Số: 05/BC-UBND"; a number below 10 takes a leading 0; no number: a blank to fill by hand. */
export function numberLine(number: string | undefined, symbol: string): string {
  const n = number?.trim() ?? "";
  return `Số: ${/^\d$/.test(n) ? "0" + n : n || "       "}/${symbol}`;
}

/** A report's trích yếu: its title without the kind of document that the line above it says ("BÁO CÁO"). */
export function reportSubject(title: string): string {
  const rest = title.replace(new RegExp(`^\\s*${KIND.report.name}\\s+`, "u"), "");
  return rest || title;
}

/** The symbol after the number: the kind of document and the issuer's abbreviation ("BC-UBND"). */
export function reportSymbol(abbreviation: string): string {
  return `${KIND.report.code}-${abbreviation}`;
}

/** What a unit typed on its number line ("Số: 05/BC-UBND"), or undefined when it is not one. */
export function parseNumberLine(text: string): { number?: string; symbol?: string } | undefined {
  const m = /^\s*Số\s*:?\s*([^/]*?)\s*\/\s*(\S.*?)\s*$/iu.exec(text.normalize("NFC"));
  if (!m) return undefined;
  const number = m[1].replace(/[.…\s]/gu, "");
  // "BC-" (an older blank form without the issuer's abbreviation) says nothing: the default symbol stays.
  const symbol = /-$/u.test(m[2]) ? undefined : m[2];
  if (!number && !symbol) return undefined;
  return { ...(number ? { number } : {}), ...(symbol ? { symbol } : {}) };
}

/** A day or month as the decree writes it: a leading 0 before days below 10 and months 1 and 2 only. */
const day = (d: number) => String(d).padStart(2, "0");
const month = (m: number) => (m <= 2 ? "0" + m : String(m));

/** "Mường Ảng, ngày 03 tháng 7 năm 2024"; without a date, blanks to fill by hand in the period's year. */
export function dateLine(place: string, date: IsoDate | undefined, year: number): string {
  if (!date || !isValidIso(date)) return `${place}, ngày      tháng      năm ${year}`;
  const [y, m, d] = date.split("-").map(Number);
  return `${place}, ngày ${day(d)} tháng ${month(m)} năm ${y}`;
}

/**
 * The same date line as an Excel number format for a date typed into the workbook: day always two digits,
 * the month with its leading 0 only in January and February. A format holds two conditions, so it is exact
 * from January of `year` to February of the year after (a report's dates), and writes "tháng 03"… later on.
 */
export function dateLineFormat(place: string, year: number): string {
  const p = place.replace(/"/g, "");
  const shape = (m: string) => `"${p}, ngày "dd" tháng "${m}" năm "yyyy`;
  const march = serialFromIso(`${year}-03-01`);
  const january = serialFromIso(`${year + 1}-01-01`);
  return `[<${march}]${shape("mm")};[<${january}]${shape("m")};${shape("mm")}`;
}

/** "Kính gửi: …", or a blank to fill when the recipient is not known. */
export function recipientLine(recipient: string | undefined): string {
  return `${KINH_GUI}: ${recipient ?? BLANK.repeat(6)}`;
}

/** Who a unit typed on its "Kính gửi" line; undefined when the line is still blank. */
export function parseRecipientLine(text: string): string | undefined {
  const rest = text
    .normalize("NFC")
    .replace(/^\s*Kính\s+gửi\s*:?/iu, "")
    .trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : undefined;
}

/** "Nơi nhận": "- Như trên;" only where a Kính gửi stands above, then the others, last "- Lưu: VT." */
export function recipientsList(hasKinhGui: boolean, others: string[] = []): string[] {
  return [...(hasKinhGui ? [AS_ABOVE] : []), ...others.map((o) => `- ${o.replace(/^[-–]\s*/u, "")};`), ARCHIVE];
}

/** Lines of a typed list (the "Nơi nhận" cell, the signature's title lines), blanks left out. */
export function typedLines(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l);
}

/** Everything a document's header and signature say, from the unit's details and what it typed. */
export interface DocumentDetails {
  parentBody?: string;
  issuer: string;
  /** "BC-UBND". */
  symbol: string;
  number?: string;
  place: string;
  date?: IsoDate;
  year: number;
  recipient?: string;
  signerTitle: string[];
  signerName?: string;
  recipientsList: string[];
  /** The issuer as named in a sentence ("Ủy ban nhân dân huyện Mường Ảng"): the "(Kèm theo … của …)" line. */
  issuerInText: string;
}

/** What a unit typed in its workbook's header and signature (read back from the report): wins over defaults. */
export interface TypedDetails {
  number?: string;
  symbol?: string;
  recipient?: string;
  signerTitle?: string[];
  signerName?: string;
  recipientsList?: string[];
}

/** "Huyện Mường Ảng" → "huyện Mường Ảng": a unit's name inside a sentence. */
export function nameInText(unitName: string): string {
  const bare = stripUnitPrefix(unitName);
  const prefix = unitName.trim().slice(0, unitName.trim().length - bare.length);
  return prefix ? prefix.toLocaleLowerCase("vi") + bare : unitName.trim();
}

/** The document's details: the unit's (meta), what it typed in the workbook (typed), then the decree's defaults. */
export function documentDetails(meta: ReportMeta, year: number, typed: TypedDetails = {}): DocumentDetails {
  const issuer = meta.issuer ?? defaultIssuer(meta.unitName);
  const recipient = typed.recipient ?? meta.recipient;
  const committee = isPeoplesCommittee(issuer);
  return {
    ...(meta.parentBody ? { parentBody: meta.parentBody } : {}),
    issuer,
    symbol: typed.symbol ?? reportSymbol(meta.abbreviation ?? issuerAbbreviation(issuer)),
    ...(typed.number ? { number: typed.number } : {}),
    place: (meta.place ?? stripUnitPrefix(meta.unitName)).replace(/"/g, ""),
    ...(meta.reportDate ? { date: meta.reportDate } : {}),
    year,
    ...(recipient ? { recipient } : {}),
    signerTitle: typed.signerTitle ?? signatureLines(issuer, meta.signAs),
    ...((typed.signerName ?? meta.signer) ? { signerName: typed.signerName ?? meta.signer } : {}),
    recipientsList: typed.recipientsList ?? recipientsList(true),
    issuerInText: committee ? `Ủy ban nhân dân ${nameInText(meta.unitName)}` : meta.unitName.trim(),
  };
}

/**
 * A covering letter (công văn, Phụ lục III): no kind printed above it; its number line is "Số: …/UBND-…" (the
 * issuer's abbreviation, then the drafting office's, left to fill by hand); its subject stands under the number,
 * after "V/v"; the text ends with "./.".
 */
export const LETTER = { subjectLead: "V/v", end: "./." } as const;

export function letterSymbol(abbreviation: string): string {
  return `${abbreviation}-${BLANK}`;
}

/** Who a letter to a unit is addressed to: a commune's (district's…) People's Committee, another body by its name. */
export function addressee(unitName: string): string {
  return stripUnitPrefix(unitName) !== unitName.trim() ? `Ủy ban nhân dân ${nameInText(unitName)}` : unitName.trim();
}

/** "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)": under an appendix's title. */
export function attachedTo(d: DocumentDetails): string {
  const number = numberLine(d.number, d.symbol).replace(/^Số: /u, "");
  const date = dateLine("", d.date, d.year).replace(/^, /u, "");
  return `(Kèm theo Báo cáo số ${number} ${date} của ${d.issuerInText})`;
}

/** "Phụ lục I". */
export function appendixHeading(n: number): string {
  return `Phụ lục ${roman(n)}`;
}

/**
 * About how wide a line of Times New Roman is (mm): for the short rules under the issuer, the motto and the
 * title, which the decree sizes by their text.
 */
export function lineWidthMm(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += ch === " " ? 0.25 : ch === ch.toLocaleUpperCase("vi") && /\p{L}/u.test(ch) ? 0.69 : 0.46;
  return em * sizePt * (bold ? 1.05 : 1) * (25.4 / 72);
}
