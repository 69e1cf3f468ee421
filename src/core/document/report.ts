// A report as the document an office signs (Decree 30, Phụ lục I): header, "BÁO CÁO" and the title, Kính gửi,
// each section's heading and text, the tally tables after their sections (a table too wide for a portrait page
// on a landscape page of its own), the signature with Nơi nhận, then any appendices, each a section of its own
// numbered from 1. Pure: (template, details, values, texts) → DocumentModel; a unit's filled report read from
// its workbook → the same.
import { parsePeriod, periodTitle, type ReportMeta } from "../meta";
import type { UnitReport } from "../vocabulary";
import { templateRates, type Section, type TallyTable, type Template } from "../templates";
import {
  documentDetails,
  KIND,
  PAGE,
  reportSubject,
  SIZES,
  textWidthMm,
  TYPEFACE,
  type DocumentDetails,
  type TypedDetails,
} from "../form/decree30";
import type { Block, DocSection, DocumentModel, Paragraph } from "./model";
import { appendixHead, bodyText, header, heading, section, signature, titleBlocks } from "./parts";
import { bodyTable, caption, tableMinWidthMm, type Values } from "./tables";

/** An appendix: its heading is made from its number and title; its blocks follow on pages of the orientation. */
export interface Appendix {
  title: string;
  orientation: DocSection["orientation"];
  blocks: (d: DocumentDetails) => Block[];
}

export interface ReportContent {
  template: Template;
  meta: ReportMeta;
  /** What the unit typed on its workbook's number line, Kính gửi, signature and Nơi nhận. */
  typed?: TypedDetails;
  values: Values;
  rates: Record<string, number | null>;
  /** A narrative section's paragraphs. */
  narrative: (s: Section) => Paragraph[];
  /** Said right under Kính gửi (the summary's "Tổng số chưa đầy đủ …"). */
  note?: Paragraph[];
  /** Said under a tally table of the body (the summary's comparison with last period). */
  afterTable?: (t: TallyTable) => Block[];
  appendices?: Appendix[];
}

/** The template's title with the period ("… NĂM 2024"). */
export function reportTitle(template: Template, period: string): { title: string; year: number } {
  const p = parsePeriod(template, period);
  if (!p) throw new Error(`period "${period}" does not fit template ${template.id}`);
  return { title: template.title.replace("{period}", periodTitle(p)), year: p.year };
}

/** The report as a document model. */
export function officialReport(c: ReportContent): DocumentModel {
  const { title, year } = reportTitle(c.template, c.meta.period);
  const d = documentDetails(c.meta, year, c.typed);
  const portrait = textWidthMm("portrait");
  const sections: DocSection[] = [];
  let orientation: DocSection["orientation"] = "portrait";
  let blocks: Block[] = [header(d), ...titleBlocks(KIND.report.name, reportSubject(title), d), ...(c.note ?? [])];
  /** The pages so far end; the next ones are of `next` orientation. */
  const turn = (next: DocSection["orientation"]) => {
    sections.push(section(orientation, blocks, sections.length === 0));
    [orientation, blocks] = [next, []];
  };
  for (const s of c.template.sections) {
    blocks.push(heading(s.heading, s.narrative ? 2 : 1));
    if (s.narrative) blocks.push(...c.narrative(s));
    for (const t of c.template.tables.filter((x) => x.afterSection === s.id)) {
      const wide = tableMinWidthMm(t) > portrait;
      const table = [
        ...(t.caption ? [caption(t.caption)] : []),
        bodyTable(t, c.values, c.rates, wide ? textWidthMm("landscape") : portrait),
      ];
      // Too wide for a portrait page: landscape pages of its own, then the text goes on in portrait.
      if (wide) turn("landscape");
      blocks.push(...table);
      if (wide) turn("portrait");
      blocks.push(...(c.afterTable?.(t) ?? []));
    }
  }
  // The signature never stands alone on a page: the last paragraph goes with it.
  const last = blocks[blocks.length - 1];
  if (last?.kind === "paragraph") blocks[blocks.length - 1] = { ...last, keepWithNext: true };
  blocks.push(signature(d));
  turn("portrait");
  (c.appendices ?? []).forEach((a, i) =>
    sections.push(section(a.orientation, [...appendixHead(i + 1, a.title, d), ...a.blocks(d)], true)),
  );
  return {
    title,
    language: "vi-VN",
    font: { name: TYPEFACE, size: SIZES.body },
    lineSpacing: PAGE.lineSpacing,
    sections,
  };
}

/** A unit's filled report, as read from its workbook, as the document it signs. */
export function unitReportContent(report: UnitReport): ReportContent {
  const values: Values = {};
  const numbers: Record<string, number> = {};
  for (const [id, r] of Object.entries(report.readings)) {
    // A cell that is not a number is printed as the unit typed it: nothing is hidden from the signer.
    values[id] = r.value ?? (r.blank ? null : String(r.raw ?? ""));
    if (r.value !== null) numbers[id] = r.value;
  }
  return {
    template: report.template,
    meta: report.meta,
    typed: report.typed,
    values,
    rates: templateRates(report.template, numbers),
    narrative: (s) => bodyText(report.narratives[s.id]?.text ?? ""),
  };
}
