// A Summary as the document the consolidating unit signs: every narrative section compiled in full (each unit's
// text its own paragraph, led by the unit's name, nothing cut), the totals in the tally tables, the note that
// totals are incomplete where they are, then Phụ lục I (each unit's numbers, landscape) and Phụ lục II (who
// sent what: counted, late, needing attention, not sent); compared with last period, each table's sentences
// under it and Phụ lục III, the figures now and then (comparison.ts).
import { cellsLeftOut } from "../consolidate/accounting";
import type { Summary } from "../consolidate/types";
import { formatVnDate } from "../dates";
import { consolidation } from "../i18n/messages";
import { fileStatusKey, statusWord } from "../i18n/status";
import { SIZES, textWidthMm } from "../form/decree30";
import type { Block, DocumentModel, Table, TableRow } from "./model";
import { comparisonAppendix, comparisonSentences } from "./comparison";
import { bodyText, para } from "./parts";
import { officialReport, type Appendix } from "./report";
import { caption, perUnitTables, type Values } from "./tables";

export const BY_UNIT_TITLE = "Số liệu theo đơn vị";
export const SUBMISSIONS_TITLE = "Tình hình nộp báo cáo của các đơn vị";

/** Marks a cell the unit wrote that is not in the totals: «20», so a reader adding the column is not misled. */
const notCounted = (raw: string | number | boolean | null | undefined) => `«${String(raw ?? "")}»`;
const NOT_COUNTED_NOTE = "Số trong «» là ô lỗi của đơn vị (không phải số hợp lệ): không cộng vào dòng Tổng cộng.";

/** A unit's numbers as printed: a cell that was not a number shows what the unit typed, marked (not in the totals). */
function unitValues(s: Summary): { name: string; values: Values }[] {
  return s.units.map((u) => ({
    name: u.name,
    values: Object.fromEntries(
      Object.entries(u.readings).map(([id, r]) => [id, r.value ?? (r.blank ? null : notCounted(r.raw))]),
    ),
  }));
}

const byUnit = (s: Summary): Appendix => ({
  title: BY_UNIT_TITLE,
  orientation: "landscape",
  blocks: () => {
    const units = unitValues(s);
    const tables = s.template.tables.flatMap((t): Block[] =>
      perUnitTables(t, units, s.totals, textWidthMm("landscape")).flatMap((table, i) => [
        caption(i === 0 ? (t.caption ?? t.name) : `${t.caption ?? t.name} (tiếp theo)`),
        table,
      ]),
    );
    const marked = s.units.some((u) => cellsLeftOut(u) > 0);
    return marked ? [...tables, para([{ text: NOT_COUNTED_NOTE, italic: true }], { spaceBeforePt: 6 })] : tables;
  },
});

/** Who sent what: a row per unit under "Đã tổng hợp", "Đã nộp, cần xử lý" and "Chưa nộp", late ones said so. */
function submissions(s: Summary): Table {
  const rows: TableRow[] = [];
  let n = 0;
  const group = (label: string, count: number) =>
    rows.push({ bold: true, cells: [{ value: `${label} (${count})`, colSpan: 4 }] });
  const counted = s.files.filter((f) => f.status === "included");
  group(statusWord("included", "vi"), counted.length);
  for (const u of s.units) {
    const f = counted.find((x) => x.file === u.file);
    // Only a cell whose value could not be read is left out; an error between two readable cells (a "trong đó"
    // above its total) is counted as the unit sent it, and said so.
    const errors = f?.findings.filter((x) => x.severity === "error").length ?? 0;
    const leftOut = cellsLeftOut(u);
    const toCheck = Math.max(0, errors - leftOut);
    const notes = [
      u.late ? "Nộp muộn" : "",
      leftOut ? `${leftOut} ô lỗi chưa tính vào tổng` : "",
      toCheck ? `${toCheck} lỗi cần kiểm tra (số liệu vẫn được tính vào tổng)` : "",
    ].filter((x) => x);
    rows.push({
      cells: [
        { value: String(++n) },
        { value: u.name },
        { value: u.reportDate ? formatVnDate(u.reportDate) : "" },
        { value: notes.join("; ") },
      ],
    });
  }
  if (s.unresolved.length) {
    group(statusWord("unresolved", "vi"), s.unresolved.length);
    for (const u of s.unresolved)
      rows.push({ cells: [{ value: String(++n) }, { value: u.name }, { value: "" }, { value: u.reason.vi }] });
  }
  if (s.rosterGiven) {
    group(statusWord("missing", "vi"), s.missing.length);
    for (const m of s.missing)
      rows.push({ cells: [{ value: String(++n) }, { value: m.name }, { value: "" }, { value: m.note?.vi ?? "" }] });
  }
  const set = s.files.filter((f) => f.status !== "included");
  if (set.length) {
    group("Tệp không được tính", set.length);
    for (const f of set)
      rows.push({
        cells: [
          { value: String(++n) },
          { value: f.rosterName ?? f.unit ?? f.file },
          { value: f.reportDate ? formatVnDate(f.reportDate) : "" },
          { value: [statusWord(fileStatusKey(f), "vi"), f.reason?.vi].filter((x) => x).join(": ") },
        ],
      });
  }
  const width = textWidthMm("portrait");
  return {
    kind: "table",
    columns: [
      { widthMm: 11, format: "text", align: "center" },
      { widthMm: 50, format: "text", align: "left" },
      { widthMm: 26, format: "text", align: "center" },
      { widthMm: width - 87, format: "text", align: "left" },
    ],
    header: [[{ text: "STT" }, { text: "Đơn vị" }, { text: "Ngày báo cáo" }, { text: "Ghi chú" }]],
    rows,
    size: SIZES.appendixTable,
  };
}

const whoSent = (s: Summary): Appendix => ({
  title: SUBMISSIONS_TITLE,
  orientation: "portrait",
  blocks: () => {
    const deadline = s.deadline ? `Hạn nộp: ${formatVnDate(s.deadline)}. ` : "";
    const roster = s.rosterGiven ? ` trong ${s.units.length + s.unresolved.length + s.missing.length} đơn vị` : "";
    return [
      para(`${deadline}Đã tổng hợp báo cáo của ${s.units.length} đơn vị${roster}.`, { spaceAfterPt: 6 }),
      submissions(s),
    ];
  },
});

/** The summary as the document the consolidating unit signs. */
export function summaryDocument(s: Summary): DocumentModel {
  const note = s.incomplete
    ? [
        para(
          [
            {
              text: consolidation.incomplete(s.incomplete.errorCells, s.incomplete.units).vi,
              bold: true,
              italic: true,
            },
          ],
          {
            align: "center",
            spaceAfterPt: 6,
          },
        ),
      ]
    : [];
  return officialReport({
    template: s.template,
    meta: s.meta,
    values: { ...s.totals },
    rates: s.rates,
    narrative: (section) => (s.unitNarratives[section.id] ?? []).flatMap((u) => bodyText(u.text, u.unit)),
    note,
    afterTable: (t) => comparisonSentences(s, t),
    appendices: [byUnit(s), whoSent(s), ...comparisonAppendix(s)],
  });
}
