// A template from the outline ("Đề cương") a plan already contains, as Word
// gives it when copied as text: a title line, Roman-numeral sections,
// numbered and lettered items, and tables as tab-separated header rows.
// Pure: text in, a checked template and the problems found (each with its line) out.
import { outlineMessages } from "../i18n/template-messages";
import { MAX_OUTLINE_COLUMNS, MAX_OUTLINE_LINE, MAX_OUTLINE_LINES, MAX_TEMPLATE_BYTES } from "../limits";
import type { Localized } from "../i18n/lang";
import type { Severity } from "./schema";
import { asciiSlug } from "../slug";
import { checkTemplateLimits } from "./user-template";
import { settleHeader, type GroupColumns, type HeaderQuestion } from "./outline-header";
import { fieldId, groupsFromHeader, idPart, uniqueId, type HeaderRow } from "./outline-table";
import { loadTemplate } from "./index";
import type { Deadline, Section, TallyTable, Template, TemplateInput } from "./schema";

export interface OutlineProblem {
  line: number;
  severity: Severity;
  message: Localized;
}

export interface OutlineResult {
  /** Absent when an error stops the template from being made. */
  template?: Template;
  problems: OutlineProblem[];
  /** Header rows whose columns per group are not known: answered through OutlineAnswers.groupColumns. */
  questions: HeaderQuestion[];
  /** The period the title names ("2024", "2024-6T" for "6 tháng đầu năm 2024"), to fill in a report's form. */
  period?: string;
}

/** What the user answered to the outline's questions. */
export interface OutlineAnswers {
  groupColumns?: GroupColumns;
}

/**
 * The outline says nothing about deadlines: the end of the period, until the
 * definition workbook's deadlines are edited (a later report is marked late).
 */
export const OUTLINE_DEADLINES: Record<"year" | "half", Deadline> = {
  year: { span: "year", day: 31, month: 12 },
  half: { span: "half", day: 30, month: 6 },
};

const ROMAN = /^(X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s*[^\s.)]/;
const NUMBERED = /^(\d{1,2})[.)](?!\d)\s*\S/;
/** Lettered items, and "4.1." items, sit one level below numbered ones. */
const LETTERED = /^(?:([a-zđ])[.)]|(\d{1,2}\.\d{1,2})\.?)\s+\S/;
const BULLET = /^[-–•+*]\s*/;
const HALF = /\b(?:6|sáu) tháng(?: đầu năm)?(?:\s+năm)?\s+(\d{4})\b/iu;
const YEAR = /\bnăm\s+(\d{4})\b/iu;
/** Longest template id made from a title. */
const MAX_TEMPLATE_ID = 60;

type Line = { no: number; raw: string; text: string };

const filledCells = (l: Line | undefined) =>
  l?.raw.includes("\t") ? l.raw.split("\t").filter((c) => c.trim()).length : 0;

/** A header row: two labels or more, or one group label over a row of sub-headers. */
function isTableRow(lines: Line[], i: number): boolean {
  const n = filledCells(lines[i]);
  return n > 1 || (n === 1 && filledCells(lines[i + 1]) > 1);
}

function heading(text: string): { level: 1 | 2 | 3; key: string } | null {
  let m = ROMAN.exec(text);
  if (m && m[1]) return { level: 1, key: m[1] };
  m = NUMBERED.exec(text);
  if (m) return { level: 2, key: m[1] };
  m = LETTERED.exec(text);
  // "4.1." under item 4 is "I.4.1", like "a)" under it is "I.4.a".
  if (m) return { level: 3, key: m[1] ?? m[2].split(".")[1] };
  return null;
}

/** Column-number rows under headers: "(1) (2) (3)", "1 2 3", "A B C". */
const isColumnNumbers = (cells: string[]) =>
  cells.every((c) => /^\(?([0-9]{1,2}|[A-Z])\)?$/.test(c.trim()) || !c.trim());

/**
 * Title lines: from "BÁO CÁO …" (or the first line in capitals) to a blank
 * line; "(Kèm theo Kế hoạch …)" is where the template comes from.
 */
const upper = (s: string) => s.toLocaleUpperCase("vi");

function readTitle(lines: Line[], problems: OutlineProblem[]): { title: string[]; source: string[] } {
  const title: string[] = [];
  const source: string[] = [];
  let inParens = false;
  let titleDone = false;
  for (const l of lines) {
    const text = l.text.replace(/^đề cương[:\s]*/iu, "");
    if (inParens || text.startsWith("(")) {
      source.push(text);
      inParens = !text.includes(")");
    } else if (!text) {
      titleDone = title.length > 0;
    } else if (!titleDone && (title.length > 0 || /^báo cáo\s/iu.test(text) || text === upper(text))) {
      title.push(text);
    } else problems.push({ line: l.no, severity: "warning", message: outlineMessages.lineIgnored(l.no, text) });
  }
  return { title, source: source.map((s) => s.replace(/^\(|\)$/g, "")) };
}

