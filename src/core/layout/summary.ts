// Lays out a Summary as a workbook: the consolidating unit's own report (same
// template, inputs = totals, narratives pre-filled — a valid input one level
// up), the tables by unit with "Tổng cộng" SUM rows, the submission status of
// every roster unit and file, and where every number came from.
// Text from unit files is always written as a value, never as a formula.
import { formatVnDate } from "../dates";
import { consolidation, formatDecimal } from "../i18n/messages";
import type { FileOutcome, FileStatus, Summary } from "../consolidate/types";
import { baseName } from "../paths";
import type { Finding } from "../report";
import { fieldTitle, templateFields, type Field } from "../templates";
import { a1 } from "./a1";
import { SheetBuilder, wrappedHeight } from "./builder";
import type { CellStyle, ModelSheet, SheetModel } from "./model";
import { fieldHeader } from "./headers";
import { FONT, layoutReport, NUMBER_FORMAT } from "./report";

export const BY_UNIT_SHEET = "Tổng hợp theo đơn vị";
export const STATUS_SHEET = "Tình trạng nộp báo cáo";
export const SOURCES_SHEET = "Nguồn số liệu";
export const CHART_SHEET = "Biểu đồ";
export const TOTAL_LABEL = "Tổng cộng";

export const STATUS_LABELS: Record<FileStatus, string> = {
  included: "Đã tổng hợp",
  superseded: "Bản cũ (đã có bản mới hơn)",
  duplicate: "Trùng lặp (chỉ tính một lần)",
  conflict: "Mâu thuẫn — cần chọn bản đúng",
  rejected: "Không hợp lệ",
};

/** A cell's content as its unit wrote it; a decimal with a comma ("2,5"), as a Vietnamese reader writes it. */
function shown(raw: string | number | boolean | null): string {
  return typeof raw === "number" ? formatDecimal(raw, "vi") : String(raw ?? "");
}

/** A report the user chose not to keep when settling a conflict. */
export const NOT_KEPT_LABEL = "Không giữ (đã chọn bản khác)";

/** What a file's status is called on the status sheet and in the CLI. */
export function statusLabel(f: FileOutcome): string {
  return f.notKept ? NOT_KEPT_LABEL : STATUS_LABELS[f.status];
}

/** A unit that sent something that cannot be counted yet: never "Chưa nộp". */
export const UNRESOLVED_LABEL = "Đã nộp, cần xử lý";

const ERROR_FILL = "FDE2E2";
const HEAD_FILL = "E8EEF7";
const box: CellStyle = { border: true, vertical: "middle" };
const headerStyle: CellStyle = {
  border: true,
  vertical: "middle",
  horizontal: "center",
  wrap: true,
  font: { bold: true, size: 11 },
  fill: HEAD_FILL,
};
const small = 11;
// Shared style objects: a summary of thousands of units reuses a handful.
const styles = {
  index: { ...box, horizontal: "center", font: { size: small } } as CellStyle,
  text: { ...box, font: { size: small } } as CellStyle,
  number: { ...box, numFmt: NUMBER_FORMAT, font: { size: small } } as CellStyle,
  bad: { ...box, fill: ERROR_FILL, font: { size: small } } as CellStyle,
  total: { ...box, numFmt: NUMBER_FORMAT, font: { bold: true } } as CellStyle,
  statusLine: { ...box, vertical: "top", font: { size: small } } as CellStyle,
  statusBad: { ...box, vertical: "top", font: { size: small }, fill: ERROR_FILL } as CellStyle,
  statusWrap: { ...box, vertical: "top", wrap: true, font: { size: small } } as CellStyle,
  statusWrapBad: { ...box, vertical: "top", wrap: true, font: { size: small }, fill: ERROR_FILL } as CellStyle,
  head: headerStyle,
};
/** Charts show at most this many units: beyond it bars are unreadable. */
export const CHART_MAX_UNITS = 100;

