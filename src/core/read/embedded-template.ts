// Reads the template a report carries (layout/template-sheet.ts). It is
// untrusted input: its JSON goes through the limits and the schema of user
// templates (rules parsed by the small grammar, never run), and its content
// must match the hash written beside it, so an edited template is refused.
import { failures } from "../i18n/messages";
import { TEMPLATE_MARK, TEMPLATE_SHEET } from "../form/sheets";
import { MAX_TEMPLATE_BYTES } from "../limits";
import type { ReadFailure } from "../vocabulary";
import { templateHash } from "../templates/catalogue";
import type { Template } from "../templates/schema";
import { parseUserTemplate } from "../templates/user-template";
import { cellText, type CellGrid } from "./grid";

/**
 * Templates already checked, by their exact text: the reports of one template carry the same
 * text, so each is checked once and they share one object (measured on one thread, 500 reports
 * made from seed 000's outline: about 4.7 ms a file checking each, 3.4 with this; a built-in
 * report about 2). Bounded: 16 texts of at most 1 MB each.
 */
const checked = new Map<string, Template | ReadFailure>();
const CHECKED_MAX = 16;

/** The embedded template; undefined when the report carries none; a failure when it is unusable. */
export function embeddedTemplate(grid: CellGrid): Template | ReadFailure | undefined {
  if (!grid.sheetNames.includes(TEMPLATE_SHEET)) return undefined;
  const sheet = grid.sheet(TEMPLATE_SHEET);
  if (!sheet || cellText(sheet.cell(1, 1)).trim() !== TEMPLATE_MARK) return undefined;
  const id = cellText(sheet.cell(1, 2)).trim();
  const version = cellText(sheet.cell(1, 3)).trim();
  const hash = cellText(sheet.cell(1, 4)).trim().toLowerCase();
  const chunks: string[] = [];
  let length = 0;
  for (let row = 2; ; row++) {
    const chunk = cellText(sheet.cell(row, 1));
    if (chunk === "") break;
    length += chunk.length;
    // One over the limit is enough for parseUserTemplate to refuse it by size.
    if (length > MAX_TEMPLATE_BYTES + 1) break;
    chunks.push(chunk);
  }
  const text = chunks.join("");
  const key = `${id}\u0000${version}\u0000${hash}\u0000${text}`;
  let result = checked.get(key);
  if (result === undefined) {
    result = check(text, id, version, hash);
    if (checked.size >= CHECKED_MAX) checked.delete(checked.keys().next().value as string);
    checked.set(key, result);
  }
  return result;
}

function check(text: string, id: string, version: string, hash: string): Template | ReadFailure {
  const parsed = parseUserTemplate(text);
  if (!parsed.ok) {
    const first = parsed.problems.slice(0, 5);
    const message = failures.embeddedTemplateInvalid(
      id || "?",
      first.map((p) => p.vi.replace(/\.$/, "")).join("; "),
      first.map((p) => p.en.replace(/\.$/, "")).join("; "),
    );
    return { code: "embedded_template_invalid", message };
  }
  const t = parsed.template;
  if (t.id !== id || String(t.version) !== version || templateHash(t) !== hash) {
    return { code: "embedded_template_altered", message: failures.embeddedTemplateAltered(id || "?") };
  }
  return t;
}
