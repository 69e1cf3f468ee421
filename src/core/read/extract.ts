// CellGrid → UnitReport: what the workbook says it is (metadata), where its
// inputs are, and what each holds under the value rules. Knows nothing of
// where the grid came from (a file, or the open workbook in Excel).
import { isoFromSerial, parseTypedDate, parseVnDate, type IsoDate } from "../dates";
import { failures, messages } from "../i18n/messages";
import { a1 } from "../form/a1";
import { META_KEYS, META_MARK, META_SHEET, FIELD_KEY, NARRATIVE_KEY, parseGaps } from "../form/sheets";
import {
  COPIES_NAME,
  DOC_NUMBER_NAME,
  narrativeName,
  RECIPIENT_NAME,
  REPORT_DATE_NAME,
  SIGNER_NAME,
  SIGNER_TITLE_NAME,
} from "../form/names";
import { parseNumberLine, parseRecipientLine, typedLines, type TypedDetails } from "../form/decree30";
import { DOCUMENT_DETAIL_KEYS, parsePeriod, ReportMetaSchema, type ReportMeta } from "../meta";
import type { ExtractResult, Finding, NarrativeText, ReadFailure, Reading, UnitReport } from "../vocabulary";
import { tableOfField, templateFields, type Template } from "../templates";
import { builtInCatalogue, templateHash, type TemplateCatalogue } from "../templates/catalogue";
import { embeddedTemplate } from "./embedded-template";
import { feedbackKind, readReturnedFeedback } from "./feedback";
import { cellText, type CellGrid, type GridCell } from "./grid";
import { locateFields, narrativeByHeading, refPosition, refRows, type Located } from "./locate";
import { fromPrintedLines } from "./printed-meta";
import { recogniseTemplate } from "./recognise";
import { parseCellValue } from "./value";
import { record } from "../records";

/**
 * A copy of a string that does not point into the workbook's XML: engines keep
 * substrings as views of their parent, and a kept report would otherwise keep
 * its whole sheet XML alive (measured: 19 KB per report at 10,000 files).
 */
function own(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** The metadata sheet's rows, key → value. */
type MetaRows = Map<string, string>;

/** Key/value rows of the metadata sheet, or undefined when there is none. */
function readMetaRows(grid: CellGrid): MetaRows | undefined {
  const names = [META_SHEET, ...grid.sheetNames.filter((n) => n !== META_SHEET)];
  for (const name of names) {
    if (!grid.sheetNames.includes(name)) continue;
    const sheet = grid.sheet(name);
    if (!sheet || cellText(sheet.cell(1, 1)).trim() !== META_MARK) continue;
    const rows = new Map<string, string>();
    for (const [row, col, cell] of sheet.cells()) {
      if (col !== 1) continue;
      rows.set(cellText(cell).trim(), cellText(sheet.cell(row, 2)).trim());
    }
    return rows;
  }
  return undefined;
}

/** The date typed in the report's date cell (a date, an Excel serial, or a date line as people type it). */
function reportDateFrom(cell: GridCell | undefined): { date?: IsoDate; unreadable?: string } {
  const v = cell?.value;
  if (!v) return {};
  if (v.t === "n") return isoFromSerial(v.v) ? { date: isoFromSerial(v.v) as IsoDate } : { unreadable: String(v.v) };
  if (v.t !== "s" || v.v.trim() === "") return {};
  const d = parseTypedDate(v.v);
  return d === "blank" ? {} : d ? { date: d } : { unreadable: v.v.trim().slice(0, 80) };
}

/**
 * The template a report was made from: the one it carries (a known template of
 * the same identity is used instead, so reports share one object), else the
 * catalogue's of that id.
 */
function templateOf(grid: CellGrid, id: string, templates: TemplateCatalogue): Template | ReadFailure | undefined {
  const carried = embeddedTemplate(grid);
  if (carried === undefined) return templates.find(id);
  if ("code" in carried) return carried;
  if (carried.id !== id) return { code: "embedded_template_altered", message: failures.embeddedTemplateAltered(id) };
  const known = templates.find(id);
  return known && templateHash(known) === templateHash(carried) ? known : carried;
}

function metaFromRows(
  grid: CellGrid,
  rows: Map<string, string>,
  templates: TemplateCatalogue,
): { meta: ReportMeta; template: Template } | ReadFailure {
  const id = rows.get(META_KEYS.templateId) ?? "";
  const version = rows.get(META_KEYS.templateVersion) ?? "";
  // A version is a whole number ("Infinity", "1e3" or "__proto__" is a damaged sheet, never a version).
  if (version !== "" && !/^[1-9]\d{0,8}$/.test(version))
    return { code: "meta_invalid", message: failures.badVersion(version.slice(0, 40)) };
  // tonghop always writes the template's id: an information sheet without one is damaged, not another template.
  if (id === "") return { code: "corrupt", message: failures.corrupt() };
  const template = templateOf(grid, id, templates);
  if (template && "code" in template) return template;
  if (!template) return { code: "unknown_template", message: failures.unknownTemplate(id || "?", version || "?") };
  if (Number(version) > template.version)
    return { code: "newer_template", message: failures.newerTemplate(template.name.vi, version, template.version) };
  const opt = (k: string) => {
    const v = rows.get(k);
    return v ? own(v.normalize("NFC")) : undefined;
  };
  const parsed = ReportMetaSchema.safeParse({
    templateId: id,
    templateVersion: Number(version) || template.version,
    unitName: opt(META_KEYS.unitName) ?? "",
    unitCode: opt(META_KEYS.unitCode),
    level: opt(META_KEYS.level) ?? "xa",
    period: (opt(META_KEYS.period) ?? "").toUpperCase(),
    reportDate: parseVnDate(rows.get(META_KEYS.reportDate) ?? "") ?? undefined,
    issuer: opt(META_KEYS.issuer),
    place: opt(META_KEYS.place),
    ...Object.fromEntries(DOCUMENT_DETAIL_KEYS.map((k) => [k, opt(META_KEYS[k])])),
  });
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    return { code: "meta_invalid", message: failures.metaInvalid(detail) };
  }
  if (!parsePeriod(template, parsed.data.period))
    return { code: "meta_invalid", message: failures.metaInvalid(`period ${parsed.data.period}`) };
  const meta = Object.fromEntries(
    Object.entries(parsed.data).map(([k, v]) => [k, typeof v === "string" ? own(v) : v]),
  ) as ReportMeta;
  return { meta, template };
}

