// Marks the cells of findings ("Đánh dấu") and restores them exactly ("Bỏ
// đánh dấu"). The fills there before are read and handed to `record` (the
// pane keeps them in the workbook's settings) BEFORE any cell is coloured, so a
// mark that fails halfway can still be undone exactly, and a second Đánh dấu
// never takes red for a cell's own fill. Every request stays under Excel's size
// limit: each command is counted at the bytes measured for it on Microsoft's
// runtime (FILL_COSTS), loads and their answers too, and cells of one colour
// side by side go as one rectangle. Protected sheets are unprotected for the
// change and protected again whatever happens; a sheet the user protected with a
// password is left alone. Unmarking forgets cells whose sheet is gone or
// renamed, and says which.
import { a1, parseA1 } from "../core/form/a1";
import type { Finding } from "../core/vocabulary";
import type { Localized } from "../core/i18n/lang";
import { blocks } from "./blocks";
import { jsonBytes, SyncBudget } from "./budget";
import { protectOptions, type Capabilities } from "./capabilities";

export const ERROR_MARK = "#FFC7CE";
export const WARNING_MARK = "#FFEB9C";
/** Office reports "no fill" as white. */
const NO_FILL = "#FFFFFF";

/**
 * Bytes a command adds to a request (beyond its address and colour as JSON), and bytes its answer
 * takes: measured on Microsoft's Office.js runtime at 10,000 cells (load 363, its answer 67, a fill
 * set or cleared 652–680), plus a margin for longer object ids. test/excel/request-size.test.ts
 * checks that no request holds more than these counts.
 */
export const FILL_COSTS = {
  /** getRange(address).untrack() + load("format/fill/color"): its object paths and actions. */
  load: 440,
  /** The answer to that load. */
  loadAnswer: 90,
  /** getRange(address).untrack().format.fill.color = colour. */
  set: 780,
  /** getRange(address).untrack().format.fill.clear(). */
  clear: 780,
};

export interface SavedFill {
  sheet: string;
  cell: string;
  /** The fill before marking; null: none. */
  color: string | null;
}

export interface MarkOutcome {
  saved: SavedFill[];
  /** Sheets protected with a password: their cells were not marked. */
  passwordProtected: string[];
}

/**
 * Unprotects the given sheets that are protected, for a change; returns those
 * unprotected and those left alone because a password guards them.
 */
async function unprotectFor(
  context: Excel.RequestContext,
  sheets: string[],
  caps: Capabilities,
): Promise<{ opened: string[]; locked: string[] }> {
  if (!caps.protection || sheets.length === 0) return { opened: [], locked: [] };
  const protections = sheets.map((name) => ({ name, p: context.workbook.worksheets.getItem(name).protection }));
  for (const x of protections) x.p.load("protected");
  await context.sync();
  const isProtected = protections.filter((x) => x.p.protected).map((x) => x.name);
  const opened: string[] = [];
  const locked: string[] = [];
  // One at a time: unprotecting a sheet with a password fails, and a failure stops the whole request.
  for (const name of isProtected) {
    try {
      context.workbook.worksheets.getItem(name).protection.unprotect();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sheet per request, so a password on one does not stop the rest
      await context.sync();
      opened.push(name);
    } catch {
      locked.push(name);
    }
  }
  return { opened, locked };
}

/** Protects again the sheets it opened, even after a failure; then rethrows that failure. */
async function changeThenProtect(
  context: Excel.RequestContext,
  opened: string[],
  caps: Capabilities,
  change: (budget: SyncBudget) => Promise<void>,
): Promise<void> {
  const protect = () => {
    for (const name of opened) context.workbook.worksheets.getItem(name).protection.protect(protectOptions(caps));
  };
  try {
    const budget = new SyncBudget(context);
    await change(budget);
    protect();
    await context.sync();
  } catch (e) {
    protect();
    // The failure the user must hear about is the first one.
    await context.sync().catch(() => undefined);
    throw e;
  }
}

/** One worksheet object per sheet name, so every cell's command refers to it instead of naming the sheet again. */
function sheetsOf(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const made = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = made.get(name);
    if (!ws) made.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
}

/** The fills of these cells as they are now, read in requests (and answers) within the budget. */
async function readFills(
  sheet: (name: string) => Excel.Worksheet,
  cells: { sheet: string; cell: string }[],
  budget: SyncBudget,
): Promise<SavedFill[]> {
  const loads: { sheet: string; cell: string; range: Excel.Range }[] = [];
  for (const c of cells) {
    // Untracked: read in the request that loads it, so Excel keeps no reference to release afterwards.
    const range = sheet(c.sheet).getRange(c.cell).untrack();
    range.load("format/fill/color");
    loads.push({ ...c, range });
    await budget.add(0, FILL_COSTS.load + jsonBytes(c.cell), FILL_COSTS.loadAnswer);
  }
  await budget.flush();
  return loads.map(({ sheet, cell, range }) => ({
    sheet,
    cell,
    color: range.format.fill.color === NO_FILL ? null : range.format.fill.color,
  }));
}

