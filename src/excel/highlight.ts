// Marks the cells of findings ("Đánh dấu") and restores them exactly ("Bỏ
// đánh dấu"): read what is there, then write. Protected sheets are unprotected
// for the change and protected again whatever happens; a sheet the user
// protected with a password is left alone. Unmarking forgets cells whose sheet
// is gone or renamed, and says which.
import type { Finding } from "../core/vocabulary";
import type { Localized } from "../core/i18n/lang";
import { SyncBudget } from "./budget";
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
async function writeThenProtect(
  context: Excel.RequestContext,
  opened: string[],
  caps: Capabilities,
  write: (budget: SyncBudget) => Promise<void>,
): Promise<void> {
  const protect = () => {
    for (const name of opened) context.workbook.worksheets.getItem(name).protection.protect(protectOptions(caps));
  };
  try {
    const budget = new SyncBudget(context);
    await write(budget);
    protect();
    await context.sync();
  } catch (e) {
    protect();
    // The failure the user must hear about is the first one.
    await context.sync().catch(() => undefined);
    throw e;
  }
}

/** Marks each finding's cell (errors red, warnings yellow); returns what to restore. */
export async function markFindings(
  context: Excel.RequestContext,
  findings: Finding[],
  caps: Capabilities,
): Promise<MarkOutcome> {
  const cells = new Map<string, Finding>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const prev = cells.get(key);
    if (!prev || (prev.severity === "warning" && f.severity === "error")) cells.set(key, f);
  }
  const { opened, locked } = await unprotectFor(context, [...new Set([...cells.values()].map((f) => f.sheet))], caps);
  const targets = [...cells.values()]
    .filter((f) => !locked.includes(f.sheet))
    .map((f) => {
      const range = context.workbook.worksheets.getItem(f.sheet).getRange(f.cell);
      range.load("format/fill/color");
      return { f, range };
    });
  let saved: SavedFill[] = [];
  await writeThenProtect(context, opened, caps, async (budget) => {
    await context.sync();
    saved = targets.map(({ f, range }) => ({
      sheet: f.sheet,
      cell: f.cell,
      color: range.format.fill.color === NO_FILL ? null : range.format.fill.color,
    }));
    for (const { f, range } of targets) {
      range.format.fill.color = f.severity === "error" ? ERROR_MARK : WARNING_MARK;
      await budget.add(2);
    }
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
  await writeThenProtect(context, opened, caps, async (budget) => {
    for (const s of saved) {
      if (!present.has(s.sheet) || locked.includes(s.sheet)) continue;
      const fill = context.workbook.worksheets.getItem(s.sheet).getRange(s.cell).format.fill;
      if (s.color === null) fill.clear();
      else fill.color = s.color;
      await budget.add(2);
    }
  });
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
