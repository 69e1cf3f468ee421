// A sheet of where every number came from: one row per unit — its file, sheet and the file's SHA-256 (and,
// for figures read from last period's summary, the unit's own file as it names it) — and, per field, the
// source cell, with the cell's own text when it was not a plain number (B23 «12 vụ») and the unit's explanation. This period's
// sources ("Nguồn số liệu") and last period's ("Nguồn số liệu cùng kỳ") are drawn alike.
import { formatDecimal } from "../i18n/messages";
import { baseName } from "../paths";
import { fieldTitle, type Field, type Template } from "../templates";
import type { Reading } from "../vocabulary";
import { SheetBuilder } from "./builder";
import type { ModelCell, SheetRows } from "./model";
import { BAND, styles } from "./summary-style";

export interface SourceRow {
  name: string;
  file: string;
  sha256: string;
  /** The unit's own file, where the figures were read from a summary that names it. */
  origin?: string;
  readings: Record<string, Reading>;
  /** What the unit explained about a field, from a returned feedback workbook. */
  notes?: (field: string) => string[];
}

/** A cell's content as its unit wrote it; a decimal with a comma ("2,5"), as a Vietnamese reader writes it. */
export function shown(raw: string | number | boolean | null): string {
  return typeof raw === "number" ? formatDecimal(raw, "vi") : String(raw ?? "");
}

/** The sheet, made row by row. */
export function sourcesRows(name: string, template: Template, fields: Field[], rows: SourceRow[]): SheetRows {
  const b = new SheetBuilder();
  const origin = rows.some((r) => r.origin);
  const first = origin ? 6 : 5;
  const sheet = b.sheet(name, {
    state: "visible",
    columns: [24, 28, 12, 20, ...(origin ? [24] : []), ...fields.map(() => 14)],
    protect: false,
    showGridLines: true,
    frozenRows: 1,
  });
  const extent = { maxRow: 1 + rows.length, maxCol: first - 1 + fields.length };
  return { sheet: { ...sheet, cells: [] }, extent, bands: sourcesBands(b, template, fields, rows, origin) };
}

function* sourcesBands(
  b: SheetBuilder,
  template: Template,
  fields: Field[],
  rows: SourceRow[],
  origin: boolean,
): Generator<ModelCell[]> {
  const headers = [
    "Đơn vị",
    "Tệp",
    "Trang",
    "SHA-256 của tệp",
    ...(origin ? ["Tệp của đơn vị"] : []),
    ...fields.map((f) => fieldTitle(template, f.id)),
  ];
  headers.forEach((c, i) => b.put(1, i + 1, c, styles.head));
  b.height(1, 60);
  const first = origin ? 6 : 5;
  for (const [i, u] of rows.entries()) {
    if (b.cells.length >= BAND) yield b.take();
    const row = i + 2;
    const sheets = [...new Set(fields.map((f) => u.readings[f.id]?.sheet).filter((x) => x))];
    b.put(row, 1, u.name, styles.text);
    b.put(row, 2, baseName(u.file), styles.text);
    b.put(row, 3, sheets.join(", "), styles.text);
    b.put(row, 4, u.sha256, styles.text);
    if (origin) b.put(row, 5, u.origin ?? "", styles.text);
    fields.forEach((f, k) => {
      const r = u.readings[f.id];
      if (!r) return;
      const plain = r.blank || (typeof r.raw === "number" && r.value === r.raw);
      const source = plain ? r.cell : `${r.cell} «${shown(r.raw)}»`;
      const notes = u.notes?.(f.id) ?? [];
      const text = notes.length ? `${source} — giải trình: ${notes.join("; ")}` : source;
      b.put(row, first + k, text, r.value === null ? styles.bad : styles.text);
    });
  }
  yield b.take();
}