/**
 * What makes an outline too big to read, before anything else looks at it: its size, its number of lines, a
 * line's length, a header row's cells. Each is far beyond an outline (a plan pasted whole is a few hundred lines),
 * and each keeps the work on what is left bounded.
 */
function sizeProblem(text: string, lines: string[]): OutlineProblem | undefined {
  const error = (line: number, message: Localized): OutlineProblem => ({ line, severity: "error", message });
  if (text.length > MAX_TEMPLATE_BYTES) return error(1, outlineMessages.tooLarge(text.length, MAX_TEMPLATE_BYTES));
  if (lines.length > MAX_OUTLINE_LINES) return error(1, outlineMessages.tooManyLines(lines.length, MAX_OUTLINE_LINES));
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_OUTLINE_LINE)
      return error(i + 1, outlineMessages.lineTooLong(i + 1, lines[i].length, MAX_OUTLINE_LINE));
    const cells = lines[i].split("\t").length;
    if (cells > MAX_OUTLINE_COLUMNS)
      return error(i + 1, outlineMessages.tooManyColumns(i + 1, cells, MAX_OUTLINE_COLUMNS));
  }
  return undefined;
}

/** A line without its trailing spaces, keeping trailing tabs (empty cells at the end of a header row). */
function trimEndKeepTabs(raw: string): string {
  const kept = raw.trimEnd();
  const tail = raw.slice(kept.length);
  return tail === "" ? kept : kept + tail.replace(/[^\t]/g, "");
}

/** Parses an outline; the template is checked by the schema and the limits on user templates. */
export function templateFromOutline(text: string, answers: OutlineAnswers = {}): OutlineResult {
  const problems: OutlineProblem[] = [];
  const questions: HeaderQuestion[] = [];
  const error = (line: number, message: Localized) => problems.push({ line, severity: "error", message });
  const rawLines = (text.length > MAX_TEMPLATE_BYTES ? "" : text)
    .normalize("NFC")
    // Word's manual line break (VT) and page break (FF) inside a heading are spaces; other
    // control characters are invisible leftovers of copying, and invalid in a workbook.
    .replace(/[\u000B\u000C]/g, " ")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "")
    .split(/\r\n|\r|\n/);
  const tooBig = sizeProblem(text, rawLines);
  if (tooBig) return { problems: [tooBig], questions: [] };
  const all: Line[] = rawLines.map((raw, i) => ({
    no: i + 1,
    raw: trimEndKeepTabs(raw),
    text: raw.trim().replace(BULLET, "").replace(/\s+/g, " "),
  }));
  // A whole plan pasted: its outline starts at the last "Đề cương" line (plans end with theirs).
  const start = all.map((l) => /^đề cương(\s|:|$)/iu.test(l.text)).lastIndexOf(true);
  if (start > 0)
    problems.push({ line: 1, severity: "warning", message: outlineMessages.beforeOutline(all[start].no - 1) });
  const lines = start > 0 ? all.slice(start) : all;
  const firstOf = (level: number) =>
    lines.findIndex((l, i) => !isTableRow(lines, i) && heading(l.text)?.level === level);
  // Without Roman numerals, sections are numbered 1., 2. and their items 1.1. or a).
  const shift = firstOf(1) < 0 ? 1 : 0;
  const first = firstOf(1 + shift);
  if (first < 0) error(1, outlineMessages.noSections());
  const head = readTitle(lines.slice(0, first < 0 ? lines.length : first), problems);
  if (head.title.length === 0) error(1, outlineMessages.noTitle());

  const sections: Section[] = [];
  const tables: TallyTable[] = [];
  const fieldIds = new Set<string>();
  const tableIds = new Set<string>();
  const sectionIds = new Set<string>();
  let roman: Section | undefined;
  let numbered: Section | undefined;
  let pendingText: Line | undefined;
  for (let i = Math.max(first, 0); first >= 0 && i < lines.length; i++) {
    const l = lines[i];
    if (isTableRow(lines, i)) {
      const rows: HeaderRow[] = [];
      for (; i < lines.length && (isTableRow(lines, i) || (rows.length > 0 && filledCells(lines[i]) > 0)); i++) {
        const cells = lines[i].raw.split("\t");
        if (cells.every((c) => !c.trim()) || (rows.length > 0 && isColumnNumbers(cells))) continue;
        if (rows.length < 2) rows.push({ line: lines[i].no, cells });
        else
          problems.push({ line: lines[i].no, severity: "warning", message: outlineMessages.rowIgnored(lines[i].no) });
      }
      i--;
      const after = sections[sections.length - 1];
      if (!after) {
        error(l.no, outlineMessages.tableBeforeSection(l.no));
        continue;
      }
      const caption = pendingText?.text;
      pendingText = undefined;
      const settled = settleHeader(rows, answers.groupColumns ?? {}, problems, questions);
      // Named after the numbered item it belongs to ("Bảng 1 - Kinh phí thực hiện"), not its lettered sub-item.
      const about = (numbered ?? after).heading.replace(/^\S+[.)]\s*/, "");
      tables.push({
        id: fieldId(idPart(about), tableIds),
        name: `Bảng ${tables.length + 1} - ${about}`,
        caption,
        afterSection: after.id,
        orientation: "columns",
        // Unsettled, no template is made (the question is an error): its groups are never looked at.
        groups: settled ? groupsFromHeader(settled, fieldIds, problems) : [],
        rates: [],
      });
      continue;
    }
    if (!l.text) continue;
    if (pendingText)
      problems.push({
        line: pendingText.no,
        severity: "warning",
        message: outlineMessages.lineIgnored(pendingText.no, pendingText.text),
      });
    pendingText = undefined;
    const found = heading(l.text);
    const h = found && { key: found.key, level: Math.max(1, found.level - shift) };
    if (!h) {
      pendingText = l;
      continue;
    }
    // An item with sub-items has no text area of its own: its sub-items do.
    const parent = h.level === 1 ? undefined : h.level === 2 ? roman : (numbered ?? roman);
    const id = uniqueId(parent ? `${parent.id}.${h.key}` : h.key, sectionIds, "-");
    const section: Section = { id, heading: l.text, narrative: true };
    if (parent) parent.narrative = false;
    sections.push(section);
    if (h.level === 1) [roman, numbered] = [section, undefined];
    if (h.level === 2) numbered = section;
  }
  if (pendingText)
    problems.push({
      line: pendingText.no,
      severity: "warning",
      message: outlineMessages.lineIgnored(pendingText.no, pendingText.text),
    });
  if (first >= 0 && tables.length === 0) error(lines.length, outlineMessages.noTables());
  const named = head.title.length > 0 ? titleWithPeriod(head.title.join(" "), problems) : undefined;
  if (!named || problems.some((p) => p.severity === "error"))
    return { problems, questions, ...(named?.period ? { period: named.period } : {}) };
  const { title, periodKind, period } = named;

  const plain = title.replace("{period}", "").replace(/\s+/g, " ").trim();
  const input: TemplateInput = {
    id: templateId(plain),
    version: 1,
    title,
    // A name for lists; the English twin is the same until someone writes one in the definition workbook.
    name: { vi: sentenceCase(plain), en: sentenceCase(plain) },
    periodKind,
    sections,
    tables,
    rules: [],
    deadlines: periodKind === "year" ? [OUTLINE_DEADLINES.year] : [OUTLINE_DEADLINES.half, OUTLINE_DEADLINES.year],
    source: head.source.join(" ").trim() || "Đề cương",
  };
  const limits = checkTemplateLimits(input);
  if (limits.length > 0)
    return {
      problems: [...problems, ...limits.map((p) => ({ line: 1, severity: "error" as const, message: p.message }))],
      questions,
      ...(period ? { period } : {}),
    };
  return { template: loadTemplate(input), problems, questions, ...(period ? { period } : {}) };
}

