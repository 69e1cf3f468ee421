// A template as a definition workbook, in the spirit of XLSForm: one sheet for
// its details, one each for sections, tables, fields, rates, rules and
// deadlines, a row per item, drop-downs on the columns that take fixed words.
// Pure: template → SheetModel; any renderer writes it.
import { SheetBuilder } from "../layout/builder";
import type { CellStyle, CellValue, ModelSheet, SheetModel, ValidationHint } from "../layout/model";
import { FONT } from "../layout/report";
import type { Template } from "../templates/schema";
import {
  COLUMNS,
  INFO_HEADERS,
  INFO_ROWS,
  KIND,
  LEVEL,
  ORIENTATION,
  PERIOD_KIND,
  SEVERITY,
  SHEETS,
  SPAN,
  wordOf,
  YES_NO,
  type Column,
  type Words,
} from "./columns";

/** Empty rows below the last item that still offer the drop-downs, for items users add. */
const SPARE_ROWS = 100;
const HEADER: CellStyle = { font: { bold: true }, fill: "DDEBF7", border: true, wrap: true, vertical: "middle" };
const CELL: CellStyle = { wrap: true, vertical: "top" };

type Row = Record<string, CellValue | undefined>;

function dropDown(words: Words<unknown>, header: string): ValidationHint {
  const list = words.map(([w]) => w).join(", ");
  return {
    type: "list",
    values: words.map(([w]) => w),
    errorTitle: "Giá trị không hợp lệ",
    error: `Chọn một trong: ${list}.`,
    promptTitle: header.slice(0, 32),
    prompt: `Chọn: ${list}`,
  };
}

function tableSheet(name: string, columns: readonly Column[], rows: Row[]): ModelSheet {
  const b = new SheetBuilder();
  const hints = columns.map((c) => (c.words ? dropDown(c.words, c.header) : undefined));
  columns.forEach((c, i) => b.put(1, i + 1, c.header, HEADER));
  for (let ri = 0; ri < rows.length + SPARE_ROWS; ri++) {
    columns.forEach((c, ci) => {
      const value = rows[ri]?.[c.key] ?? undefined;
      if (value !== undefined || hints[ci])
        b.put(ri + 2, ci + 1, value, CELL, hints[ci] ? { validation: hints[ci] } : {});
    });
  }
  return b.sheet(name, {
    state: "visible",
    columns: columns.map((c) => c.width),
    protect: false,
    showGridLines: true,
    frozenRows: 1,
  });
}

function infoSheet(t: Template): ModelSheet {
  const b = new SheetBuilder();
  INFO_HEADERS.forEach((h, i) => b.put(1, i + 1, h, HEADER));
  const values: Record<(typeof INFO_ROWS)[number]["key"], CellValue | undefined> = {
    id: t.id,
    version: t.version,
    nameVi: t.name.vi,
    nameEn: t.name.en,
    title: t.title,
    periodKind: wordOf(PERIOD_KIND, t.periodKind),
    source: t.source,
    chartTitle: t.summaryChart?.title,
    chartFields: t.summaryChart?.fields.join(", "),
  };
  INFO_ROWS.forEach((r, i) => {
    b.put(i + 2, 1, r.header, { ...CELL, font: { bold: true } });
    const cell = b.put(i + 2, 2, values[r.key], CELL);
    if ("words" in r && r.words) cell.validation = dropDown(r.words, r.header);
  });
  return b.sheet(SHEETS.info, {
    state: "visible",
    columns: [44, 80],
    protect: false,
    showGridLines: true,
    frozenRows: 1,
  });
}

/** The definition workbook of a template. */
export function definitionModel(t: Template): SheetModel {
  const sections = t.sections.map((s) => ({ id: s.id, heading: s.heading, narrative: wordOf(YES_NO, s.narrative) }));
  const tables = t.tables.map((x) => ({
    id: x.id,
    name: x.name,
    caption: x.caption,
    afterSection: x.afterSection,
    orientation: wordOf(ORIENTATION, x.orientation),
  }));
  const fields = t.tables.flatMap((x) =>
    x.groups.flatMap((g) =>
      g.fields.map((f) => ({
        table: x.id,
        group: g.label,
        label: f.label,
        id: f.id,
        kind: wordOf(KIND, f.kind),
        unit: f.unit,
      })),
    ),
  );
  const rates = t.tables.flatMap((x) => x.rates.map((r) => ({ table: x.id, ...r })));
  const rules = t.rules.map((r) => ({
    id: r.id,
    left: r.left,
    op: r.op,
    right: r.right,
    severity: wordOf(SEVERITY, r.severity),
    when: r.when.map((w) => `${w.left} ${w.op} ${w.right}`).join("; ") || undefined,
    levels: r.levels?.map((l) => wordOf(LEVEL, l)).join(", "),
    cell: r.cell,
    messageVi: r.message.vi,
    messageEn: r.message.en,
  }));
  const deadlines = t.deadlines.map((d) => ({
    span: wordOf(SPAN, d.span),
    level: d.level && wordOf(LEVEL, d.level),
    day: d.day,
    month: d.month,
  }));
  return {
    font: FONT,
    sheets: [
      infoSheet(t),
      tableSheet(SHEETS.sections, COLUMNS.sections, sections),
      tableSheet(SHEETS.tables, COLUMNS.tables, tables),
      tableSheet(SHEETS.fields, COLUMNS.fields, fields),
      tableSheet(SHEETS.rates, COLUMNS.rates, rates),
      tableSheet(SHEETS.rules, COLUMNS.rules, rules),
      tableSheet(SHEETS.deadlines, COLUMNS.deadlines, deadlines),
    ],
  };
}
