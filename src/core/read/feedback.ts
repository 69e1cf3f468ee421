// A feedback workbook sent back by a unit (core/feedback wrote it): told apart from a report by its hidden
// sheet, and read for what the unit typed in "Giải trình của đơn vị". Untrusted input like any file: each
// row's key is parsed and checked, answers are cut to a sentence's length, never run or evaluated.
import {
  EXPLANATION_COLUMN,
  FEEDBACK_KEYS,
  FEEDBACK_MARK,
  FEEDBACK_META_SHEET,
  FEEDBACK_ROW_KEY,
  FEEDBACK_SHEET,
  MAX_EXPLANATION,
} from "../form/feedback";
import type { FindingKey, ReturnedFeedback } from "../vocabulary";
import { cellText, type CellGrid, type GridSheet } from "./grid";

/** What a workbook's hidden feedback sheet says it is: a unit's feedback, the index of them, or neither. */
export type FeedbackKind = "unit" | "index";

function metaRows(grid: CellGrid): { rows: Map<string, string>; order: [string, string][] } | undefined {
  if (!grid.sheetNames.includes(FEEDBACK_META_SHEET)) return undefined;
  const sheet = grid.sheet(FEEDBACK_META_SHEET);
  if (!sheet || cellText(sheet.cell(1, 1)).trim() !== FEEDBACK_MARK) return undefined;
  const order: [string, string][] = [];
  for (const [row, col, cell] of sheet.cells()) {
    if (col !== 1) continue;
    order.push([cellText(cell).trim(), cellText(sheet.cell(row, 2)).trim()]);
  }
  return { rows: new Map(order), order };
}

/** Whether a workbook is a feedback workbook (or their index), by its hidden sheet alone. */
export function feedbackKind(grid: CellGrid): FeedbackKind | undefined {
  const meta = metaRows(grid);
  if (!meta) return undefined;
  return meta.rows.get(FEEDBACK_KEYS.kind) === "index" ? "index" : "unit";
}

const text = (v: unknown, max = 300): string | undefined =>
  typeof v === "string" && v.length > 0 && v.length <= max ? v.normalize("NFC") : undefined;

/** A row's key as written ({code, sheet, cell, field, stt}); undefined when it is not one. */
function rowKey(json: string): { key: FindingKey; stt: number } | undefined {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const code = text(o.code);
  const sheet = typeof o.sheet === "string" && o.sheet.length <= 300 ? o.sheet.normalize("NFC") : undefined;
  const cell = typeof o.cell === "string" && o.cell.length <= 30 ? o.cell : undefined;
  const field = o.field === undefined ? undefined : text(o.field);
  const stt = typeof o.stt === "number" && Number.isInteger(o.stt) && o.stt > 0 ? o.stt : undefined;
  if (!code || sheet === undefined || cell === undefined || stt === undefined) return undefined;
  if (o.field !== undefined && field === undefined) return undefined;
  return { key: { code, sheet, cell, ...(field ? { field } : {}) }, stt };
}

/** The row numbered `stt` in column A (a unit may have sorted the rows), else the row written. */
function rowOf(sheet: GridSheet, written: number, stt: number, numbered: Map<number, number>): number {
  if (cellText(sheet.cell(written, 1)).trim() === String(stt)) return written;
  return numbered.get(stt) ?? written;
}

/** What a unit typed into its returned feedback workbook; undefined when the workbook is not one. */
export function readReturnedFeedback(grid: CellGrid): ReturnedFeedback | undefined {
  const meta = metaRows(grid);
  if (!meta || meta.rows.get(FEEDBACK_KEYS.kind) === "index") return undefined;
  const get = (k: string) => meta.rows.get(k)?.normalize("NFC") ?? "";
  const sheet = grid.sheet(get(FEEDBACK_KEYS.sheet) || FEEDBACK_SHEET);
  const keys = meta.order
    .filter(([k]) => k.startsWith(FEEDBACK_ROW_KEY))
    .map(([k, v]) => ({ row: Number(k.slice(FEEDBACK_ROW_KEY.length)), parsed: rowKey(v) }))
    .filter(
      (x): x is { row: number; parsed: { key: FindingKey; stt: number } } =>
        Number.isInteger(x.row) && x.row > 0 && x.parsed !== undefined,
    );
  const numbered = new Map<number, number>();
  for (const [row, col, cell] of sheet?.cells() ?? []) {
    if (col !== 1) continue;
    const n = Number(cellText(cell).trim());
    if (Number.isInteger(n) && n > 0 && !numbered.has(n)) numbered.set(n, row);
  }
  const answers: ReturnedFeedback["answers"] = [];
  for (const { row, parsed } of keys) {
    if (!sheet) break;
    const typed = cellText(sheet.cell(rowOf(sheet, row, parsed.stt, numbered), EXPLANATION_COLUMN))
      .normalize("NFC")
      .trim();
    if (typed) answers.push({ key: parsed.key, text: typed.slice(0, MAX_EXPLANATION) });
  }
  const code = get(FEEDBACK_KEYS.unitCode);
  return {
    unitName: get(FEEDBACK_KEYS.unitName),
    ...(code ? { unitCode: code } : {}),
    templateId: get(FEEDBACK_KEYS.templateId),
    period: get(FEEDBACK_KEYS.period).toUpperCase(),
    answers,
    rows: keys.length,
  };
}
