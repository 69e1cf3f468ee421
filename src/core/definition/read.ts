// A definition workbook (as written by definitionModel, then edited in Excel)
// back into a template: read sheet by sheet, then held to the limits on user
// templates and the schema, every problem pointing at the sheet and cell to fix.
import { definitionMessages as M } from "../i18n/template-messages";
import { a1 } from "../form/a1";
import { cellText, type CellGrid } from "../read/grid";
import type { Comparison, Template } from "../templates/schema";
import { checkTemplateSchema } from "../templates/schema-issues";
import { checkTemplateLimits } from "../templates/user-template";
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

export type { DefinitionProblem } from "./sheet-rows";

export interface DefinitionResult {
  template?: Template;
  problems: DefinitionProblem[];
}

type Obj = Record<string, unknown>;

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

/** Reads the workbook; a template only when nothing is wrong. */
export function templateFromDefinition(grid: CellGrid): DefinitionResult {
  const problems: DefinitionProblem[] = [];
  /** Where each part of the template came from, by its path ("tables.0.groups.1.fields.0.kind"). */
  const places = new Map<string, Place>();
  const at = (path: string, r: SheetRow, key: string) => places.set(path, r.place(key));
  const rowsOf = (name: keyof typeof COLUMNS, required: boolean) =>
    readRows(grid, SHEETS[name], COLUMNS[name], problems, required);

  const input: Obj = {};
  const info = grid.sheetNames.includes(SHEETS.info) ? grid.sheet(SHEETS.info) : undefined;
  if (!info) problems.push({ sheet: SHEETS.info, cell: "A1", message: M.missingSheet(SHEETS.info) });
  else {
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
      if (row === undefined && r.required) problems.push({ ...place, message: M.missingValue(`"${r.header}"`) });
      else if (!text && r.required)
        problems.push({ ...place, message: M.missingValue(`"${r.header}" (${INFO_HEADERS[1]})`) });
      value.set(r.key, { text, place });
    }
    const v = (key: string) => value.get(key) as { text: string; place: Place };
    const put = (path: string, key: string, val: unknown) => {
      places.set(path, v(key).place);
      if (val !== undefined && val !== "") setPath(input, path, val);
    };
    put("id", "id", v("id").text);
    const version = v("version").text;
    if (version && !/^\d{1,9}$/.test(version))
      problems.push({ ...v("version").place, message: M.notWholeNumber(version) });
    put("version", "version", version ? Number(version) : undefined);
    put("name.vi", "nameVi", v("nameVi").text);
    put("name.en", "nameEn", v("nameEn").text);
    put("title", "title", v("title").text);
    const pk = v("periodKind").text;
    const periodKind = pk ? wordValue(PERIOD_KIND, pk) : undefined;
    if (pk && !periodKind)
      problems.push({
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

  input.sections = (rowsOf("sections", true) ?? []).map((r, i) => {
    for (const k of ["id", "heading", "narrative"]) at(`sections.${i}.${k}`, r, k);
    return {
      id: r.need("id", "mã mục"),
      heading: r.need("heading", "tên mục"),
      narrative: r.word("narrative", YES_NO) ?? r.need("narrative", "có/không"),
    };
  });

  const tables: Obj[] = [];
  const tableIndex = new Map<string, number>();
  for (const r of rowsOf("tables", true) ?? []) {
    const i = tables.length;
    const id = r.need("id", "mã bảng");
    if (tableIndex.has(id)) r.problem("id", M.duplicate(id));
    tableIndex.set(id, i);
    for (const k of ["id", "name", "caption", "afterSection", "orientation"]) at(`tables.${i}.${k}`, r, k);
    places.set(`tables.${i}`, r.place("id"));
    places.set(`tables.${i}.groups`, r.place("id"));
    tables.push(
      clean({
        id,
        name: r.need("name", "tên bảng"),
        caption: r.text("caption"),
        afterSection: r.need("afterSection", "mã mục"),
        orientation: r.word("orientation", ORIENTATION),
        groups: [],
        rates: [],
      }),
    );
  }
  input.tables = tables;

  const tableOf = (r: SheetRow): [Obj, number] | undefined => {
    const id = r.need("table", "mã bảng");
    const i = tableIndex.get(id);
    if (i === undefined) {
      if (id) r.problem("table", M.unknownTable(id));
      return undefined;
    }
    return [tables[i], i];
  };
  // Consecutive rows of a table under the same group label are one group; no label: one-level columns.
  let previous: { table: Obj; label: string | undefined; group: Obj } | undefined;
  for (const r of rowsOf("fields", true) ?? []) {
    const hit = tableOf(r);
    if (!hit) continue;
    const [table, ti] = hit;
    const groups = table.groups as Obj[];
    const label = r.text("group");
    if (!previous || previous.table !== table || previous.label !== label) {
      previous = { table, label, group: clean({ label, fields: [] }) };
      groups.push(previous.group);
      at(`tables.${ti}.groups.${groups.length - 1}.label`, r, "group");
    }
    const fields = previous.group.fields as Obj[];
    const path = `tables.${ti}.groups.${groups.length - 1}.fields.${fields.length}`;
    for (const k of ["label", "id", "kind", "unit"]) at(`${path}.${k}`, r, k);
    fields.push(
      clean({
        id: r.need("id", "mã chỉ tiêu"),
        label: r.need("label", "tên chỉ tiêu"),
        kind: r.word("kind", KIND) ?? r.need("kind", "loại"),
        unit: r.text("unit"),
      }),
    );
  }

  for (const r of rowsOf("rates", false) ?? []) {
    const hit = tableOf(r);
    if (!hit) continue;
    const rates = hit[0].rates as Obj[];
    const keys = ["id", "label", "numerator", "denominator", "afterField"] as const;
    for (const k of keys) at(`tables.${hit[1]}.rates.${rates.length}.${k}`, r, k);
    rates.push(Object.fromEntries(keys.map((k) => [k, r.need(k, k)])));
  }

  input.rules = (rowsOf("rules", false) ?? []).map((r, i) => {
    for (const k of ["id", "left", "op", "right", "severity", "when", "levels", "cell"]) at(`rules.${i}.${k}`, r, k);
    at(`rules.${i}.message.vi`, r, "messageVi");
    at(`rules.${i}.message.en`, r, "messageEn");
    const whenText = r.text("when");
    const when = whenText === undefined ? [] : conditions(whenText);
    if (!when) r.problem("when", M.badCondition(whenText ?? ""));
    const levelsText = r.text("levels");
    const levels = levelsText?.split(/\s*[,;]\s*/).map(
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
      id: r.need("id", "mã quy tắc"),
      left: r.need("left", "vế trái"),
      op: r.word("op", OPERATOR) ?? r.need("op", "phép so sánh"),
      right: r.need("right", "vế phải"),
      severity: r.word("severity", SEVERITY) ?? r.need("severity", "mức độ"),
      when: when ?? [],
      levels,
      cell: r.text("cell"),
      message: {
        vi: r.need("messageVi", "thông báo tiếng Việt"),
        en: r.need("messageEn", "thông báo tiếng Anh"),
      },
    });
  });

  input.deadlines = (rowsOf("deadlines", true) ?? []).map((r, i) => {
    for (const k of ["span", "level", "day", "month"]) at(`deadlines.${i}.${k}`, r, k);
    return clean({
      span: r.word("span", SPAN) ?? r.need("span", "kỳ"),
      level: r.word("level", LEVEL),
      day: r.wholeNumber("day"),
      month: r.wholeNumber("month"),
    });
  });
  places.set("deadlines", { sheet: SHEETS.deadlines, cell: "A2" });
  places.set("sections", { sheet: SHEETS.sections, cell: "A2" });
  places.set("tables", { sheet: SHEETS.tables, cell: "A2" });

  // The limits and the schema, each problem placed at the cell its path came from.
  const placeOf = (path: string): Place => {
    for (let p = path; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
      const hit = places.get(p);
      if (hit) return hit;
    }
    return { sheet: SHEETS.info, cell: "A1" };
  };
  const seen = new Set(problems.map((p) => `${p.sheet}!${p.cell}`));
  const add = (path: string, message: DefinitionProblem["message"]) => {
    const place = placeOf(path);
    if (!seen.has(`${place.sheet}!${place.cell}`)) problems.push({ ...place, message });
    seen.add(`${place.sheet}!${place.cell}`);
  };
  for (const p of checkTemplateLimits(input)) add(p.path ?? "", p.message);
  const checked = checkTemplateSchema(input);
  if (!checked.ok) for (const p of checked.problems) add(p.path, p.message);
  return problems.length === 0 && checked.ok ? { template: checked.template, problems } : { problems };
}

/** Without the keys whose value is undefined, so a blank cell means "absent". */
function clean(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function setPath(o: Obj, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur = o;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Obj;
  cur[keys[keys.length - 1]] = value;
}
