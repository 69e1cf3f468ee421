// Marks the cells of findings ("Đánh dấu") and restores them exactly ("Bỏ
// đánh dấu"). Each takes two round trips: read what is there, then write.
// Protected sheets are unprotected for the change and protected again.
import type { Finding } from "../core/report";
import { protectOptions, type Capabilities } from "./capabilities";

export const ERROR_MARK = "#FFC7CE";
export const WARNING_MARK = "#FFEB9C";
/** Office reports "no fill" as white. */
const NO_FILL = "#FFFFFF";

export interface SavedFill {
  sheet: string;
  cell: string;
  /** The fill before marking; null: none. */
  color: string | null;
}



/** Marks each finding's cell (errors red, warnings yellow); returns what to restore. */
export async function markFindings(context: Excel.RequestContext, findings: Finding[], caps: Capabilities): Promise<SavedFill[]> {
  const cells = new Map<string, Finding>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const prev = cells.get(key);
    if (!prev || (prev.severity === "warning" && f.severity === "error")) cells.set(key, f);
  }
  const targets = [...cells.values()].map((f) => {
    const range = context.workbook.worksheets.getItem(f.sheet).getRange(f.cell);
    range.load("format/fill/color");
    return { f, range };
  });
  const sheetNames = [...new Set(targets.map((t) => t.f.sheet))];
  const protections = caps.protection ? sheetNames.map((name) => ({ name, p: loadProtection(context, name) })) : [];
  await context.sync();

  const saved = targets.map(({ f, range }) => ({ sheet: f.sheet, cell: f.cell, color: range.format.fill.color === NO_FILL ? null : range.format.fill.color }));
  const locked = protections.filter((x) => x.p.protected);
  for (const x of locked) x.p.unprotect();
  for (const { f, range } of targets) range.format.fill.color = f.severity === "error" ? ERROR_MARK : WARNING_MARK;
  for (const x of locked) x.p.protect(protectOptions(caps));
  await context.sync();
  return saved;
}

/** Puts back exactly the fills saved when marking. */
export async function unmarkFindings(context: Excel.RequestContext, saved: SavedFill[], caps: Capabilities): Promise<void> {
  const sheetNames = [...new Set(saved.map((s) => s.sheet))];
  const protections = caps.protection ? sheetNames.map((name) => ({ name, p: loadProtection(context, name) })) : [];
  await context.sync();
  const locked = protections.filter((x) => x.p.protected);
  for (const x of locked) x.p.unprotect();
  for (const s of saved) {
    const fill = context.workbook.worksheets.getItem(s.sheet).getRange(s.cell).format.fill;
    if (s.color === null) fill.clear();
    else fill.color = s.color;
  }
  for (const x of locked) x.p.protect(protectOptions(caps));
  await context.sync();
}

function loadProtection(context: Excel.RequestContext, sheet: string): Excel.WorksheetProtection {
  const p = context.workbook.worksheets.getItem(sheet).protection;
  p.load("protected");
  return p;
}
