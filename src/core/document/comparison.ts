// The comparison with last period in the document the consolidating unit signs: under each tally table of the
// body, its ready sentences ("Tổng số trẻ em: 3.800 trẻ em, giảm 1.060 trẻ em (21,8%) so với cùng kỳ năm
// trước."), and an appendix with each table's figures now and then, the change, the change in % (none on a
// small base) and rates in percentage points, with where last period's figures came from. Nothing when the
// summary was not compared (or last period could not be).
import type { Comparison } from "../compare/types";
import type { Summary } from "../consolidate/types";
import { SIZES, textWidthMm } from "../form/decree30";
import { fieldUnit } from "../form/headers";
import { percentWords, pointWords } from "../i18n/compare";
import { formatNumber } from "../i18n/format";
import { fieldTitle, type TallyTable } from "../templates";
import type { Block, Paragraph, Table, TableRow } from "./model";
import { bodyText, para } from "./parts";
import type { Appendix } from "./report";
import { caption } from "./tables";

export const COMPARISON_TITLE = "So sánh với cùng kỳ năm trước";

const compared = (s: Summary): Comparison | undefined => (s.comparison?.ok ? s.comparison : undefined);

/** Under a table of the body: its sentences, each a paragraph of the body. */
export function comparisonSentences(s: Summary, table: TallyTable): Paragraph[] {
  const lines = compared(s)?.sentences.find((x) => x.table === table.id)?.lines ?? [];
  return lines.flatMap((l) => bodyText(`- ${l.vi}`));
}

/** "+112", "−3", "0": the sign as reports print it. */
function signed(n: number, text: string): string {
  return `${n > 0 ? "+" : n < 0 ? "−" : ""}${text}`;
}

/** A table's figures now and then, a row per field (its rates after it, in points). */
function comparisonTable(s: Summary, c: Comparison, table: TallyTable): Table {
  const rows: TableRow[] = [];
  let n = 0;
  for (const f of table.groups.flatMap((g) => g.fields)) {
    const ch = c.fields.find((x) => x.field === f.id);
    rows.push({
      cells: [
        { value: String(++n) },
        { value: fieldTitle(s.template, f.id) },
        { value: fieldUnit(f) },
        { value: s.totals[f.id] ?? null },
        { value: ch?.previous ?? null },
        { value: ch?.change === null || !ch ? "" : signed(ch.change, formatNumber(Math.abs(ch.change), "vi")) },
        { value: ch?.ratio === null || !ch ? "" : signed(ch.ratio, percentWords(ch.ratio, "vi")) },
      ],
    });
    for (const rate of table.rates.filter((r) => r.afterField === f.id)) {
      const r = c.rates.find((x) => x.rate === rate.id);
      const points = r?.points ?? null;
      rows.push({
        italic: true,
        cells: [
          { value: "" },
          { value: rate.label },
          { value: "%" },
          { value: r?.current ?? null, format: "rate" },
          { value: r?.previous ?? null, format: "rate" },
          { value: points === null ? "" : signed(Math.round(points * 10), `${pointWords(points, "vi")} điểm %`) },
          { value: "" },
        ],
      });
    }
  }
  const width = textWidthMm("landscape");
  const [no, unit, num, pct] = [10, 22, 32, 20];
  return {
    kind: "table",
    columns: [
      { widthMm: no, format: "text", align: "center" },
      { widthMm: width - no - unit - 3 * num - pct, format: "text", align: "left" },
      { widthMm: unit, format: "text", align: "center" },
      { widthMm: num, format: "number", align: "right" },
      { widthMm: num, format: "number", align: "right" },
      { widthMm: num, format: "text", align: "right" },
      { widthMm: pct, format: "text", align: "right" },
    ],
    header: [
      [
        { text: "STT" },
        { text: "Chỉ tiêu" },
        { text: "Đơn vị tính" },
        { text: `Kỳ báo cáo (${c.period})` },
        { text: c.sameTime ? `Cùng kỳ năm trước (${c.previousPeriod})` : `Kỳ so sánh (${c.previousPeriod})` },
        { text: "Tăng (+), giảm (−)" },
        { text: "Tỷ lệ (%)" },
      ],
    ],
    rows,
    size: SIZES.appendixTable,
  };
}

/** The appendix of figures now and then, and where last period's came from; none when not compared. */
export function comparisonAppendix(s: Summary): Appendix[] {
  const c = compared(s);
  if (!c) return [];
  return [
    {
      title: COMPARISON_TITLE,
      orientation: "landscape",
      blocks: () => [
        ...c.notes.map((n) => para(n.vi, { align: "justify", spaceAfterPt: 6 })),
        ...s.template.tables.flatMap((t): Block[] => [caption(t.caption ?? t.name), comparisonTable(s, c, t)]),
      ],
    },
  ];
}
