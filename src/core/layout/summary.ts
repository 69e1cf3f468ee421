// Lays out a Summary as a workbook: the consolidating unit's own report (same
// template, inputs = totals, narratives pre-filled — a valid input one level
// up), the tables by unit with "Tổng cộng" SUM rows, the submission status of
// every roster unit and file, and where every number came from; compared with last period, its
// comparison sheets (summary-compare.ts).
// Text from unit files is always written as a value, never as a formula.
import { consolidation } from "../i18n/messages";
import type { Summary } from "../consolidate/types";
import { baseName } from "../paths";
import { fieldTitle, templateFields, type Field } from "../templates";
import type { Finding } from "../vocabulary";
import { a1 } from "../form/a1";
import { BY_UNIT_SHEET, BY_UNIT_WORDS, gapsText, META_KEYS, type SummaryGaps } from "../form/sheets";
import { SheetBuilder, wrappedHeight } from "./builder";
import {
  modelOf,
  readySheet,
  sheetByRows,
  type CellStyle,
  type ModelCell,
  type ModelSheet,
  type SheetModel,
  type SheetRows,
  type WorkbookPlan,
} from "./model";
import { fieldHeader } from "../form/headers";
import { FONT, layoutReport, RECIPIENT_ROW } from "./report";
import { statusWord } from "../i18n/status";
import { withKeyValue } from "./meta-sheet";
import { shown, sourcesRows } from "./sources-sheet";
import { comparisonPlans } from "./summary-compare";
import { STATUS_SHEET, statusRows } from "./summary-status";
import { BAND, box, ERROR_FILL, headerStyle, landscape, small, styles } from "./summary-style";

export { BY_UNIT_SHEET } from "../form/sheets";
export const SOURCES_SHEET = "Nguồn số liệu";
export const CHART_SHEET = "Biểu đồ";
export const TOTAL_LABEL = BY_UNIT_WORDS.total;
/** Printed in a unit's row where its form did not show an indicator. */
const NOT_FOUND = "(không tìm thấy)";
export { STATUS_SHEET } from "./summary-status";

/** Charts show at most this many units: beyond it bars are unreadable. */
export const CHART_MAX_UNITS = 100;

/** The explanations the units gave (returned feedback workbooks), by file: the counted files' findings answered. */
function explanationsByFile(s: Summary): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of s.files) {
    const answered = f.findings.filter((x) => x.explanation);
    if (f.status === "included" && answered.length > 0) out.set(f.file, answered);
  }
  return out;
}

/** Whether a finding is about a field (its own, or one of a rule's). */
const about = (f: Finding, field: string) => f.field === field || (f.fields?.includes(field) ?? false);

/** The by-unit tables, made row by row. */
function byUnitRows(s: Summary): SheetRows {
  const b = new SheetBuilder();
  const t = s.template;
  const width = Math.max(...t.tables.map((x) => x.groups.reduce((n, g) => n + g.fields.length, 0)));
  const answered = explanationsByFile(s);
  // A column for the units' explanations only when some unit gave one: the usual sheet is unchanged.
  const fileCol = 3 + width;
  const lastCol = answered.size > 0 ? fileCol + 1 : fileCol;
  // Each table: caption, two header rows, a row per unit, the total, two blank rows.
  const firstTable = s.incomplete ? 4 : 3;
  const rows = s.units.length + notCounted(s).length;
  const extent = { maxRow: firstTable + t.tables.length * (rows + 6) - 3, maxCol: lastCol };
  const sheet = b.sheet(BY_UNIT_SHEET, {
    state: "visible",
    columns: [6, 26, ...Array.from({ length: width }, () => 14), 30, ...(answered.size > 0 ? [50] : [])],
    protect: false,
    showGridLines: false,
    print: landscape,
  });
  return { sheet: { ...sheet, cells: [] }, extent, bands: byUnitBands(s, b, fileCol, answered) };
}

/** Every roster unit with nothing counted, listed under the counted ones: its state in words, and why. */
function notCounted(s: Summary): { name: string; state: string }[] {
  return [
    ...s.unresolved.map((u) => ({ name: u.name, state: `${statusWord("unresolved", "vi")}: ${u.reason.vi}` })),
    ...s.missing.map((m) => ({ name: m.name, state: statusWord("missing", "vi") })),
  ];
}

