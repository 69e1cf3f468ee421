// The covering letter (công văn, Decree 30 Phụ lục III) that goes with the feedback workbooks: from the
// consolidating unit to the units that need action, "V/v đề nghị hoàn thiện số liệu báo cáo …" under its
// number, each unit and its points (what it is asked, every finding with how much it matters), the date to
// send the corrected report by, the signature by the issuer's level and "Nơi nhận". Built from the same parts
// and Decree 30 facts as a report (parts.ts, form/decree30.ts): the Word renderer draws it.
import { formatVnDate } from "../dates";
import {
  addressee,
  documentDetails,
  KINH_GUI,
  LETTER,
  letterSymbol,
  PAGE,
  SIZES,
  TYPEFACE,
  issuerAbbreviation,
} from "../form/decree30";
import { SEVERITY_WORDS } from "../form/feedback";
import { defaultIssuer, parsePeriod, periodTitle, type ReportMeta } from "../meta";
import type { FeedbackSet, UnitFeedback } from "../feedback/plan";
import type { Template } from "../templates";
import type { Block, DocumentModel, Paragraph } from "./model";
import { bodyText, header, para, section, signature } from "./parts";

/** The report's subject inside a sentence: "báo cáo kết quả Tháng hành động vì trẻ em năm 2024". */
export function reportInText(template: Template, period: string): string {
  const p = parsePeriod(template, period);
  const name = template.name.vi.replace(/^Báo cáo\b/u, "báo cáo");
  return p ? `${name} ${periodTitle(p).toLocaleLowerCase("vi")}` : `${name} kỳ ${period}`;
}

/** "V/v đề nghị hoàn thiện số liệu báo cáo …". */
export function letterSubject(template: Template, period: string): string {
  return `${LETTER.subjectLead} đề nghị hoàn thiện số liệu ${reportInText(template, period)}`;
}

const line = (text: string, more: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph =>
  para(text, { align: "justify", firstLineMm: PAGE.firstLineIndentMm, spaceAfterPt: 3, ...more });

/** "Kính gửi:" then each unit's People's Committee (or the unit), one a line, the last closed by a full stop. */
function recipients(units: UnitFeedback[]): Paragraph[] {
  const names = units.map((u) => addressee(u.unit.name));
  if (names.length === 1)
    return [para(`${KINH_GUI}: ${names[0]}.`, { align: "center", spaceBeforePt: 12, spaceAfterPt: 12 })];
  return [
    para(`${KINH_GUI}:`, { align: "center", spaceBeforePt: 12 }),
    ...names.map((n, i) =>
      para(`- ${n}${i === names.length - 1 ? "." : ";"}`, {
        firstLineMm: 60,
        ...(i === names.length - 1 ? { spaceAfterPt: 12 } : {}),
      }),
    ),
  ];
}

/** One unit's points: what it is asked, then each finding with how much it matters. */
function unitPoints(u: UnitFeedback, n: number): Paragraph[] {
  const head = para(
    [
      { text: `${n}. ${u.unit.name}`, bold: true },
      { text: ` (chi tiết tại phiếu phản hồi ${u.fileName})`, italic: true },
    ],
    { align: "justify", firstLineMm: PAGE.firstLineIndentMm, spaceBeforePt: PAGE.paragraphSpacePt, keepWithNext: true },
  );
  const asked = [...u.notes, ...(u.advice ? [u.advice] : [])].map((note) => line(`- ${note.vi}`));
  const findings = u.items.map((i) => line(`- ${SEVERITY_WORDS[i.finding.severity]}: ${i.finding.message.vi}`));
  return [head, ...asked, ...findings];
}

/**
 * The covering letter of a feedback set, from its consolidating unit (set.meta); undefined when no unit needs
 * action or the consolidating unit is not named (there is nobody to sign it).
 */
export function feedbackLetter(set: FeedbackSet): DocumentModel | undefined {
  const meta: ReportMeta | undefined = set.meta;
  const template = set.template;
  if (!meta || !template || !set.period || set.units.length === 0) return undefined;
  const year = parsePeriod(template, set.period)?.year ?? Number(set.period.slice(0, 4));
  const issuer = meta.issuer ?? defaultIssuer(meta.unitName);
  const d = {
    ...documentDetails(meta, year),
    symbol: letterSymbol(meta.abbreviation ?? issuerAbbreviation(issuer)),
  };
  const subject = letterSubject(template, set.period);
  const report = reportInText(template, set.period);
  const deadline = set.deadline ? ` (hạn nộp ${formatVnDate(set.deadline)})` : "";
  const due = set.resubmitBy ? formatVnDate(set.resubmitBy) : "……/……/…………";
  const blocks: Block[] = [
    header(d, [para([{ text: subject, size: SIZES.subject }], { align: "center", spaceBeforePt: 3 })]),
    ...recipients(set.units),
    ...bodyText(
      `Qua kiểm tra ${report} các đơn vị gửi về${deadline}, ${d.issuerInText} đề nghị các đơn vị sau hoàn thiện số liệu báo cáo:`,
    ),
    ...set.units.flatMap((u, i) => unitPoints(u, i + 1)),
    ...bodyText(
      `Đề nghị các đơn vị sửa, bổ sung số liệu theo phiếu phản hồi gửi kèm (số liệu đúng mà vẫn được nêu thì ghi giải trình vào cột "Giải trình của đơn vị" của phiếu) và gửi lại báo cáo cùng phiếu phản hồi về ${d.issuerInText} trước ngày ${due}${LETTER.end}`,
    ).map((p) => ({ ...p, keepWithNext: true })),
    signature(d),
  ];
  return {
    title: subject,
    language: "vi-VN",
    font: { name: TYPEFACE, size: SIZES.body },
    lineSpacing: PAGE.lineSpacing,
    sections: [section("portrait", blocks, true)],
  };
}
