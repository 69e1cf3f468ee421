// The parts every official document shares, as blocks of the document model: the header (issuing body |
// national title, number | place and date), the kind and title, "Kính gửi", body text, the signature with
// "Nơi nhận", and an appendix's heading. Built from DocumentDetails (decree30.ts), for a report today and a
// covering letter or a comparison with last year tomorrow.
import {
  attachedTo,
  appendixHeading,
  dateLine,
  lineWidthMm,
  NOI_NHAN,
  numberLine,
  PAGE,
  QUOC_HIEU,
  recipientLine,
  SIZES,
  TIEU_NGU,
  textWidthMm,
  type DocumentDetails,
} from "../form/decree30";
import type { Block, DocSection, Grid, Paragraph, Run } from "./model";

export function para(text: string | Run[], more: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph {
  return { kind: "paragraph", runs: typeof text === "string" ? [{ text }] : text, ...more };
}

const centred = (text: string, run: Omit<Run, "text">, more: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph =>
  para([{ text, ...run }], { align: "center", ...more });

/** The left column of the header (issuer, number) is this wide; the national title takes the rest. */
const HEADER_LEFT_MM = 68;

/**
 * The header: the parent body (where there is one) and the issuing body with a short rule under it (1/3–1/2 of
 * its line), beside the national title and the motto with a rule as long as the motto; then the number line
 * beside the place and date. `below` goes under the number (a covering letter's "V/v …").
 */
export function header(d: DocumentDetails, below: Paragraph[] = []): Grid {
  const width = textWidthMm("portrait");
  const issuerLine = Math.min(lineWidthMm(d.issuer, SIZES.issuer, true), HEADER_LEFT_MM);
  const left: Paragraph[] = [
    ...(d.parentBody ? [centred(d.parentBody, { size: SIZES.parentBody })] : []),
    centred(d.issuer.toLocaleUpperCase("vi"), { bold: true, size: SIZES.issuer }, { ruleMm: issuerLine * 0.4 }),
  ];
  const right: Paragraph[] = [
    centred(QUOC_HIEU, { bold: true, size: SIZES.quocHieu }),
    centred(TIEU_NGU, { bold: true, size: SIZES.tieuNgu }, { ruleMm: lineWidthMm(TIEU_NGU, SIZES.tieuNgu, true) }),
  ];
  return {
    kind: "grid",
    widthsMm: [HEADER_LEFT_MM, width - HEADER_LEFT_MM],
    rows: [
      [left, right],
      [
        [centred(numberLine(d.number, d.symbol), { size: SIZES.number }, { spaceBeforePt: 6 }), ...below],
        [centred(dateLine(d.place, d.date, d.year), { italic: true, size: SIZES.date }, { spaceBeforePt: 6 })],
      ],
    ],
  };
}

/** "BÁO CÁO", the title under it with a short rule, and "Kính gửi: …" for a report to the level above. */
export function titleBlocks(kind: string, title: string, d: DocumentDetails): Paragraph[] {
  const line = Math.min(lineWidthMm(title, SIZES.title, true), textWidthMm("portrait"));
  return [
    centred(kind, { bold: true, size: SIZES.kind }, { spaceBeforePt: 18, keepWithNext: true }),
    centred(title, { bold: true, size: SIZES.title }, { ruleMm: Math.max(20, line / 3), keepWithNext: true }),
    centred(recipientLine(d.recipient), { size: SIZES.recipient }, { spaceBeforePt: 6, spaceAfterPt: 12 }),
  ];
}

/** A heading of the body: bold, indented as a paragraph, kept with what follows. */
export function heading(text: string, outline: 1 | 2): Paragraph {
  return para([{ text, bold: true }], {
    align: "justify",
    firstLineMm: PAGE.firstLineIndentMm,
    spaceBeforePt: PAGE.paragraphSpacePt,
    keepWithNext: true,
    outline,
  });
}

/** Body text: one paragraph per line, justified, first line indented, `lead` (bold) before the first. */
export function bodyText(text: string, lead?: string): Paragraph[] {
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l);
  if (lines.length === 0 && !lead) return [];
  return (lines.length ? lines : [""]).map((line, i) =>
    para([...(i === 0 && lead ? [{ text: `${lead}: `, bold: true, italic: true }] : []), { text: line }], {
      align: "justify",
      firstLineMm: PAGE.firstLineIndentMm,
      spaceAfterPt: PAGE.paragraphSpacePt,
    }),
  );
}

/** Lines of space where the signer signs (and the seal goes). */
const SIGNING_SPACE = 4;

/** "Nơi nhận:" and its list beside the signer's title, space to sign, and the signer's name; never split. */
export function signature(d: DocumentDetails): Grid {
  const width = textWidthMm("portrait");
  const left = [
    para([{ text: NOI_NHAN, bold: true, italic: true, size: SIZES.noiNhan }], { spaceBeforePt: 12 }),
    ...d.recipientsList.map((line) => para([{ text: line, size: SIZES.noiNhanList }])),
  ];
  const right = [
    ...d.signerTitle.map((line, i) =>
      centred(line, { bold: true, size: SIZES.signer }, i === 0 ? { spaceBeforePt: 12 } : {}),
    ),
    ...Array.from({ length: SIGNING_SPACE }, () => para("")),
    centred(d.signerName ?? "", { bold: true, size: SIZES.signer }),
  ];
  return { kind: "grid", widthsMm: [width * 0.45, width * 0.55], rows: [[left, right]], keepTogether: true };
}

/** An appendix's heading: "Phụ lục I", its title in capitals, "(Kèm theo Báo cáo số … ngày … của …)". */
export function appendixHead(n: number, title: string, d: DocumentDetails): Paragraph[] {
  return [
    centred(appendixHeading(n), { bold: true, size: SIZES.appendix }, { keepWithNext: true, outline: 1 }),
    centred(title.toLocaleUpperCase("vi"), { bold: true, size: SIZES.appendix }, { keepWithNext: true }),
    centred(attachedTo(d), { italic: true, size: SIZES.appendix }, { spaceAfterPt: 12 }),
  ];
}

/**
 * A section in the decree's page setup, page numbers centred at the top. `start`: the document's first section or
 * a Phụ lục, numbered from 1 with no number on its first page; otherwise numbering goes on (a landscape table).
 */
export function section(orientation: DocSection["orientation"], blocks: Block[], start: boolean): DocSection {
  const m = PAGE.margins;
  return {
    orientation,
    marginsMm: {
      top: m.topMm,
      bottom: m.bottomMm,
      left: m.leftMm,
      right: m.rightMm,
      header: m.headerMm,
      footer: m.footerMm,
    },
    pageNumbers: { size: SIZES.pageNumber, restart: start, hideOnFirst: start },
    blocks,
  };
}