function* byUnitBands(
  s: Summary,
  b: SheetBuilder,
  fileCol: number,
  answered: Map<string, Finding[]>,
): Generator<ModelCell[]> {
  const noteCol = answered.size > 0 ? fileCol + 1 : undefined;
  const t = s.template;
  let row = 1;
  b.block(
    row,
    1,
    row,
    fileCol,
    `TỔNG HỢP SỐ LIỆU THEO ĐƠN VỊ — ${s.meta.unitName.toLocaleUpperCase("vi")} — KỲ ${s.period}`,
    { font: { bold: true, size: 14 }, horizontal: "center" },
  );
  if (s.incomplete) {
    const note = `${consolidation.incomplete(s.incomplete.errorCells, s.incomplete.units, s.incomplete.missingFields).vi} Các ô tô đỏ là ô lỗi: giá trị của đơn vị gửi, không được cộng vào tổng.`;
    b.block(row + 1, 1, row + 1, fileCol, note, { font: { bold: true, size: small }, fill: ERROR_FILL, wrap: true });
    row += 1;
  }
  row += 2;
  for (const table of t.tables) {
    const fields = table.groups.flatMap((g) => g.fields);
    b.block(row, 1, row, fileCol, table.caption ?? table.name, { font: { bold: true } });
    row += 1;
    b.block(row, 1, row + 1, 1, BY_UNIT_WORDS.number, headerStyle);
    b.block(row, 2, row + 1, 2, BY_UNIT_WORDS.unit, headerStyle);
    let col = 3;
    for (const g of table.groups) {
      if (g.label === undefined) {
        for (const f of g.fields) b.block(row, col, row + 1, col++, fieldHeader(f), headerStyle);
        continue;
      }
      b.block(row, col, row, col + g.fields.length - 1, g.label, headerStyle);
      for (const f of g.fields) b.put(row + 1, col++, fieldHeader(f), headerStyle);
    }
    b.block(row, fileCol, row + 1, fileCol, BY_UNIT_WORDS.file, headerStyle);
    if (noteCol) b.block(row, noteCol, row + 1, noteCol, "Giải trình của đơn vị", headerStyle);
    b.height(row, 60);
    b.height(row + 1, 45);
    row += 2;
    const first = row;
    for (const [i, u] of s.units.entries()) {
      if (b.cells.length >= BAND) yield b.take();
      b.put(row, 1, i + 1, styles.index);
      b.put(row, 2, u.name, styles.text);
      fields.forEach((f, k) => {
        const r = u.readings[f.id];
        // An indicator the unit's form did not show is not counted, as an error cell is not.
        if (!r) b.put(row, 3 + k, NOT_FOUND, styles.bad);
        else if (r.value === null) b.put(row, 3 + k, shown(r.raw), styles.bad);
        else b.put(row, 3 + k, !r.blank ? r.value : undefined, styles.number);
      });
      b.put(row, fileCol, baseName(u.file), styles.text);
      if (noteCol) {
        const notes = (answered.get(u.file) ?? [])
          .filter((f) => f.table === table.id || fields.some((x) => about(f, x.id)))
          .map((f) => `${f.cell ? `${f.cell}: ` : ""}${f.explanation?.text ?? ""}`)
          .join("\n");
        b.put(row, noteCol, notes, styles.statusWrap);
        if (notes) b.height(row, Math.min(409, wrappedHeight(notes, 50, small)));
      }
      row += 1;
    }
    for (const [i, u] of notCounted(s).entries()) {
      if (b.cells.length >= BAND) yield b.take();
      b.put(row, 1, s.units.length + i + 1, styles.index);
      b.put(row, 2, u.name, styles.text);
      fields.forEach((_, k) => b.put(row, 3 + k, undefined, styles.number));
      b.put(row, fileCol, u.state, styles.text);
      if (noteCol) b.put(row, noteCol, "", styles.text);
      row += 1;
    }
    b.block(row, 1, row, 2, TOTAL_LABEL, { ...box, font: { bold: true }, horizontal: "center" });
    fields.forEach((f, k) => {
      const col = 3 + k;
      if (s.units.length > 0)
        b.put(row, col, s.totals[f.id], styles.total, { formula: `SUM(${a1(first, col)}:${a1(row - 1, col)})` });
      else b.put(row, col, 0, styles.total);
    });
    b.put(row, fileCol, "", box);
    if (noteCol) b.put(row, noteCol, "", box);
    row += 3;
  }
  yield b.take();
}

/** Where every number came from (layout/sources-sheet.ts), each cell with the unit's explanation of it. */
function sourcesOf(s: Summary): SheetRows {
  const answered = explanationsByFile(s);
  const rows = s.units.map((u) => ({
    ...u,
    notes: (field: string) =>
      (answered.get(u.file) ?? []).filter((x) => about(x, field)).map((x) => x.explanation?.text ?? ""),
  }));
  return sourcesRows(SOURCES_SHEET, s.template, templateFields(s.template), rows);
}

/** The chart first, whole on the first printed page; its numbers below it. */
const CHART_ROWS = 22;

