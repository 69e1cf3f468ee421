// What `tonghop consolidate` (and `tonghop demo`) print for people: the period
// and deadline, each file with its folder or archive path, unit and status in
// aligned columns, the units nothing is counted for, and the totals.
import { isExplained, type FileOutcome, type Summary } from "../core/consolidate";
import { feedbackMessages } from "../core/i18n/feedback";
import { formatVnDate } from "../core/dates";
import { consolidation, formatNumber, type Lang } from "../core/i18n/messages";
import { fileStatusKey, statusWord } from "../core/i18n/status";
import { fieldTitle, templateFields, type Level } from "../core/templates";
import { comparisonLines } from "./comparison-lines";
import { msg } from "./cli-messages";
import { shown } from "./shown";

const LEVEL_KEYS = { xa: "levelXa", huyen: "levelHuyen", tinh: "levelTinh" } as const;
const levelName = (level: Level, lang: Lang) => msg(lang, LEVEL_KEYS[level]);

/** Columns wider than this are not padded to: a longer name stands on a line of its own. */
const MAX_NAME = 44;
const MAX_UNIT = 26;

/** What to notice about a counted file: late, errors, warnings ("muộn, 2 lỗi"). */
export function fileFlags(f: FileOutcome, lang: Lang): string {
  const errors = f.findings.filter((x) => x.severity === "error").length;
  const explained = f.findings.filter(isExplained).length;
  const warnings = f.findings.length - errors - explained;
  const flags = [f.late ? msg(lang, "late") : "", errors ? msg(lang, "errorCount", { n: errors }) : ""];
  if (warnings) flags.push(msg(lang, "warningCount", { n: warnings }));
  // Warnings the unit explained in a returned feedback workbook: not open problems.
  if (explained) flags.push(feedbackMessages.explainedCount(explained)[lang]);
  return flags.filter((x) => x).join(", ");
}

/**
 * Each file's path as the user knows it: below the folder all inputs share
 * ("Email 02-6/xa-ang-cang.xlsx", "nhan-duoc.zip › xa-ang-cang.xlsx").
 */
export function shownPaths(files: string[]): string[] {
  const dirs = files.map((f) => f.split(/[\\/]/).slice(0, -1));
  let common = dirs[0]?.length ?? 0;
  for (const d of dirs) {
    let i = 0;
    while (i < common && i < d.length && d[i] === dirs[0][i]) i++;
    common = i;
  }
  return files.map((f) => f.split(/[\\/]/).slice(common).join("/"));
}

/** Width on a terminal: one column per character once composed (NFC). */
const width = (s: string) => [...s.normalize("NFC")].length;
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

/** One line per file (two when its name is too long to align), and its reason when it is not counted. */
export function fileLines(files: FileOutcome[], lang: Lang): string[] {
  const names = shownPaths(files.map((f) => f.file)).map(shown);
  const units = files.map((f) => shown(f.rosterName ?? f.unit ?? "?"));
  const nameW = Math.min(MAX_NAME, Math.max(0, ...names.map(width)));
  const unitW = Math.min(MAX_UNIT, Math.max(0, ...units.map(width)));
  const lines: string[] = [];
  files.forEach((f, i) => {
    const status = statusWord(fileStatusKey(f), lang);
    const tail = fileFlags(f, lang);
    const rest = `${pad(units[i], unitW)}  ${status}${tail ? ` (${tail})` : ""}`;
    if (width(names[i]) > nameW) lines.push(`  ${names[i]}`, `  ${pad("", nameW)}  ${rest}`);
    else lines.push(`  ${pad(names[i], nameW)}  ${rest}`);
    if (f.reason && f.status !== "included") lines.push(`      ${shown(f.reason[lang])}`);
  });
  return lines;
}

/** The roster units nothing is counted for: those that sent something that needs attention, those that did not. */
export function unitStateLines(s: Summary, lang: Lang): string[] {
  const lines: string[] = [];
  if (s.unresolved.length) {
    lines.push("", `${statusWord("unresolved", lang)}:`);
    for (const u of s.unresolved) lines.push(`  ${shown(u.name)} — ${shown(u.reason[lang])}`);
  }
  if (s.rosterGiven) {
    lines.push("", `${statusWord("missing", lang)}:${s.missing.length ? "" : ` ${msg(lang, "none")}`}`);
    for (const m of s.missing) lines.push(`  ${shown(m.name)}${m.note ? ` — ${shown(m.note[lang])}` : ""}`);
  }
  return lines;
}

/** Longest label kept on its number's line; a longer one goes on a line of its own, the number under it. */
const MAX_LABEL = 72;

/** Each total, its label and number in aligned columns (labels measured in letters, as a terminal shows them). */
function totalLines(s: Summary, lang: Lang): string[] {
  const rows = templateFields(s.template).map((f) => ({
    label: shown(fieldTitle(s.template, f.id)),
    value: formatNumber(s.totals[f.id], lang),
  }));
  const labelW = Math.min(MAX_LABEL, Math.max(0, ...rows.map((r) => width(r.label))));
  const valueW = Math.max(0, ...rows.map((r) => width(r.value)));
  return rows.flatMap(({ label, value }) => {
    const number = value.padStart(valueW);
    return width(label) > labelW
      ? [`  ${label}`, `  ${pad("", labelW)}  ${number}`]
      : [`  ${pad(label, labelW)}  ${number}`];
  });
}

export function humanSummary(s: Summary, lang: Lang): string {
  const lines: string[] = [];
  const files = (n: number) => msg(lang, "fileCount", { n });
  const others = s.periodChoice.found
    .filter((p) => p.period !== s.period)
    .map((p) => `${p.period} (${files(p.files)})`);
  const date = s.deadline ? formatVnDate(s.deadline) : "—";
  // No --as-unit: the summary workbook (a Vietnamese document) names a placeholder unit; the screen says it in the user's language.
  const unnamed = consolidation.unnamedUnit();
  lines.push(shown(`${s.template.name[lang]} — ${s.meta.unitName === unnamed.vi ? unnamed[lang] : s.meta.unitName}`));
  lines.push(shown(consolidation.period(s.period, s.periodChoice.source, date, others)[lang]));
  if (s.deadlineSource === "option") lines.push(msg(lang, "deadlineGiven", { date }));
  else
    lines.push(
      msg(lang, "deadlineTemplate", {
        date,
        level: levelName(s.deadlineLevel, lang),
        above: levelName(s.meta.level, lang),
      }),
    );
  lines.push("", ...fileLines(s.files, lang));
  lines.push(...unitStateLines(s, lang));
  lines.push(`${msg(lang, "lateHead")} ${s.late.length ? shown(s.late.join(", ")) : msg(lang, "none")}`);
  lines.push("");
  lines.push(msg(lang, "totalsHead"), ...totalLines(s, lang));
  lines.push(...comparisonLines(s, lang));
  return lines.join("\n");
}
