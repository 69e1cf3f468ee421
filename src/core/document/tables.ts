// A template's tally tables as tables of the document model: in the body with one unit's (or the totals')
// values — two-level merged headers for a "columns" table, STT | Chỉ tiêu | Đơn vị tính | Số liệu for a "rows"
// table — and, for an appendix, one row per unit with a "Tổng cộng" row, split so no table is too wide to read.
import { fieldHeader, fieldUnit, ROW_TABLE_HEADERS } from "../form/headers";
import { TOTAL_LABEL } from "../layout/summary";
import type { Field, TallyTable } from "../templates";
import { SIZES } from "../form/decree30";
import type { HeaderCell, Paragraph, Table, TableColumn, TableRow } from "./model";
import { para } from "./parts";

/** A field's value as printed: its number, or what the unit typed when that is not a number. */
export type Values = Record<string, number | string | null | undefined>;

/** Narrower than this a column's header and numbers no longer fit (mm). */
export const MIN_COLUMN_MM = 20;

const numberColumn = (widthMm: number): TableColumn => ({ widthMm, format: "number", align: "right" });

export function caption(text: string): Paragraph {
  return para([{ text, bold: true, size: SIZES.table + 1 }], { align: "center", spaceBeforePt: 6, keepWithNext: true });
}

/** Columns a "columns" table needs at the least (mm): whether it fits a portrait page. */
export function tableMinWidthMm(table: TallyTable): number {
  return table.orientation === "columns" ? table.groups.reduce((n, g) => n + g.fields.length, 0) * MIN_COLUMN_MM : 0;
}

/** The two header rows over groups of fields: a group's label over its fields, a lone field over both rows. */
function groupHeader(groups: { label?: string; fields: Field[] }[], lead: HeaderCell[]): HeaderCell[][] {
  const twoRows = groups.some((g) => g.label !== undefined);
  const top: HeaderCell[] = lead.map((c) => (twoRows ? { ...c, rowSpan: 2 } : c));
  const below: HeaderCell[] = [];
  for (const g of groups) {
    if (g.label === undefined)
      for (const f of g.fields) top.push({ text: fieldHeader(f), ...(twoRows ? { rowSpan: 2 } : {}) });
    else {
      top.push({ text: g.label, colSpan: g.fields.length });
      for (const f of g.fields) below.push({ text: fieldHeader(f) });
    }
  }
  return twoRows ? [top, below] : [top];
}

/** One unit's (or the totals') values in a tally table, as the report's body prints it. */
export function bodyTable(
  table: TallyTable,
  values: Values,
  rates: Record<string, number | null>,
  widthMm: number,
): Table {
  const value = (f: Field) => values[f.id] ?? null;
  if (table.orientation === "columns") {
    const fields = table.groups.flatMap((g) => g.fields);
    return {
      kind: "table",
      columns: fields.map(() => numberColumn(widthMm / fields.length)),
      header: groupHeader(table.groups, []),
      rows: [{ cells: fields.map((f) => ({ value: value(f) })) }],
      size: SIZES.table,
    };
  }
  const [no, unit, val] = [12, 26, 32];
  const rows: TableRow[] = [];
  table.groups.forEach((g, gi) => {
    rows.push({ bold: true, cells: [{ value: String(gi + 1) }, { value: g.label ?? "", colSpan: 3 }] });
    g.fields.forEach((f, fi) => {
      rows.push({
        cells: [{ value: `${gi + 1}.${fi + 1}` }, { value: f.label }, { value: fieldUnit(f) }, { value: value(f) }],
      });
      for (const r of table.rates.filter((x) => x.afterField === f.id))
        rows.push({
          italic: true,
          cells: [{ value: "" }, { value: r.label }, { value: "%" }, { value: rates[r.id] ?? null, format: "rate" }],
        });
    });
  });
  return {
    kind: "table",
    columns: [
      { widthMm: no, format: "text", align: "center" },
      { widthMm: widthMm - no - unit - val, format: "text", align: "left" },
      { widthMm: unit, format: "text", align: "center" },
      numberColumn(val),
    ],
    header: [
      [ROW_TABLE_HEADERS.number, ROW_TABLE_HEADERS.label, ROW_TABLE_HEADERS.unit, ROW_TABLE_HEADERS.value].map(
        (text) => ({ text }),
      ),
    ],
    rows,
    size: SIZES.table,
  };
}

export interface UnitValues {
  name: string;
  values: Values;
}

const INDEX_MM = 10;
const UNIT_MM = 48;

/** A table's groups cut so that at most `most` fields go in one table; a group cut in two keeps its label on both. */
function chunks(table: TallyTable, most: number): { label?: string; fields: Field[] }[][] {
  const out: { label?: string; fields: Field[] }[][] = [];
  let current: { label?: string; fields: Field[] }[] = [];
  let n = 0;
  for (const g of table.groups) {
    for (let i = 0; i < g.fields.length; ) {
      if (n === most) {
        out.push(current);
        current = [];
        n = 0;
      }
      const take = g.fields.slice(i, i + most - n);
      current.push({ ...(g.label !== undefined ? { label: g.label } : {}), fields: take });
      n += take.length;
      i += take.length;
    }
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Each unit's values in a tally table (STT | Đơn vị | fields…), a "Tổng cộng" row at the end; a table with more
 * fields than fit `widthMm` is cut into several tables, each with the units' names.
 */
export function perUnitTables(table: TallyTable, units: UnitValues[], totals: Values, widthMm: number): Table[] {
  const most = Math.max(1, Math.floor((widthMm - INDEX_MM - UNIT_MM) / MIN_COLUMN_MM));
  return chunks(table, most).map((groups) => {
    const fields = groups.flatMap((g) => g.fields);
    const each = (widthMm - INDEX_MM - UNIT_MM) / fields.length;
    return {
      kind: "table",
      columns: [
        { widthMm: INDEX_MM, format: "text", align: "center" },
        { widthMm: UNIT_MM, format: "text", align: "left" },
        ...fields.map(() => numberColumn(each)),
      ],
      header: groupHeader(groups, [{ text: "STT" }, { text: "Đơn vị" }]),
      rows: [
        ...units.map((u, i) => ({
          cells: [
            { value: String(i + 1) },
            { value: u.name },
            ...fields.map((f) => ({ value: u.values[f.id] ?? null })),
          ],
        })),
        {
          bold: true,
          cells: [
            { value: TOTAL_LABEL, colSpan: 2, align: "center" as const },
            ...fields.map((f) => ({ value: totals[f.id] ?? null })),
          ],
        },
      ],
      size: SIZES.appendixTable,
    };
  });
}
