// CellGrid → UnitReport: what the workbook says it is (metadata), where its
// inputs are, and what each holds under the value rules. Knows nothing of
// where the grid came from (a file, or the open workbook in Excel).
import { isoFromSerial, parseVnDate } from "../dates";
import { failures, messages } from "../i18n/messages";
import { a1 } from "../layout/a1";
import { META_KEYS, META_MARK, META_SHEET, FIELD_KEY, NARRATIVE_KEY } from "../layout/meta-sheet";
import { narrativeName, REPORT_DATE_NAME } from "../layout/names";
import { parsePeriod, ReportMetaSchema, type ReportMeta } from "../meta";
import type { Finding, NarrativeText, ReadFailure, Reading, UnitReport } from "../report";
import { tableOfField, templateFields, type Template } from "../templates";
import { builtInCatalogue, templateHash, type TemplateCatalogue } from "../templates/catalogue";
import { embeddedTemplate } from "./embedded-template";
import { cellText, type CellGrid, type GridCell } from "./grid";
import { locateFields, narrativeByHeading, refPosition } from "./locate";
import { printedMeta } from "./printed-meta";
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

export type ExtractResult = { ok: true; report: UnitReport } | { ok: false; failure: ReadFailure };

/** Key/value rows of the metadata sheet, or undefined when there is none. */
function readMetaRows(grid: CellGrid): Map<string, string> | undefined {
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

function reportDateFrom(cell: GridCell | undefined): string | undefined {
  const v = cell?.value;
  if (!v) return undefined;
  if (v.t === "n") return isoFromSerial(v.v) ?? undefined;
  if (v.t === "s") return parseVnDate(v.v) ?? undefined;
  return undefined;
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
  let meta: ReportMeta;
  let template: Template;
  let metaSource: UnitReport["metaSource"] = "sheet";
  const structure: Finding[] = [];
  if (rows) {
    const m = metaFromRows(grid, rows, templates);
    if ("code" in m) return { ok: false, failure: m };
    ({ meta, template } = m);
  } else {
    // No metadata: recognise the template by its printed headers, if any.
    const hit = templates.templates.find((t) => locateFields(t, grid, new Map()).findings.length === 0);
    if (!hit) return { ok: false, failure: { code: "not_a_report", message: failures.notAReport() } };
    template = hit;
    metaSource = "headers";
    meta = { templateId: hit.id, templateVersion: hit.version, unitName: fallbackName, level: "xa", period: "?" };
  }

  const metaRefs = new Map<string, string>();
  for (const [k, v] of rows ?? []) if (k.startsWith(FIELD_KEY)) metaRefs.set(k.slice(FIELD_KEY.length), v);
  const located = locateFields(template, grid, metaRefs);
  structure.push(...located.findings);
  const reportSheet = located.reportSheet ?? grid.sheetNames[0];
  if (metaSource === "headers") {
    // A copied report sheet still prints its issuer, title and date: read them with a warning.
    const sheet = grid.sheet(reportSheet);
    const firstRow = Math.min(...[...located.positions.values()].map((p) => p.row)) - 2;
    const printed = sheet ? printedMeta(template, sheet, firstRow) : {};
    if (printed.unitName && printed.period) {
      metaSource = "printed";
      meta = {
        ...meta,
        unitName: printed.unitName,
        level: printed.level ?? "xa",
        period: printed.period,
        ...(printed.reportDate ? { reportDate: printed.reportDate } : {}),
      };
      structure.unshift({
        code: "meta_printed",
        severity: "warning",
        sheet: reportSheet,
        cell: "A1",
        message: messages.metaPrinted(template.name.vi, printed.unitName, printed.period),
      });
    } else {
      structure.unshift({
        code: "meta_missing",
        severity: "error",
        sheet: reportSheet,
        cell: "A1",
        message: messages.metaMissing(template.name.vi),
      });
    }
  }

  const readings = record<Reading>();
  for (const f of templateFields(template)) {
    const pos = located.positions.get(f.id);
    if (!pos) continue;
    const parsed = parseCellValue(grid.sheet(pos.sheet)?.cell(pos.row, pos.col), f.kind);
    if (typeof parsed.raw === "string") parsed.raw = own(parsed.raw);
    readings[f.id] = { field: f.id, sheet: own(pos.sheet), cell: a1(pos.row, pos.col), ...parsed };
  }

  const narratives = record<NarrativeText>();
  for (const s of template.sections.filter((x) => x.narrative)) {
    const pos =
      refPosition(grid, grid.names.get(narrativeName(s.id))) ??
      refPosition(grid, rows?.get(NARRATIVE_KEY + s.id)) ??
      narrativeByHeading(grid, reportSheet, s.heading);
    if (!pos) continue;
    const text = own(cellText(grid.sheet(pos.sheet)?.cell(pos.row, pos.col)).normalize("NFC").trim());
    narratives[s.id] = { section: s.id, text, sheet: own(pos.sheet), cell: a1(pos.row, pos.col) };
  }

  // The date typed on the report wins over the one recorded at creation.
  const datePos =
    refPosition(grid, grid.names.get(REPORT_DATE_NAME)) ?? refPosition(grid, rows?.get(META_KEYS.reportDateCell));
  const typed = datePos ? reportDateFrom(grid.sheet(datePos.sheet)?.cell(datePos.row, datePos.col)) : undefined;
  if (typed) meta = { ...meta, reportDate: typed };
  if (!meta.reportDate && metaSource === "sheet") {
    const cell = datePos ? a1(datePos.row, datePos.col) : "?";
    structure.push({
      code: "report_date_missing",
      severity: "warning",
      sheet: datePos?.sheet ?? reportSheet,
      cell,
      message: messages.reportDateMissing(cell),
    });
  }
  for (const f of structure) if (f.field && !f.table) f.table = tableOfField(template, f.field)?.id;

  return { ok: true, report: { template, meta, metaSource, readings, narratives, structure } };
}
