// A unit's feedback as a workbook (phiếu phản hồi), in Vietnamese, printable on A4 landscape: who writes to
// whom, the period and template, each file received (name, report date, status, SHA-256), what the unit is
// asked, the date to send the corrected report by, then one row per finding with its sheet and cell and the
// unit's answer column, unlocked under sheet protection. A hidden sheet records which finding each row is
// about, so the answers can be read back (read/feedback.ts). Text from unit files is written as values.
import { formatVnDate } from "../dates";
import {
  EXPLANATION_COLUMN,
  FEEDBACK_COLUMNS,
  FEEDBACK_KEYS,
  FEEDBACK_MARK,
  FEEDBACK_META_SHEET,
  FEEDBACK_ROW_KEY,
  FEEDBACK_SCHEMA,
  FEEDBACK_SHEET,
  FINDINGS_SHEET,
  SEVERITY_WORDS,
} from "../form/feedback";
import { feedbackMessages as m } from "../i18n/feedback";
import { formatDecimal } from "../i18n/messages";
import { fileLabel } from "../paths";
import { fieldTitle, type Template } from "../templates";
import type { Finding, FindingKey } from "../vocabulary";
import { SheetBuilder, wrappedHeight } from "../layout/builder";
import { INPUT_FILL, type CellStyle, type ModelSheet, type PrintSetup, type SheetModel } from "../layout/model";
import { keyValueSheet } from "../layout/meta-sheet";
import { FONT } from "../layout/report";
import type { FeedbackItem, FeedbackSet, UnitFeedback } from "./plan";

/** Column widths in characters, one per FEEDBACK_COLUMNS entry. */
const WIDTHS = [5, 14, 13, 24, 14, 40, 22, 11, 32];
const W = FEEDBACK_COLUMNS.length;
const SIZE = 11;

/** A4 landscape, one page wide (the model's repeatRows is not drawn by the writers yet: not asked for). */
export const FEEDBACK_PRINT: PrintSetup = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: true,
  margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

const styles = {
  title: { font: { bold: true, size: 14 }, horizontal: "center", vertical: "middle", wrap: true } as CellStyle,
  subtitle: { font: { italic: true, size: 12 }, horizontal: "center", wrap: true } as CellStyle,
  line: { font: { size: 12 }, wrap: true, vertical: "top" } as CellStyle,
  strong: { font: { size: 12, bold: true }, wrap: true, vertical: "top" } as CellStyle,
  small: { font: { size: 10 }, wrap: true, vertical: "top" } as CellStyle,
  head: {
    font: { bold: true, size: SIZE },
    border: true,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    fill: "E8EEF7",
  } as CellStyle,
  cell: { font: { size: SIZE }, border: true, vertical: "top", wrap: true } as CellStyle,
  centred: { font: { size: SIZE }, border: true, vertical: "top", horizontal: "center", wrap: true } as CellStyle,
  error: {
    font: { size: SIZE, bold: true },
    border: true,
    vertical: "top",
    horizontal: "center",
    wrap: true,
    fill: "FDE2E2",
  } as CellStyle,
  answer: {
    font: { size: SIZE },
    border: true,
    vertical: "top",
    wrap: true,
    locked: false,
    fill: INPUT_FILL,
  } as CellStyle,
  fileHead: { font: { size: SIZE, italic: true, bold: true }, border: true, vertical: "middle" } as CellStyle,
  note: { font: { size: 11, italic: true }, wrap: true, vertical: "top" } as CellStyle,
};

/** A cell's content as received: numbers as a Vietnamese reader writes them, blank as "(trống)". */
function shown(raw: FeedbackItem["received"][number]["raw"]): string {
  if (raw === null || raw === "") return "(trống)";
  return typeof raw === "number" ? formatDecimal(raw, "vi") : String(raw);
}

function cellRef(f: Finding): string {
  return f.cell ? (f.sheet ? `${f.sheet}!${f.cell}` : f.cell) : f.sheet;
}

function indicators(f: Finding, t: Template | undefined): string {
  const ids = f.fields ?? (f.field ? [f.field] : []);
  return ids.map((id) => (t ? fieldTitle(t, id) : id)).join("; ");
}

