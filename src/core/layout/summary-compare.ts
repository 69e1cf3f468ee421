// The summary's comparison with last period, as sheets: "So sánh cùng kỳ" (each field and rate of each
// table: this period, last period, the change, the change in % — rates in percentage points — where last
// period's figure came from, and the table's ready sentences under it), "So sánh theo đơn vị" (each unit
// against its own history, the cells flagged against it marked) and "Nguồn số liệu cùng kỳ" (last period's
// files, cells and SHA-256). Values, never formulas: the comparison is a record of two sets of files.
import type { Comparison, RefusedComparison, UnitChange } from "../compare/types";
import type { Summary } from "../consolidate/types";
import { periodWords } from "../i18n/compare";
import { baseName } from "../paths";
import { fieldTitle, templateFields, type Field, type TallyTable } from "../templates";
import { fieldUnit } from "../form/headers";
import { SheetBuilder, wrappedHeight } from "./builder";
import { readySheet, sheetByRows, type CellStyle, type ModelCell, type SheetPlan, type SheetRows } from "./model";
import { RATE_FORMAT } from "./report";
import { sourcesRows, type SourceRow } from "./sources-sheet";
import { BAND, headerStyle, landscape, small, styles } from "./summary-style";

export const COMPARE_SHEET = "So sánh cùng kỳ";
export const COMPARE_UNITS_SHEET = "So sánh theo đơn vị";
export const PREVIOUS_SOURCES_SHEET = "Nguồn số liệu cùng kỳ";

/** A value flagged against the unit's own history. */
const WARNING_FILL = "FFF2CC";
export const CHANGE_FORMAT = "+#,##0;-#,##0;0";
export const CHANGE_PERCENT_FORMAT = "+0.0%;-0.0%;0.0%";
export const POINTS_FORMAT = '+0.0" điểm %";-0.0" điểm %";0.0" điểm %"';

const cell = {
  number: styles.number,
  change: { ...styles.number, numFmt: CHANGE_FORMAT } as CellStyle,
  percent: { ...styles.number, numFmt: CHANGE_PERCENT_FORMAT } as CellStyle,
  rate: { ...styles.number, numFmt: RATE_FORMAT } as CellStyle,
  points: { ...styles.number, numFmt: POINTS_FORMAT } as CellStyle,
  flagged: { ...styles.number, fill: WARNING_FILL } as CellStyle,
  wrap: { ...styles.text, wrap: true, vertical: "top" } as CellStyle,
  note: { font: { size: small }, wrap: true, vertical: "top" } as CellStyle,
  sentence: { font: { size: 12 }, wrap: true, vertical: "top", horizontal: "justify" } as CellStyle,
};

/** "Cùng kỳ năm trước (2024-6T)", or the period the user named ("Kỳ so sánh (2023)"). */
const previousHeader = (c: Comparison) =>
  c.sameTime ? `Cùng kỳ năm trước (${c.previousPeriod})` : `Kỳ so sánh (${c.previousPeriod})`;

const COLUMNS = [6, 44, 12, 16, 16, 16, 12, 40];

function titleOf(s: Summary, c: Comparison | RefusedComparison): string {
  const unit = s.meta.unitName.toLocaleUpperCase("vi");
  if (!c.ok) return `SO SÁNH VỚI CÙNG KỲ NĂM TRƯỚC — ${unit} — KỲ ${s.period}`;
  const against = c.sameTime ? "CÙNG KỲ NĂM TRƯỚC" : periodWords(c.previousPeriod).vi.toLocaleUpperCase("vi");
  return `SO SÁNH VỚI ${against} — ${unit} — KỲ ${s.period} SO VỚI KỲ ${c.previousPeriod}`;
}

/** Where a total of last period came from, in a cell. */
function sourceText(c: Comparison, field: string): string {
  const f = c.fields.find((x) => x.field === field);
  const src = f?.source;
  if (!src) return "";
  if (src.cell) return `${baseName(src.file)} › ${src.sheet}!${src.cell}`;
  return `Tổng của ${src.units ?? 0} báo cáo (trang "${PREVIOUS_SOURCES_SHEET}")`;
}

const NOT_IN_PREVIOUS = {
  not_in_previous: "Mẫu kỳ trước không có chỉ tiêu này",
  kind_changed: "Mẫu kỳ trước tính chỉ tiêu này theo loại khác",
} as const;