/** The title in capitals with the year replaced by {period}; "6 tháng" makes a half-year template. */
function titleWithPeriod(
  text: string,
  problems: OutlineProblem[],
): { title: string; periodKind: Template["periodKind"]; period?: string } {
  const half = HALF.exec(text);
  const m = half ?? YEAR.exec(text);
  if (!m) {
    problems.push({ line: 1, severity: "warning", message: outlineMessages.noYear() });
    return { title: `${upper(text).trim()} {period}`, periodKind: "year" };
  }
  const before = upper(text.slice(0, m.index)).trim();
  const after = upper(text.slice(m.index + m[0].length)).trim();
  return {
    title: [before, "{period}", after].filter(Boolean).join(" "),
    periodKind: half ? "half-or-year" : "year",
    period: half ? `${m[1]}-6T` : m[1],
  };
}

/** "BÁO CÁO KẾT QUẢ" → "Báo cáo kết quả"; text already in mixed case is kept. */
function sentenceCase(text: string): string {
  if (text !== upper(text)) return text;
  const lower = text.toLocaleLowerCase("vi");
  return upper(lower.charAt(0)) + lower.slice(1);
}

/** "kết-quả-triển-khai-…" without the "báo cáo" every title starts with. */
function templateId(title: string): string {
  const slug = asciiSlug(title).replace(/^bao-cao-/, "") || "mau-bao-cao";
  const cut = slug.length <= MAX_TEMPLATE_ID ? slug : slug.slice(0, slug.lastIndexOf("-", MAX_TEMPLATE_ID));
  return /^[a-z]/.test(cut) ? cut : `mau-${cut}`;
}