/** Sets each cell's fill (null: none), cells of one sheet and colour side by side as one rectangle. */
async function writeFills(
  sheet: (name: string) => Excel.Worksheet,
  fills: SavedFill[],
  budget: SyncBudget,
): Promise<void> {
  const bySheet = new Map<string, SavedFill[]>();
  for (const f of fills) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [name, list] of bySheet) {
    const color = new Map<string, string>();
    const cells = list.flatMap((f) => {
      const at = parseA1(f.cell.replace(/\$/g, ""));
      if (!at) return [];
      color.set(a1(at.row, at.col), f.color ?? "");
      return [{ row: at.row, col: at.col, style: {} }];
    });
    for (const b of blocks(cells, (c) => color.get(a1(c.row, c.col)))) {
      const address =
        b.top === b.bottom && b.left === b.right ? a1(b.top, b.left) : `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;
      const fill = sheet(name).getRange(address).untrack().format.fill;
      const c = color.get(a1(b.top, b.left)) ?? "";
      if (c === "") fill.clear();
      else fill.color = c;
      await budget.add(0, (c === "" ? FILL_COSTS.clear : FILL_COSTS.set) + jsonBytes(address) + jsonBytes(c));
    }
  }
}

/** The cells to mark: one per cell, an error's colour over a warning's. */
function markedCells(findings: Finding[]): SavedFill[] {
  const cells = new Map<string, Finding>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const prev = cells.get(key);
    if (!prev || (prev.severity === "warning" && f.severity === "error")) cells.set(key, f);
  }
  return [...cells.values()].map((f) => ({
    sheet: f.sheet,
    cell: f.cell,
    color: f.severity === "error" ? ERROR_MARK : WARNING_MARK,
  }));
}

/**
 * Marks each finding's cell (errors red, warnings yellow). The fills there before are read first and
 * given to `record`, which must keep them before anything is coloured; they are also returned.
 */
export async function markFindings(
  context: Excel.RequestContext,
  findings: Finding[],
  caps: Capabilities,
  record: (saved: SavedFill[]) => Promise<void> = async () => undefined,
): Promise<MarkOutcome> {
  const marks = markedCells(findings);
  const { opened, locked } = await unprotectFor(context, [...new Set(marks.map((m) => m.sheet))], caps);
  const targets = marks.filter((m) => !locked.includes(m.sheet));
  const sheet = sheetsOf(context);
  let saved: SavedFill[] = [];
  await changeThenProtect(context, opened, caps, async (budget) => {
    saved = await readFills(sheet, targets, budget);
    await record(saved);
    await writeFills(sheet, targets, budget);
  });
  return { saved, passwordProtected: locked };
}

export interface UnmarkOutcome {
  /** Cells whose sheet no longer exists (deleted or renamed): forgotten. */
  forgotten: SavedFill[];
  passwordProtected: string[];
}

/** Puts back exactly the fills saved when marking, on the sheets still there. */
export async function unmarkFindings(
  context: Excel.RequestContext,
  saved: SavedFill[],
  caps: Capabilities,
): Promise<UnmarkOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  const forgotten = saved.filter((s) => !present.has(s.sheet));
  const { opened, locked } = await unprotectFor(
    context,
    [...new Set(saved.map((s) => s.sheet))].filter((n) => present.has(n)),
    caps,
  );
  const sheet = sheetsOf(context);
  await changeThenProtect(context, opened, caps, (budget) =>
    writeFills(
      sheet,
      saved.filter((s) => present.has(s.sheet) && !locked.includes(s.sheet)),
      budget,
    ),
  );
  return { forgotten, passwordProtected: locked };
}

/** What to tell the user after marking or unmarking, when something was left out. */
export function leftOutNote(forgotten: SavedFill[], passwordProtected: string[]): Localized | undefined {
  const parts: Localized[] = [];
  if (forgotten.length > 0) {
    const gone = [...new Set(forgotten.map((f) => f.sheet))].join(", ");
    parts.push({
      vi: `${forgotten.length} ô đánh dấu trên trang không còn (đã xóa hoặc đổi tên: ${gone}) không khôi phục được và đã được bỏ qua.`,
      en: `${forgotten.length} marked cells on sheets that no longer exist (deleted or renamed: ${gone}) could not be restored and were forgotten.`,
    });
  }
  if (passwordProtected.length > 0) {
    const names = passwordProtected.join(", ");
    parts.push({
      vi: `Trang ${names} được khóa bằng mật khẩu: tonghop không sửa trang này. Hãy bỏ khóa (Xem lại › Bỏ bảo vệ trang) rồi thử lại.`,
      en: `Sheet ${names} is protected with a password: tonghop leaves it alone. Unprotect it (Review › Unprotect Sheet), then try again.`,
    });
  }
  return parts.length ? { vi: parts.map((p) => p.vi).join(" "), en: parts.map((p) => p.en).join(" ") } : undefined;
}