function advice(f: Finding): string {
  if (f.suggestion !== undefined) return m.writeValue(f.suggestion).vi;
  const aboutFigure = f.field !== undefined || (f.fields?.length ?? 0) > 0;
  return f.severity === "error" ? m.fixError().vi : m.checkWarning(aboutFigure).vi;
}

/** The finding a row is about, as the hidden sheet records it. */
function keyOf(f: Finding): FindingKey {
  return { code: f.code, sheet: f.sheet, cell: f.cell, ...(f.field ? { field: f.field } : {}) };
}

/** A full-width line of text; its height fits the text. */
function line(b: SheetBuilder, row: number, text: string, style: CellStyle): void {
  b.block(row, 1, row, W, text, style);
  const total = WIDTHS.reduce((a, x) => a + x, 0);
  b.height(row, Math.max(18, wrappedHeight(text, total, style.font?.size ?? 12)));
}

/** The table of findings from `row`; returns the row after it and each finding row's key. */
function findingRows(
  b: SheetBuilder,
  row: number,
  u: UnitFeedback,
  template: Template | undefined,
): { next: number; keys: { row: number; stt: number; key: FindingKey }[] } {
  const keys: { row: number; stt: number; key: FindingKey }[] = [];
  FEEDBACK_COLUMNS.forEach((c, i) => b.put(row, i + 1, c, styles.head));
  b.height(row, 32);
  row += 1;
  const files = [...new Set(u.items.map((i) => i.file))];
  let stt = 1;
  for (const file of files) {
    if (files.length > 1) {
      b.block(row, 1, row, W, `Tệp ${fileLabel(file)}`, styles.fileHead);
      b.height(row, 18);
      row += 1;
    }
    for (const item of u.items.filter((i) => i.file === file)) {
      const f = item.finding;
      const table = template?.tables.find((t) => t.id === f.table)?.name ?? "";
      const values = item.received.map((r) => shown(r.raw)).join("; ");
      const texts = [
        String(stt),
        table,
        cellRef(f),
        indicators(f, template),
        values,
        f.message.vi,
        advice(f),
        SEVERITY_WORDS[f.severity],
        f.explanation?.text ?? "",
      ];
      texts.forEach((text, i) => {
        const col = i + 1;
        if (col === 1) b.put(row, col, stt, styles.centred);
        else if (col === EXPLANATION_COLUMN) b.put(row, col, text, styles.answer);
        else if (col === 8) b.put(row, col, text, f.severity === "error" ? styles.error : styles.centred);
        else b.put(row, col, text, col === 3 || col === 5 ? styles.centred : styles.cell);
      });
      b.height(row, Math.min(409, Math.max(18, ...texts.map((t, i) => wrappedHeight(t, WIDTHS[i], SIZE)))));
      keys.push({ row, stt, key: keyOf(f) });
      stt += 1;
      row += 1;
    }
  }
  return { next: row, keys };
}

/** The hidden sheet: what the workbook is, and which finding each row is about. */
function metaSheet(
  u: UnitFeedback,
  set: FeedbackSet,
  keys: { row: number; stt: number; key: FindingKey }[],
): ModelSheet {
  const template = u.template ?? set.template;
  const rows: [string, string][] = [
    [FEEDBACK_MARK, "Trang thông tin của tonghop (phiếu phản hồi). Không sửa hoặc xóa trang này."],
    [FEEDBACK_KEYS.schema, String(FEEDBACK_SCHEMA)],
    [FEEDBACK_KEYS.kind, "unit"],
    [FEEDBACK_KEYS.templateId, template?.id ?? ""],
    [FEEDBACK_KEYS.templateVersion, template ? String(template.version) : ""],
    [FEEDBACK_KEYS.period, u.period ?? set.period ?? ""],
    [FEEDBACK_KEYS.unitName, u.unit.name],
    [FEEDBACK_KEYS.unitCode, u.unit.code ?? ""],
    [FEEDBACK_KEYS.fromUnit, set.from ?? ""],
    [FEEDBACK_KEYS.resubmitBy, set.resubmitBy ? formatVnDate(set.resubmitBy) : ""],
    [FEEDBACK_KEYS.sheet, FEEDBACK_SHEET],
    ...keys.map((k): [string, string] => [FEEDBACK_ROW_KEY + k.row, JSON.stringify({ ...k.key, stt: k.stt })]),
  ];
  return keyValueSheet(FEEDBACK_META_SHEET, rows, [24, 80]);
}

