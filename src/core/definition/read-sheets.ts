// One reader per sheet of a definition workbook: each turns its rows into the
// part of the template input it holds, and records where every value came
// from (its path → its cell), so the schema's problems can point at cells.
// Column words come from COLUMNS (columns.ts), never written again here.
import { definitionMessages as M } from "../i18n/template-messages";
import { a1 } from "../form/a1";
import { cellText, type CellGrid } from "../read/grid";
import type { Comparison } from "../templates/schema";
import {
  COLUMNS,
  INFO_HEADERS,
  INFO_ROWS,
  KIND,
  LEVEL,
  OPERATOR,
  ORIENTATION,
  PERIOD_KIND,
  SEVERITY,
  SHEETS,
  SPAN,
  YES_NO,
} from "./columns";
import { matchHeader, readRows, wordValue, type DefinitionProblem, type Place, type SheetRow } from "./sheet-rows";

export type Obj = Record<string, unknown>;

/** What every sheet's reader adds to: the template input, the problems, where each path came from. */
export interface Reading {
  grid: CellGrid;
  input: Obj;
  problems: DefinitionProblem[];
  places: Map<string, Place>;
}

/** Records where each of a row's keys came from, under a path ("tables.0" + ".id"). */
function placeRow(at: Reading, path: string, r: SheetRow, keys: readonly string[]): void {
  for (const k of keys) at.places.set(`${path}.${k}`, r.place(k));
}

function rowsOf(at: Reading, name: keyof typeof COLUMNS, required: boolean): SheetRow[] {
  return readRows(at.grid, SHEETS[name], COLUMNS[name], at.problems, required) ?? [];
}

const keysOf = (name: keyof typeof COLUMNS) => COLUMNS[name].map((c) => c.key);