const landscape = {
  paper: "A4" as const,
  orientation: "landscape" as const,
  fitToWidth: true,
  margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** The by-unit tables; returns the sheet and where each unit's values sit (for the chart). */
function byUnitSheet(s: Summary): ModelSheet {
  const b = new SheetBuilder();
  const t = s.template;
  const width = Math.max(...t.tables.map((x) => x.groups.reduce((n, g) => n + g.fields.length, 0)));
  const fileCol = 3 + width;
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
    const note = `${consolidation.incomplete(s.incomplete.errorCells, s.incomplete.units).vi} Các ô tô đỏ là ô lỗi: giá trị của đơn vị gửi, không được cộng vào tổng.`;
    b.block(row + 1, 1, row + 1, fileCol, note, { font: { bold: true, size: small }, fill: ERROR_FILL, wrap: true });
    row += 1;
  }
  row += 2;
  for (const table of t.tables) {
    const fields = table.groups.flatMap((g) => g.fields);
    b.block(row, 1, row, fileCol, table.caption ?? table.name, { font: { bold: true } });
    row += 1;
    b.block(row, 1, row + 1, 1, "STT", headerStyle);
    b.block(row, 2, row + 1, 2, "Đơn vị", headerStyle);
    let col = 3;
    for (const g of table.groups) {
      if (g.label === undefined) {
        for (const f of g.fields) b.block(row, col, row + 1, col++, fieldHeader(f), headerStyle);
        continue;
      }
      b.block(row, col, row, col + g.fields.length - 1, g.label, headerStyle);
      for (const f of g.fields) b.put(row + 1, col++, fieldHeader(f), headerStyle);
    }
    b.block(row, fileCol, row + 1, fileCol, "Tệp nguồn", headerStyle);
    b.height(row, 60);
    b.height(row + 1, 45);
    row += 2;
    const first = row;
    s.units.forEach((u, i) => {
      b.put(row, 1, i + 1, styles.index);
      b.put(row, 2, u.name, styles.text);
      fields.forEach((f, k) => {
        const r = u.readings[f.id];
        if (r && r.value === null) b.put(row, 3 + k, shown(r.raw), styles.bad);
        else b.put(row, 3 + k, r && !r.blank ? r.value : undefined, styles.number);
      });
      b.put(row, fileCol, baseName(u.file), styles.text);
      row += 1;
    });
    b.block(row, 1, row, 2, TOTAL_LABEL, { ...box, font: { bold: true }, horizontal: "center" });
    fields.forEach((f, k) => {
      const col = 3 + k;
      if (s.units.length > 0)
        b.put(row, col, s.totals[f.id], styles.total, { formula: `SUM(${a1(first, col)}:${a1(row - 1, col)})` });
      else b.put(row, col, 0, styles.total);
    });
    b.put(row, fileCol, "", box);
    row += 3;
  }
  return b.sheet(BY_UNIT_SHEET, {
    state: "visible",
    columns: [6, 26, ...Array.from({ length: width }, () => 14), 30],
    protect: false,
    showGridLines: false,
    print: landscape,
  });
}

function findingLines(findings: Finding[]): string {
  return findings.map((f) => `${f.severity === "error" ? "LỖI" : "Cảnh báo"}: ${f.message.vi}`).join("\n");
}