/**
 * The visible sheet of a unit's feedback. `findings`: the same table written by Kiểm tra into the checked
 * workbook itself (FINDINGS_SHEET, unprotected: it is the user's workbook) — no addressee, no date to send by.
 */
export function feedbackSheet(
  u: UnitFeedback,
  set: FeedbackSet,
  as: "feedback" | "findings" = "feedback",
): { sheet: ModelSheet; keys: { row: number; stt: number; key: FindingKey }[] } {
  const b = new SheetBuilder();
  const template = u.template ?? set.template;
  const period = u.period ?? set.period;
  const feedback = as === "feedback";
  let row = 1;
  line(
    b,
    row++,
    feedback ? "PHIẾU PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO" : "KẾT QUẢ KIỂM TRA SỐ LIỆU BÁO CÁO",
    styles.title,
  );
  if (template || period)
    line(
      b,
      row++,
      [template?.name.vi, period ? `Kỳ báo cáo: ${period}` : ""].filter((x) => x).join(" — "),
      styles.subtitle,
    );
  row += 1;
  const unit = `${u.unit.name}${u.unit.code ? ` (mã ${u.unit.code})` : ""}`;
  if (feedback) {
    line(b, row++, `Đơn vị gửi phiếu: ${set.from ?? "…………………………………………"}`, styles.line);
    line(b, row++, `Kính gửi: ${unit}`, styles.strong);
  } else line(b, row++, `Đơn vị báo cáo: ${unit}`, styles.strong);
  if (u.files.length === 0) line(b, row++, "Tệp đã nhận: không có", styles.line);
  for (const f of u.files) {
    const date = f.reportDate ? `, ngày báo cáo ${formatVnDate(f.reportDate)}` : "";
    const late = f.late ? ", nộp muộn" : "";
    const what = feedback ? "Tệp đã nhận" : "Tệp";
    line(b, row++, `${what}: ${fileLabel(f.file)}${date} — Tình trạng: ${f.status.vi}${late}`, styles.line);
    if (f.sha256) line(b, row++, `SHA-256 của tệp: ${f.sha256}`, styles.small);
  }
  for (const note of [...u.notes, ...(u.advice ? [u.advice] : [])]) line(b, row++, note.vi, styles.strong);
  // A date to send by, unless the unit was only late (nothing to send again).
  if (feedback && u.needs.some((n) => n !== "late")) {
    const due = set.resubmitBy ? formatVnDate(set.resubmitBy) : "……/……/…………";
    const what = u.needs.includes("missing") ? "Đề nghị gửi báo cáo trước ngày" : "Đề nghị gửi lại báo cáo trước ngày";
    line(b, row++, `${what}: ${due}`, styles.strong);
  }
  row += 1;
  let keys: { row: number; stt: number; key: FindingKey }[] = [];
  let headerRow: number | undefined;
  if (u.items.length > 0) {
    headerRow = row;
    const t = findingRows(b, row, u, template);
    keys = t.keys;
    row = t.next + 1;
    if (feedback) line(b, row++, m.howToAnswer().vi, styles.note);
  }
  const sheet = b.sheet(feedback ? FEEDBACK_SHEET : FINDINGS_SHEET, {
    state: "visible",
    columns: WIDTHS,
    protect: feedback,
    showGridLines: false,
    print: FEEDBACK_PRINT,
    ...(headerRow ? { frozenRows: headerRow } : {}),
  });
  return { sheet, keys };
}

/** A unit's feedback workbook: the sheet it reads and answers, and the hidden sheet that lets it come back. */
export function feedbackWorkbook(u: UnitFeedback, set: FeedbackSet): SheetModel {
  const { sheet, keys } = feedbackSheet(u, set);
  return { font: FONT, sheets: [sheet, metaSheet(u, set, keys)] };
}