/** The comparison of the totals: small (one row per field), made at once. */
function compareSheet(s: Summary, c: Comparison | RefusedComparison) {
  const b = new SheetBuilder();
  const width = COLUMNS.length;
  b.block(1, 1, 1, width, titleOf(s, c), { font: { bold: true, size: 14 }, horizontal: "center", wrap: true });
  b.height(1, 40);
  let row = 2;
  const line = (text: string, style: CellStyle, left = 1) => {
    b.block(row, left, row, width, text, style);
    b.height(
      row,
      wrappedHeight(
        text,
        COLUMNS.slice(left - 1).reduce((a, x) => a + x, 0),
        small,
      ),
    );
    row += 1;
  };
  if (!c.ok) {
    line(`Chưa so sánh được: ${c.message.vi}`, { ...cell.note, font: { size: small, bold: true } });
    return b.sheet(COMPARE_SHEET, { state: "visible", columns: COLUMNS, protect: false, showGridLines: false });
  }
  for (const n of c.notes) line(n.vi, cell.note);
  row += 1;
  for (const table of s.template.tables) {
    const sentences = c.sentences.find((x) => x.table === table.id)?.lines ?? [];
    row = tableBlock(b, s, c, table, row, width);
    if (sentences.length) {
      b.block(row, 1, row, width, `Câu so sánh (dùng cho báo cáo) — ${table.caption ?? table.name}:`, {
        font: { bold: true, italic: true, size: small },
      });
      row += 1;
      for (const l of sentences) line(l.vi, cell.sentence, 2);
    }
    row += 1;
  }
  return b.sheet(COMPARE_SHEET, {
    state: "visible",
    columns: COLUMNS,
    protect: false,
    showGridLines: false,
    print: landscape,
  });
}

/** One table: caption, header, a row per field (its rates after it). Returns the next free row. */
function tableBlock(b: SheetBuilder, s: Summary, c: Comparison, table: TallyTable, top: number, width: number) {
  let row = top;
  b.block(row, 1, row, width, table.caption ?? table.name, { font: { bold: true } });
  row += 1;
  const heads = [
    "STT",
    "Chỉ tiêu",
    "Đơn vị tính",
    `Kỳ báo cáo (${c.period})`,
    previousHeader(c),
    "Tăng (+), giảm (−)",
    "Tỷ lệ (%)",
    "Nguồn số liệu cùng kỳ",
  ];
  heads.forEach((h, i) => b.put(row, i + 1, h, headerStyle));
  b.height(row, 45);
  row += 1;
  let n = 1;
  for (const f of table.groups.flatMap((g) => g.fields)) {
    const ch = c.fields.find((x) => x.field === f.id);
    const left = c.notCompared.find((x) => x.field === f.id);
    b.put(row, 1, n++, styles.index);
    b.put(row, 2, fieldTitle(s.template, f.id), cell.wrap);
    b.put(row, 3, fieldUnit(f), styles.text);
    b.put(row, 4, s.totals[f.id], cell.number);
    b.put(row, 5, ch?.previous ?? undefined, cell.number);
    b.put(row, 6, ch?.change ?? undefined, cell.change);
    b.put(row, 7, ch?.ratio ?? undefined, cell.percent);
    b.put(row, 8, left ? NOT_IN_PREVIOUS[left.reason] : sourceText(c, f.id), cell.wrap);
    b.height(row, Math.max(18, wrappedHeight(fieldTitle(s.template, f.id), COLUMNS[1], small)));
    row += 1;
    for (const rate of table.rates.filter((r) => r.afterField === f.id)) {
      const r = c.rates.find((x) => x.rate === rate.id);
      b.put(row, 1, "", styles.index);
      b.put(row, 2, rate.label, { ...cell.wrap, font: { size: small, italic: true } });
      b.put(row, 3, "%", styles.text);
      b.put(row, 4, r?.current ?? s.rates[rate.id] ?? undefined, cell.rate);
      b.put(row, 5, r?.previous ?? undefined, cell.rate);
      b.put(row, 6, r?.points ?? undefined, cell.points);
      b.put(row, 7, undefined, cell.percent);
      b.put(row, 8, r ? "Tính lại từ các số đếm" : "", cell.wrap);
      b.height(row, Math.max(18, wrappedHeight(rate.label, COLUMNS[1], small)));
      row += 1;
    }
  }
  return row + 1;
}

/** How a unit's history was found, said on its first row. */
function historyNote(u: UnitChange): string {
  return {
    same: "",
    spelling: `Kỳ trước ghi tên "${u.previousNames[0]}".`,
    merged: `Kỳ trước: tổng của ${u.previousNames.join(", ")}.`,
    none: "Chưa có số liệu cùng kỳ.",
  }[u.match];
}

const UNIT_COLUMNS = [6, 22, 34, 13, 13, 13, 9, 30, 50];

/**
 * Each unit against its own history: a row per field — now, then, the change, the % — with where last
 * period's figure is and, where it moved too far, the warning; the cell flagged marked. Made row by row.
 */