function statusSheet(s: Summary): ModelSheet {
  const b = new SheetBuilder();
  const cols = [
    "STT",
    "Đơn vị",
    "Mã",
    "Tệp",
    "Trạng thái",
    "Ngày báo cáo",
    "Thời hạn",
    "Số lỗi",
    "Số cảnh báo",
    "Nội dung lỗi, cảnh báo, lý do",
    "SHA-256 của tệp",
  ];
  b.block(1, 1, 1, cols.length, `TÌNH TRẠNG NỘP BÁO CÁO — KỲ ${s.period}`, {
    font: { bold: true, size: 14 },
    horizontal: "center",
  });
  const included = s.files.filter((f) => f.status === "included").length;
  const others = s.periodChoice.found.filter((p) => p.period !== s.period).map((p) => `${p.period} (${p.files} tệp)`);
  const facts = [
    consolidation.period(s.period, s.periodChoice.source, s.deadline ? formatVnDate(s.deadline) : "", others).vi,
    `Hạn nộp: ${s.deadline ? formatVnDate(s.deadline) : "không đặt"}${s.deadlineSource === "template" ? " (theo mẫu)" : ""}`,
    `Số tệp nhận được: ${s.files.length}; đã tổng hợp: ${included}`,
    s.rosterGiven
      ? `Đơn vị chưa nộp: ${s.missing.length}`
      : "Không có danh sách đơn vị: không xác định được đơn vị chưa nộp.",
    `Đơn vị đã nộp, cần xử lý: ${s.unresolved.length}`,
    `Đơn vị nộp muộn: ${s.late.length}`,
    ...(s.incomplete ? [consolidation.incomplete(s.incomplete.errorCells, s.incomplete.units).vi] : []),
    ...(s.skipped.length ? [consolidation.skipped(s.skipped.map(baseName)).vi] : []),
  ];
  facts.forEach((text, i) =>
    b.block(2 + i, 1, 2 + i, cols.length, text, {
      font: { size: small, bold: text.startsWith("Tổng số chưa") },
      ...(text.startsWith("Tổng số chưa") ? { fill: ERROR_FILL } : {}),
    }),
  );
  let row = 2 + facts.length + 1;
  cols.forEach((c, i) => b.put(row, i + 1, c, headerStyle));
  b.height(row, 30);
  row += 1;
  let n = 1;
  const line = (values: (string | number | undefined)[], bad: boolean) => {
    values.forEach((v, i) =>
      b.put(
        row,
        i + 1,
        v,
        i === 9 ? (bad ? styles.statusWrapBad : styles.statusWrap) : bad ? styles.statusBad : styles.statusLine,
      ),
    );
    b.height(row, Math.min(409, Math.max(16, wrappedHeight(String(values[9] ?? ""), 70, small))));
    row += 1;
  };
  const timeliness = (f: FileOutcome) =>
    f.status !== "included" ? "" : f.late ? "Muộn" : f.reportDate ? "Đúng hạn" : "Không rõ ngày";
  for (const f of s.files) {
    const errors = f.findings.filter((x) => x.severity === "error").length;
    const details = [f.reason?.vi, findingLines(f.findings)].filter((x) => x).join("\n");
    line(
      [
        n++,
        f.rosterName ?? f.unit ?? "",
        f.unitCode ?? "",
        baseName(f.file),
        statusLabel(f),
        f.reportDate ? formatVnDate(f.reportDate) : "",
        timeliness(f),
        errors,
        f.findings.length - errors,
        details,
        f.sha256,
      ],
      f.status === "rejected" || f.status === "conflict" || errors > 0,
    );
  }
  for (const u of s.unresolved)
    line(
      [n++, u.name, u.code ?? "", u.files.map(baseName).join(", "), UNRESOLVED_LABEL, "", "", "", "", u.reason.vi, ""],
      true,
    );
  for (const m of s.missing)
    line([n++, m.name, m.code ?? "", "", "Chưa nộp", "", "Chưa nộp", "", "", m.note?.vi ?? "", ""], true);
  return b.sheet(STATUS_SHEET, {
    state: "visible",
    columns: [6, 24, 8, 26, 20, 12, 12, 8, 10, 70, 20],
    protect: false,
    showGridLines: false,
    print: landscape,
    frozenRows: 2 + facts.length + 1,
  });
}

/**
 * Where every number came from: one row per unit — its file, sheet and the
 * file's SHA-256 — and, per field, the source cell (with the cell's own text
 * when it was not a plain number, e.g. B23 «12 em»).
 */