/** What the unit typed on its number line, Kính gửi, signature and Nơi nhận (named cells): its document uses them. */
function typedDetails(grid: CellGrid): TypedDetails | undefined {
  const text = (name: string) => {
    const p = refPosition(grid, grid.names.get(name));
    return p ? cellText(grid.sheet(p.sheet)?.cell(p.row, p.col)).normalize("NFC").trim() : "";
  };
  const out: TypedDetails = {};
  const number = parseNumberLine(text(DOC_NUMBER_NAME));
  if (number?.number) out.number = own(number.number);
  if (number?.symbol) out.symbol = own(number.symbol);
  const recipient = parseRecipientLine(text(RECIPIENT_NAME));
  if (recipient) out.recipient = own(recipient);
  const title = typedLines(text(SIGNER_TITLE_NAME));
  if (title.length) out.signerTitle = title.map(own);
  const signer = text(SIGNER_NAME);
  if (signer) out.signerName = own(signer);
  const list = typedLines(text(COPIES_NAME));
  if (list.length) out.recipientsList = list.map(own);
  return Object.keys(out).length ? out : undefined;
}

/** A feedback workbook sent back (or their index) is never read as a report: it has no _tonghop sheet. */
function notAReport(grid: CellGrid): ExtractResult | undefined {
  const feedback = feedbackKind(grid);
  if (feedback === "index")
    return { ok: false, failure: { code: "feedback_index", message: failures.feedbackIndex() } };
  const returned = feedback ? readReturnedFeedback(grid) : undefined;
  if (returned)
    return {
      ok: false,
      failure: { code: "feedback_workbook", message: failures.feedbackWorkbook(returned.unitName) },
      feedback: returned,
    };
  return undefined;
}

interface Recognised {
  meta: ReportMeta;
  template: Template;
  metaSource: UnitReport["metaSource"];
  located?: Located;
}

/** Which template and unit: from the metadata sheet, or else the template recognised by its printed headers. */
function recognise(
  grid: CellGrid,
  rows: MetaRows | undefined,
  fallbackName: string,
  templates: TemplateCatalogue,
): Recognised | ReadFailure {
  if (rows) {
    const m = metaFromRows(grid, rows, templates);
    return "code" in m ? m : { ...m, metaSource: "sheet" };
  }
  const hit = recogniseTemplate(grid, templates);
  if ("code" in hit) return hit;
  const { template, located } = hit;
  const meta: ReportMeta = {
    templateId: template.id,
    templateVersion: template.version,
    unitName: fallbackName,
    level: "xa",
    period: "?",
  };
  return { template, located, metaSource: "headers", meta };
}

/** Each located field's cell, parsed for its kind. */
function readValues(template: Template, grid: CellGrid, located: Located): Record<string, Reading> {
  const readings = record<Reading>();
  for (const f of templateFields(template)) {
    const pos = located.positions.get(f.id);
    if (!pos) continue;
    const cell = grid.sheet(pos.sheet)?.cell(pos.row, pos.col);
    const parsed = parseCellValue(cell, f.kind, f.unit ?? f.label);
    if (typeof parsed.raw === "string") parsed.raw = own(parsed.raw);
    readings[f.id] = { field: f.id, sheet: own(pos.sheet), cell: a1(pos.row, pos.col), ...parsed };
  }
  return readings;
}