function unitRows(s: Summary, c: Comparison, units: UnitChange[]): SheetRows {
  const b = new SheetBuilder();
  const compared = new Set(c.fields.map((f) => f.field));
  const fields = templateFields(s.template).filter((f) => compared.has(f.id));
  const sheet = b.sheet(COMPARE_UNITS_SHEET, {
    state: "visible",
    columns: UNIT_COLUMNS,
    protect: false,
    showGridLines: false,
    print: landscape,
    frozenRows: 3,
  });
  const extent = { maxRow: 3 + units.length * fields.length, maxCol: UNIT_COLUMNS.length };
  return { sheet: { ...sheet, cells: [] }, extent, bands: unitBands(s, c, b, fields, units) };
}

function* unitBands(
  s: Summary,
  c: Comparison,
  b: SheetBuilder,
  fields: Field[],
  units: UnitChange[],
): Generator<ModelCell[]> {
  const width = UNIT_COLUMNS.length;
  b.block(1, 1, 1, width, `${titleOf(s, c)} — THEO ĐƠN VỊ`, { font: { bold: true, size: 14 }, horizontal: "center" });
  const heads = [
    "STT",
    "Đơn vị",
    "Chỉ tiêu",
    `Kỳ này (${c.period})`,
    previousHeader(c),
    "Tăng (+), giảm (−)",
    "Tỷ lệ (%)",
    "Nguồn số liệu cùng kỳ",
    "Ghi chú",
  ];
  heads.forEach((h, i) => b.put(3, i + 1, h, headerStyle));
  b.height(3, 45);
  let row = 4;
  for (const [i, u] of units.entries()) {
    if (b.cells.length >= BAND) yield b.take();
    fields.forEach((f, k) => {
      const ch = u.fields[f.id];
      const warning = u.flagged.find((x) => x.field === f.id);
      const note = [k === 0 ? historyNote(u) : "", warning?.message.vi ?? ""].filter((x) => x).join(" ");
      const sources = (ch?.sources ?? [])
        .filter((x) => x.cell)
        .map((x) => `${baseName(x.file)} › ${x.sheet}!${x.cell}`)
        .join("; ");
      b.put(row, 1, k === 0 ? i + 1 : undefined, styles.index);
      b.put(row, 2, u.name, styles.text);
      b.put(row, 3, fieldTitle(s.template, f.id), styles.text);
      b.put(row, 4, ch?.current ?? undefined, warning ? cell.flagged : cell.number);
      b.put(row, 5, ch?.previous ?? undefined, cell.number);
      b.put(row, 6, ch?.change ?? undefined, cell.change);
      b.put(row, 7, ch?.ratio ?? undefined, cell.percent);
      b.put(row, 8, sources, styles.text);
      b.put(row, 9, note, warning ? { ...cell.wrap, fill: WARNING_FILL } : cell.wrap);
      if (note) b.height(row, Math.min(409, Math.max(16, wrappedHeight(note, UNIT_COLUMNS[8], small))));
      row += 1;
    });
  }
  yield b.take();
}

/** Last period's sources: its totals' cells (a summary, a report), then each unit's file, cells, SHA-256. */
function previousSources(s: Summary, c: Comparison): SheetRows {
  const fields = templateFields(s.template).filter((f) => c.fields.some((x) => x.field === f.id));
  const p = c.previous;
  const totals: SourceRow[] =
    p.kind === "reports"
      ? []
      : [
          {
            name: `Tổng cộng (${p.kind === "summary" ? "bảng tổng hợp" : "báo cáo"} của ${p.unitName})`,
            file: p.source,
            sha256: p.sha256 ?? "",
            readings: Object.fromEntries(
              c.fields.flatMap((f) =>
                f.source?.cell
                  ? [
                      [
                        f.field,
                        {
                          field: f.field,
                          sheet: f.source.sheet ?? "",
                          cell: f.source.cell,
                          raw: f.previous,
                          value: f.previous,
                          blank: f.previous === null,
                        },
                      ],
                    ]
                  : [],
              ),
            ),
          },
        ];
  return sourcesRows(PREVIOUS_SOURCES_SHEET, s.template, fields, [...totals, ...(p.units ?? [])]);
}

/** The comparison's sheets, in the order they follow the report; none when the summary was not compared. */
export function comparisonPlans(s: Summary): { first: SheetPlan[]; after: SheetPlan[] } {
  const c = s.comparison;
  if (!c) return { first: [], after: [] };
  const first = [readySheet(compareSheet(s, c))];
  if (!c.ok) return { first, after: [] };
  const units = c.units;
  return {
    first,
    after: [
      ...(units && units.length ? [sheetByRows(COMPARE_UNITS_SHEET, "visible", () => unitRows(s, c, units))] : []),
      sheetByRows(PREVIOUS_SOURCES_SHEET, "visible", () => previousSources(s, c)),
    ],
  };
}