function chartSheet(s: Summary): ModelSheet | undefined {
  const chart = s.template.summaryChart;
  if (!chart || s.units.length === 0) return undefined;
  const units = s.units.slice(0, CHART_MAX_UNITS);
  const b = new SheetBuilder();
  const fields = chart.fields.map((id) => templateFields(s.template).find((f) => f.id === id) as Field);
  const head = CHART_ROWS + 2;
  b.put(head, 1, "Đơn vị", headerStyle);
  fields.forEach((f, k) => b.put(head, 2 + k, fieldTitle(s.template, f.id), headerStyle));
  units.forEach((u, i) => {
    b.put(head + 1 + i, 1, u.name, styles.text);
    fields.forEach((f, k) => b.put(head + 1 + i, 2 + k, u.readings[f.id]?.value ?? 0, styles.number));
  });
  b.height(head, Math.max(30, ...fields.map((f) => wrappedHeight(fieldTitle(s.template, f.id), 16, small))));
  const last = head + units.length;
  if (s.units.length > units.length) {
    b.block(
      last + 1,
      1,
      last + 1,
      1 + fields.length,
      `Biểu đồ thể hiện ${units.length} đơn vị đầu tiên trong ${s.units.length} đơn vị.`,
      { font: { italic: true, size: small } },
    );
  }
  return b.sheet(CHART_SHEET, {
    state: "visible",
    columns: [24, ...fields.map(() => 16)],
    protect: false,
    showGridLines: true,
    print: landscape,
    charts: [
      {
        title: chart.title,
        categories: { fromRow: head + 1, toRow: last, col: 1 },
        series: fields.map((f, k) => ({
          name: fieldTitle(s.template, f.id),
          fromRow: head + 1,
          toRow: last,
          col: 2 + k,
        })),
        anchor: { row: 1, col: 1, widthCols: Math.max(8, fields.length + 2), heightRows: CHART_ROWS },
      },
    ],
  });
}

/** The row under "Kính gửi" (between it and the first section) is blank: the note goes there, across the title's width. */
const NOTE_ROW = RECIPIENT_ROW + 1;

/** The report sheet, with a visible note when its totals leave error cells out: it must not be signed unaware. */
function withIncompleteNote(sheet: ModelSheet, s: Summary): ModelSheet {
  if (!s.incomplete) return sheet;
  const title = sheet.merges.find((m) => m.top === RECIPIENT_ROW);
  const right = title?.right ?? sheet.columns.length;
  const text = `${consolidation.incomplete(s.incomplete.errorCells, s.incomplete.units, s.incomplete.missingFields).vi} Xem trang "${STATUS_SHEET}".`;
  const style: CellStyle = {
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    fill: ERROR_FILL,
    font: { bold: true, italic: true, size: 12 },
  };
  return {
    ...sheet,
    cells: [...sheet.cells, { row: NOTE_ROW, col: 1, value: text, style }],
    merges: [...sheet.merges, { top: NOTE_ROW, left: 1, bottom: NOTE_ROW, right }],
    rowHeights: { ...sheet.rowHeights, [NOTE_ROW]: 34 },
  };
}

/**
 * A Summary as a workbook plan: the report and the chart (small) made at once; the sheets by unit, of
 * submissions and of sources — each as long as the units are many — made only when a renderer draws them.
 */
export function summaryPlan(s: Summary, reportSheet?: string): WorkbookPlan {
  const report = layoutReport(
    s.template,
    s.meta,
    { values: { ...s.totals }, unitNarratives: s.unitNarratives },
    "summary",
    reportSheet,
  ).model;
  const [plainReport, meta, ...hidden] = report.sheets;
  const chart = chartSheet(s);
  const compared = comparisonPlans(s);
  return {
    font: FONT,
    sheets: [
      readySheet(withIncompleteNote(plainReport, s)),
      ...compared.first,
      sheetByRows(BY_UNIT_SHEET, "visible", () => byUnitRows(s)),
      sheetByRows(STATUS_SHEET, "visible", () => statusRows(s)),
      sheetByRows(SOURCES_SHEET, "visible", () => sourcesOf(s)),
      ...compared.after,
      ...(chart ? [readySheet(chart)] : []),
      readySheet(withGaps(meta, s)),
      ...hidden.map(readySheet),
    ],
  };
}

/** The metadata sheet tells the level above what this summary left out: it is said again when it is consolidated. */
function withGaps(meta: ModelSheet, s: Summary): ModelSheet {
  const gaps: SummaryGaps = {
    error_cells: s.incomplete?.errorCells ?? 0,
    missing_fields: s.incomplete?.missingFields ?? 0,
    units_short: s.incomplete?.units ?? 0,
    not_sent: s.missing.length,
    unresolved: s.unresolved.length,
  };
  return Object.values(gaps).some((n) => n > 0) ? withKeyValue(meta, META_KEYS.gaps, gapsText(gaps)) : meta;
}

/** The whole summary at once (every sheet made): for readers of the model. */
export function layoutSummary(s: Summary, reportSheet?: string): SheetModel {
  return modelOf(summaryPlan(s, reportSheet));
}