function sourcesSheet(s: Summary): ModelSheet {
  const b = new SheetBuilder();
  const fields = templateFields(s.template);
  const headers = ["Đơn vị", "Tệp", "Trang", "SHA-256 của tệp", ...fields.map((f) => fieldTitle(s.template, f.id))];
  headers.forEach((c, i) => b.put(1, i + 1, c, styles.head));
  b.height(1, 60);
  s.units.forEach((u, i) => {
    const row = i + 2;
    const sheets = [...new Set(fields.map((f) => u.readings[f.id]?.sheet).filter((x) => x))];
    b.put(row, 1, u.name, styles.text);
    b.put(row, 2, baseName(u.file), styles.text);
    b.put(row, 3, sheets.join(", "), styles.text);
    b.put(row, 4, u.sha256, styles.text);
    fields.forEach((f, k) => {
      const r = u.readings[f.id];
      if (!r) return;
      const plain = r.blank || (typeof r.raw === "number" && r.value === r.raw);
      b.put(row, 5 + k, plain ? r.cell : `${r.cell} «${shown(r.raw)}»`, r.value === null ? styles.bad : styles.text);
    });
  });
  return b.sheet(SOURCES_SHEET, {
    state: "visible",
    columns: [24, 28, 12, 20, ...fields.map(() => 14)],
    protect: false,
    showGridLines: true,
    frozenRows: 1,
  });
}

function chartSheet(s: Summary): ModelSheet | undefined {
  const chart = s.template.summaryChart;
  if (!chart || s.units.length === 0) return undefined;
  const units = s.units.slice(0, CHART_MAX_UNITS);
  const b = new SheetBuilder();
  const fields = chart.fields.map((id) => templateFields(s.template).find((f) => f.id === id) as Field);
  b.put(1, 1, "Đơn vị", headerStyle);
  fields.forEach((f, k) => b.put(1, 2 + k, fieldTitle(s.template, f.id), headerStyle));
  units.forEach((u, i) => {
    b.put(2 + i, 1, u.name, styles.text);
    fields.forEach((f, k) => b.put(2 + i, 2 + k, u.readings[f.id]?.value ?? 0, styles.number));
  });
  b.height(1, Math.max(30, ...fields.map((f) => wrappedHeight(fieldTitle(s.template, f.id), 16, small))));
  const last = 1 + units.length;
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
        categories: { fromRow: 2, toRow: last, col: 1 },
        series: fields.map((f, k) => ({ name: fieldTitle(s.template, f.id), fromRow: 2, toRow: last, col: 2 + k })),
        anchor: { row: last + 3, col: 1, widthCols: Math.max(8, fields.length + 2), heightRows: 22 },
      },
    ],
  });
}

/** Row 7 of the report (between title and first section) is blank: the note goes there, across the title's width. */
const NOTE_ROW = 7;

/** The report sheet, with a visible note when its totals leave error cells out: it must not be signed unaware. */
function withIncompleteNote(sheet: ModelSheet, s: Summary): ModelSheet {
  if (!s.incomplete) return sheet;
  const title = sheet.merges.find((m) => m.top === NOTE_ROW - 1);
  const right = title?.right ?? sheet.columns.length;
  const text = `${consolidation.incomplete(s.incomplete.errorCells, s.incomplete.units).vi} Xem trang "${STATUS_SHEET}".`;
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

export function layoutSummary(s: Summary, reportSheet?: string): SheetModel {
  const report = layoutReport(
    s.template,
    s.meta,
    { values: { ...s.totals }, narratives: s.narratives },
    "summary",
    reportSheet,
  ).model;
  const [plainReport, ...hidden] = report.sheets;
  const reportPart = withIncompleteNote(plainReport, s);
  const chart = chartSheet(s);
  return {
    font: FONT,
    sheets: [reportPart, byUnitSheet(s), statusSheet(s), sourcesSheet(s), ...(chart ? [chart] : []), ...hidden],
  };
}