/** Each narrative section's text: by its name, by the metadata sheet, or under its printed heading. */
function readNarratives(
  template: Template,
  grid: CellGrid,
  reportSheet: string,
  rows: MetaRows | undefined,
): Record<string, NarrativeText> {
  const narratives = record<NarrativeText>();
  for (const s of template.sections.filter((x) => x.narrative)) {
    // A summary's narrative is a row per unit under one name: its rows are read together.
    const byHeading = () => {
      const p = narrativeByHeading(grid, reportSheet, s.heading);
      return p && { ...p, lastRow: p.row };
    };
    const pos =
      refRows(grid, grid.names.get(narrativeName(s.id))) ??
      refRows(grid, rows?.get(NARRATIVE_KEY + s.id)) ??
      byHeading();
    if (!pos) continue;
    const sheet = grid.sheet(pos.sheet);
    const lines: string[] = [];
    for (let r = pos.row; r <= pos.lastRow; r++) lines.push(cellText(sheet?.cell(r, pos.col)).normalize("NFC").trim());
    const text = own(lines.filter((l) => l).join("\n"));
    narratives[s.id] = { section: s.id, text, sheet: own(pos.sheet), cell: a1(pos.row, pos.col) };
  }
  return narratives;
}

/** The date typed on the report (it wins over the one recorded at creation), or a warning where it is not read. */
function typedReportDate(
  grid: CellGrid,
  rows: MetaRows | undefined,
  reportSheet: string,
  recorded: { meta: ReportMeta; metaSource: UnitReport["metaSource"] },
): { reportDate?: ReportMeta["reportDate"]; finding?: Finding } {
  const datePos =
    refPosition(grid, grid.names.get(REPORT_DATE_NAME)) ?? refPosition(grid, rows?.get(META_KEYS.reportDateCell));
  const typed = datePos ? reportDateFrom(grid.sheet(datePos.sheet)?.cell(datePos.row, datePos.col)) : {};
  const reportDate = typed.date ?? recorded.meta.reportDate;
  const cell = datePos ? a1(datePos.row, datePos.col) : "?";
  const at = { severity: "warning" as const, sheet: datePos?.sheet ?? reportSheet, cell };
  if (typed.unreadable !== undefined)
    return {
      reportDate,
      finding: {
        code: "report_date_unreadable",
        ...at,
        message: messages.reportDateUnreadable(cell, typed.unreadable),
      },
    };
  if (!reportDate && recorded.metaSource === "sheet")
    return { finding: { code: "report_date_missing", ...at, message: messages.reportDateMissing(cell) } };
  return { reportDate };
}

/**
 * Reads a report out of a grid. `fallbackName` names the unit when the
 * workbook has lost its metadata (usually the file name); `templates` are those
 * the caller may use besides the one the report carries.
 */
export function extractReport(
  grid: CellGrid,
  fallbackName = "?",
  templates: TemplateCatalogue = builtInCatalogue(),
): ExtractResult {
  const rows = readMetaRows(grid);
  const refused = rows ? undefined : notAReport(grid);
  if (refused) return refused;
  const found = recognise(grid, rows, fallbackName, templates);
  if ("code" in found) return { ok: false, failure: found };
  const { template } = found;
  let { meta, metaSource } = found;

  const metaRefs = new Map<string, string>();
  for (const [k, v] of rows ?? []) if (k.startsWith(FIELD_KEY)) metaRefs.set(k.slice(FIELD_KEY.length), v);
  const located = found.located ?? locateFields(template, grid, metaRefs);
  const structure: Finding[] = [...located.findings];
  const reportSheet = located.reportSheet ?? grid.sheetNames[0];
  if (metaSource === "headers") {
    const read = fromPrintedLines(template, grid.sheet(reportSheet), located, fallbackName);
    metaSource = read.metaSource;
    meta = { ...meta, ...read.meta };
    structure.unshift({ ...read.finding, sheet: reportSheet, cell: "A1" });
  }
  const readings = readValues(template, grid, located);
  const narratives = readNarratives(template, grid, reportSheet, rows);
  const date = typedReportDate(grid, rows, reportSheet, { meta, metaSource });
  if (date.reportDate) meta = { ...meta, reportDate: date.reportDate };
  if (date.finding) structure.push(date.finding);
  // A summary from the level below says what it left out, so the level above is not told its totals are whole.
  const gaps = parseGaps(rows?.get(META_KEYS.gaps));
  if (gaps)
    structure.push({
      code: "summary_gaps",
      severity: "warning",
      sheet: reportSheet,
      cell: "A1",
      message: messages.summaryGaps(meta.unitName, gaps),
    });
  for (const f of structure) if (f.field && !f.table) f.table = tableOfField(template, f.field)?.id;
  const details = typedDetails(grid);

  return {
    ok: true,
    report: { template, meta, metaSource, readings, narratives, structure, ...(details ? { typed: details } : {}) },
  };
}