/** Without the keys whose value is undefined, so a blank cell means "absent". */
export function clean(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function setPath(o: Obj, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur = o;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Obj;
  cur[keys[keys.length - 1]] = value;
}

/** The Thông tin sheet: one value per labelled row (column A the label, column B the value). */
export function readInfo(at: Reading): void {
  const info = at.grid.sheetNames.includes(SHEETS.info) ? at.grid.sheet(SHEETS.info) : undefined;
  if (!info) {
    at.problems.push({ sheet: SHEETS.info, cell: "A1", message: M.missingSheet(SHEETS.info) });
    return;
  }
  const rowOf = new Map<string, number>();
  for (const [row, col, cell] of info.cells()) {
    const hit = col === 1 && row > 1 ? matchHeader(cellText(cell), INFO_ROWS) : undefined;
    if (hit && !rowOf.has(hit.key)) rowOf.set(hit.key, row);
  }
  const value = new Map<string, { text: string; place: Place }>();
  for (const r of INFO_ROWS) {
    const row = rowOf.get(r.key);
    const text = row === undefined ? "" : cellText(info.cell(row, 2)).normalize("NFC").trim();
    const place = { sheet: SHEETS.info, cell: row === undefined ? "A1" : a1(row, 2) };
    if (row === undefined && r.required) at.problems.push({ ...place, message: M.missingValue(`"${r.header}"`) });
    else if (!text && r.required)
      at.problems.push({ ...place, message: M.missingValue(`"${r.header}" (${INFO_HEADERS[1]})`) });
    value.set(r.key, { text, place });
  }
  const v = (key: (typeof INFO_ROWS)[number]["key"]) => value.get(key) as { text: string; place: Place };
  const put = (path: string, key: (typeof INFO_ROWS)[number]["key"], val: unknown) => {
    at.places.set(path, v(key).place);
    if (val !== undefined && val !== "") setPath(at.input, path, val);
  };
  put("id", "id", v("id").text);
  const version = v("version").text;
  if (version && !/^\d{1,9}$/.test(version))
    at.problems.push({ ...v("version").place, message: M.notWholeNumber(version) });
  put("version", "version", version ? Number(version) : undefined);
  put("name.vi", "nameVi", v("nameVi").text);
  put("name.en", "nameEn", v("nameEn").text);
  put("title", "title", v("title").text);
  const pk = v("periodKind").text;
  const periodKind = pk ? wordValue(PERIOD_KIND, pk) : undefined;
  if (pk && !periodKind)
    at.problems.push({
      ...v("periodKind").place,
      message: M.notOneOf(
        pk,
        PERIOD_KIND.map(([w]) => w),
      ),
    });
  put("periodKind", "periodKind", periodKind);
  put("source", "source", v("source").text);
  if (v("chartTitle").text || v("chartFields").text) {
    put("summaryChart.title", "chartTitle", v("chartTitle").text);
    put(
      "summaryChart.fields",
      "chartFields",
      v("chartFields")
        .text.split(/[\s,;]+/)
        .filter(Boolean),
    );
  }
}

export function readSections(at: Reading): void {
  at.input.sections = rowsOf(at, "sections", true).map((r, i) => {
    placeRow(at, `sections.${i}`, r, keysOf("sections"));
    return { id: r.need("id"), heading: r.need("heading"), narrative: r.needWord("narrative", YES_NO) };
  });
}

/** The Bảng sheet; returns each table's index by its id, for the sheets that name tables. */
export function readTables(at: Reading): Map<string, number> {
  const tables: Obj[] = [];
  const index = new Map<string, number>();
  for (const r of rowsOf(at, "tables", true)) {
    const i = tables.length;
    const id = r.need("id");
    if (index.has(id)) r.problem("id", M.duplicate(id));
    index.set(id, i);
    placeRow(at, `tables.${i}`, r, keysOf("tables"));
    at.places.set(`tables.${i}`, r.place("id"));
    at.places.set(`tables.${i}.groups`, r.place("id"));
    tables.push(
      clean({
        id,
        name: r.need("name"),
        caption: r.text("caption"),
        afterSection: r.need("afterSection"),
        orientation: r.word("orientation", ORIENTATION),
        groups: [],
        rates: [],
      }),
    );
  }
  at.input.tables = tables;
  return index;
}

/** The table a row names (Mã bảng), with its index; a problem when there is none of that id. */
function tableOf(at: Reading, index: Map<string, number>, r: SheetRow): [Obj, number] | undefined {
  const id = r.need("table");
  const i = index.get(id);
  if (i === undefined) {
    if (id) r.problem("table", M.unknownTable(id));
    return undefined;
  }
  return [(at.input.tables as Obj[])[i], i];
}

/** The Chỉ tiêu sheet: consecutive rows of a table under one group label are one group; no label, one-level columns. */
export function readFields(at: Reading, index: Map<string, number>): void {
  let previous: { table: Obj; label: string | undefined; group: Obj } | undefined;
  for (const r of rowsOf(at, "fields", true)) {
    const hit = tableOf(at, index, r);
    if (!hit) continue;
    const [table, ti] = hit;
    const groups = table.groups as Obj[];
    const label = r.text("group");
    if (!previous || previous.table !== table || previous.label !== label) {
      previous = { table, label, group: clean({ label, fields: [] }) };
      groups.push(previous.group);
      at.places.set(`tables.${ti}.groups.${groups.length - 1}.label`, r.place("group"));
    }
    const fields = previous.group.fields as Obj[];
    placeRow(at, `tables.${ti}.groups.${groups.length - 1}.fields.${fields.length}`, r, [
      "label",
      "id",
      "kind",
      "unit",
    ]);
    fields.push(
      clean({ id: r.need("id"), label: r.need("label"), kind: r.needWord("kind", KIND), unit: r.text("unit") }),
    );
  }
}

export function readRates(at: Reading, index: Map<string, number>): void {
  for (const r of rowsOf(at, "rates", false)) {
    const hit = tableOf(at, index, r);
    if (!hit) continue;
    const rates = hit[0].rates as Obj[];
    const keys = ["id", "label", "numerator", "denominator", "afterField"] as const;
    placeRow(at, `tables.${hit[1]}.rates.${rates.length}`, r, keys);
    rates.push(Object.fromEntries(keys.map((k) => [k, r.need(k)])));
  }
}

/** "a > 0; b >= 1" → comparisons; undefined when a part cannot be read. */
function conditions(text: string): Comparison[] | undefined {
  const out: Comparison[] = [];
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*(<=|>=|!=|<|>|=)\s*(.+)$/.exec(part);
    if (!m) return undefined;
    out.push({ left: m[1], op: wordValue(OPERATOR, m[2]) ?? "=", right: m[3] });
  }
  return out;
}

export function readRules(at: Reading): void {
  at.input.rules = rowsOf(at, "rules", false).map((r, i) => {
    placeRow(at, `rules.${i}`, r, ["id", "left", "op", "right", "severity", "when", "levels", "cell"]);
    at.places.set(`rules.${i}.message.vi`, r.place("messageVi"));
    at.places.set(`rules.${i}.message.en`, r.place("messageEn"));
    const whenText = r.text("when");
    const when = whenText === undefined ? [] : conditions(whenText);
    if (!when) r.problem("when", M.badCondition(whenText ?? ""));
    const levels = r
      .text("levels")
      ?.split(/\s*[,;]\s*/)
      .map(
        (l) =>
          wordValue(LEVEL, l) ??
          (r.problem(
            "levels",
            M.notOneOf(
              l,
              LEVEL.map(([w]) => w),
            ),
          ),
          l),
      );
    return clean({
      id: r.need("id"),
      left: r.need("left"),
      op: r.needWord("op", OPERATOR),
      right: r.need("right"),
      severity: r.needWord("severity", SEVERITY),
      when: when ?? [],
      levels,
      cell: r.text("cell"),
      message: { vi: r.need("messageVi"), en: r.need("messageEn") },
    });
  });
}

export function readDeadlines(at: Reading): void {
  at.input.deadlines = rowsOf(at, "deadlines", true).map((r, i) => {
    placeRow(at, `deadlines.${i}`, r, keysOf("deadlines"));
    return clean({
      span: r.needWord("span", SPAN),
      level: r.word("level", LEVEL),
      day: r.wholeNumber("day"),
      month: r.wholeNumber("month"),
    });
  });
}
