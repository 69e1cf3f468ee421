// The workbook behind the Office.js runtime rig: it answers the requests Microsoft's
// client library sends (object paths + actions, as JSON) the way a workbook would
// for what tonghop does — sheets, names, cell values and formulas, fills,
// protection, used ranges — and like Excel it runs a batch's actions in order and
// stops at the first failure, keeping what was done before it (batches are not
// transactions). Everything else it is asked to set is accepted and not modelled.
// It does not compute formulas: a formula cell reads back as 0.
import { a1, parseA1 } from "../../src/core/form/a1";

export interface WirePath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  /** "Do not keep a reference": set by the runtime for an untracked object (Range.untrack()). */
  D?: boolean;
}
export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[] };
}
export interface WireBody {
  Actions: WireAction[];
  ObjectPaths: Record<string, WirePath>;
}

export const PATH = { global: 1, property: 4, method: 3, indexer: 5, reference: 6 } as const;
export const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;

export interface RigCell {
  value?: string | number | boolean;
  formula?: string;
  fill?: string;
  /** The data-validation rule set on the cell (Range.dataValidation.rule), as sent. */
  validation?: unknown;
}

/**
 * Excel refuses a whole-number validation bound outside 0–65,535 set through its JavaScript API (reported in
 * OfficeDev/office-js#3088 and office-scripts-docs-reference#295: 65,535 works, 65,536 fails).
 */
export const JS_VALIDATION_BOUNDS = { min: 0, max: 65_535 };

export class RigSheet {
  cells = new Map<string, RigCell>();
  visibility = "Visible";
  protected = false;
  /** Set by the user: unprotecting without it fails. */
  password?: string;
  constructor(public name: string) {}
  cell(addr: string): RigCell {
    let c = this.cells.get(addr);
    if (!c) this.cells.set(addr, (c = {}));
    return c;
  }
}

export class ExcelError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

type Obj =
  | { kind: "workbook" | "sheets" | "names" | "other" }
  | { kind: "sheet" | "protection"; sheet: RigSheet }
  | { kind: "range"; sheet: RigSheet; address: string; part?: string }
  | { kind: "name"; name: string };

function box(address: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to = from] = address.replace(/^.*!/, "").replace(/\$/g, "").split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return a && b ? { top: a.row, left: a.col, bottom: b.row, right: b.col } : undefined;
}

/**
 * What Excel makes of a value typed into a cell (set through range.values):
 * "'text" stays text, "=…" is a formula (kept with its "="), "25" is a number.
 * The fake workbook reads values the same way.
 */
export function typed(v: unknown): { value?: string | number | boolean; formula?: string } {
  if (typeof v !== "string") return v === null || v === undefined ? {} : { value: v as number | boolean };
  if (v === "") return {};
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith("=")) return { formula: v };
  return /^-?\d+(\.\d+)?$/.test(v) ? { value: Number(v) } : { value: v };
}

export class RigWorkbook {
  sheets: RigSheet[] = [];
  names = new Map<string, string>();
  /** Makes an action fail with the code returned, as a failure halfway through a request would. */
  failWhen?: (action: WireAction, index: number) => string | undefined;
  private actionsRun = 0;
  /** Objects Excel keeps for later requests of an Excel.run (ranges: their _ReferenceId). */
  private refs = new Map<string, Obj>();

  addSheet(name: string): RigSheet {
    const s = new RigSheet(name);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): RigSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
    if (!s) throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: sheet ${name}`);
    return s;
  }

  /** Runs a request; returns the results of the queries and the first error, if any. */
  execute(body: WireBody): { Results: { ActionId: number; Value: unknown }[]; Error?: Record<string, unknown> } {
    const objects = new Map<number, Obj>();
    const obj = (id: number): Obj => {
      let o = objects.get(id);
      if (!o) objects.set(id, (o = this.evaluate(body.ObjectPaths[String(id)], obj)));
      return o;
    };
    const Results: { ActionId: number; Value: unknown }[] = [];
    for (const [i, a] of body.Actions.entries()) {
      try {
        const failure = this.failWhen?.(a, this.actionsRun++);
        if (failure) throw new ExcelError(failure, "injected failure");
        const o = obj(a.ObjectPathId);
        const args = a.ArgumentInfo?.Arguments ?? [];
        const path = body.ObjectPaths[String(a.ObjectPathId)];
        // An object made by a method is kept for later requests, and its reference returned; not when untracked.
        if (a.ActionType === ACTION.instantiate && path.ObjectPathType === PATH.method && !path.D) {
          const id = `ref${this.refs.size + 1}`;
          this.refs.set(id, o);
          Results.push({ ActionId: a.Id, Value: { _ReferenceId: id } });
        } else if (a.ActionType === ACTION.query)
          Results.push({ ActionId: a.Id, Value: this.query(o, a.QueryInfo?.Select ?? []) });
        else if (a.ActionType === ACTION.setProperty) this.set(o, a.Name, args[0]);
        else if (a.ActionType === ACTION.method) this.call(o, a.Name, args);
      } catch (e) {
        const code = e instanceof ExcelError ? e.code : "GeneralException";
        return { Results, Error: { Code: code, Message: (e as Error).message, HttpStatusCode: 400, ActionIndex: i } };
      }
    }
    return { Results };
  }

  private evaluate(p: WirePath, obj: (id: number) => Obj): Obj {
    const args = p.ArgumentInfo?.Arguments ?? [];
    if (p.ObjectPathType === PATH.global) return { kind: "workbook" };
    if (p.ObjectPathType === PATH.reference) return this.refs.get(p.Name) ?? { kind: "other" };
    const parent = obj(p.ParentObjectPathId as number);
    const name = p.Name;
    if (parent.kind === "workbook" && name === "Worksheets") return { kind: "sheets" };
    if (parent.kind === "workbook" && name === "Names") return { kind: "names" };
    if (parent.kind === "sheets") {
      if (name === "Add") {
        const wanted = String(args[0]);
        if (this.sheets.some((s) => s.name.toLowerCase() === wanted.toLowerCase()))
          throw new ExcelError("ItemAlreadyExists", `sheet ${wanted}`);
        return { kind: "sheet", sheet: this.addSheet(wanted) };
      }
      if (p.ObjectPathType === PATH.indexer || name === "GetItem")
        return { kind: "sheet", sheet: this.sheet(String(args[0])) };
    }
    if (parent.kind === "names" && name === "Add") {
      const range = obj(args[1] as number);
      if (this.names.has(String(args[0]))) throw new ExcelError("ItemAlreadyExists", `name ${args[0]}`);
      if (range.kind === "range") this.names.set(String(args[0]), `'${range.sheet.name}'!${range.address}`);
      return { kind: "name", name: String(args[0]) };
    }
    if (parent.kind === "names" && (p.ObjectPathType === PATH.indexer || name === "GetItem")) {
      if (!this.names.has(String(args[0]))) throw new ExcelError("ItemNotFound", `name ${args[0]}`);
      return { kind: "name", name: String(args[0]) };
    }
    if (parent.kind === "sheet") {
      if (name === "GetRange") return { kind: "range", sheet: parent.sheet, address: String(args[0] ?? "A1") };
      if (name === "GetUsedRange")
        return { kind: "range", sheet: parent.sheet, address: this.used(parent.sheet, args[0] === true) };
      if (name === "Protection") return { kind: "protection", sheet: parent.sheet };
    }
    if (parent.kind === "range" && p.ObjectPathType === PATH.property) {
      return { ...parent, part: parent.part ? `${parent.part}/${name}` : name };
    }
    if (parent.kind === "range" && !parent.part && (name === "GetRow" || name === "GetBoundingRect")) {
      // The runtime itself writes a large grid in chunks of rows: getRow(i).getBoundingRect(getRow(j)).
      const b = box(parent.address);
      if (!b) return { kind: "other" };
      if (name === "GetRow")
        return {
          kind: "range",
          sheet: parent.sheet,
          address: `${a1(b.top + Number(args[0]), b.left)}:${a1(b.top + Number(args[0]), b.right)}`,
        };
      const other = obj(args[0] as number);
      const c = other.kind === "range" ? box(other.address) : undefined;
      if (!c) return { kind: "other" };
      const r = {
        top: Math.min(b.top, c.top),
        left: Math.min(b.left, c.left),
        bottom: Math.max(b.bottom, c.bottom),
        right: Math.max(b.right, c.right),
      };
      return { kind: "range", sheet: parent.sheet, address: `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}` };
    }
    if (parent.kind === "range" && name === "GetCell") {
      const b = box(parent.address);
      return {
        kind: "range",
        sheet: parent.sheet,
        address: a1((b?.top ?? 1) + Number(args[0]), (b?.left ?? 1) + Number(args[1])),
      };
    }
    return { kind: "other" };
  }

  /** The used range: cells with a value (and with a fill, unless only values count). */
  private used(sheet: RigSheet, valuesOnly: boolean): string {
    let top = Infinity,
      left = Infinity,
      bottom = 0,
      right = 0;
    for (const [k, c] of sheet.cells) {
      if (c.value === undefined && c.formula === undefined && (valuesOnly || c.fill === undefined)) continue;
      const p = parseA1(k) as { row: number; col: number };
      top = Math.min(top, p.row);
      left = Math.min(left, p.col);
      bottom = Math.max(bottom, p.row);
      right = Math.max(right, p.col);
    }
    return bottom === 0 ? "A1" : `${a1(top, left)}:${a1(bottom, right)}`;
  }

  private guard(sheet: RigSheet): void {
    if (sheet.protected) throw new ExcelError("AccessDenied", `sheet ${sheet.name} is protected`);
  }

  private grid<T>(o: { sheet: RigSheet; address: string }, f: (c: RigCell | undefined) => T): T[][] {
    const b = box(o.address);
    if (!b) return [];
    const out: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(f(o.sheet.cells.get(a1(r, c))));
      out.push(row);
    }
    return out;
  }

  private set(o: Obj, name: string, v: unknown): void {
    if (o.kind === "sheet" && name === "Visibility") o.sheet.visibility = String(v);
    if (o.kind !== "range") return;
    // Cell locking is not modelled: values are accepted on protected sheets too.
    if (!o.part && (name === "Values" || name === "Formulas")) {
      const b = box(o.address);
      if (!b) return;
      const rows = v as unknown[][];
      for (let r = b.top; r <= b.bottom; r++) {
        for (let c = b.left; c <= b.right; c++) {
          const cell = o.sheet.cell(a1(r, c));
          const t = typed(Array.isArray(rows) ? rows[r - b.top]?.[c - b.left] : rows);
          cell.value = t.value;
          cell.formula = t.formula;
        }
      }
    } else if (o.part === "DataValidation" && name === "Rule") {
      const whole = (v as { wholeNumber?: { formula1?: unknown; formula2?: unknown } }).wholeNumber;
      for (const bound of [whole?.formula1, whole?.formula2])
        if (typeof bound === "number" && (bound < JS_VALIDATION_BOUNDS.min || bound > JS_VALIDATION_BOUNDS.max))
          throw new ExcelError("InvalidArgument", `whole-number validation bound ${bound} refused`);
      for (const k of this.keys(o)) o.sheet.cell(k).validation = v;
    } else if (o.part === "Format/Fill" && name === "Color") {
      this.guard(o.sheet);
      for (const k of this.keys(o)) o.sheet.cell(k).fill = String(v).toUpperCase();
    }
  }

  private keys(o: { address: string }): string[] {
    const b = box(o.address);
    const out: string[] = [];
    if (b) for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(a1(r, c));
    return out;
  }

  private call(o: Obj, name: string, args: unknown[]): void {
    if (o.kind === "sheet" && name === "Delete") {
      const visible = this.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === o.sheet)
        throw new ExcelError("InvalidOperation", "a workbook must keep one visible sheet");
      this.sheets = this.sheets.filter((s) => s !== o.sheet);
      for (const [n, ref] of this.names) if (ref.startsWith(`'${o.sheet.name}'!`)) this.names.set(n, "#REF!");
    } else if (o.kind === "protection" && name === "Protect") {
      o.sheet.protected = true;
      if (typeof args[1] === "string") o.sheet.password = args[1];
    } else if (o.kind === "protection" && name === "Unprotect") {
      if (o.sheet.password !== undefined && args[0] !== o.sheet.password)
        throw new ExcelError("InvalidArgument", "wrong password");
      o.sheet.protected = false;
      o.sheet.password = undefined;
    } else if (o.kind === "range" && o.part === "Format/Fill" && name === "Clear") {
      this.guard(o.sheet);
      for (const k of this.keys(o)) o.sheet.cell(k).fill = undefined;
    } else if (o.kind === "name" && name === "Delete") this.names.delete(o.name);
  }

  /** Answers a load: the selected properties, PascalCase as Excel sends them. */
  private query(o: Obj, select: string[]): unknown {
    const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    if (o.kind === "sheets") {
      return {
        _Items: this.sheets.map((s) => ({
          Id: s.name,
          Name: s.name,
          Visibility: s.visibility,
          Position: this.sheets.indexOf(s),
        })),
      };
    }
    if (o.kind === "names")
      return {
        _Items: [...this.names].map(([n, ref]) => ({
          Id: n,
          Name: n,
          Type: ref === "#REF!" ? "Error" : "Range",
          Value: "=" + ref,
        })),
      };
    if (o.kind === "sheet") return { Id: o.sheet.name, Name: o.sheet.name, Visibility: o.sheet.visibility };
    if (o.kind === "protection") return { Protected: o.sheet.protected };
    if (o.kind !== "range") return {};
    const out: Record<string, unknown> = {};
    for (const s of select) {
      if (s === "format/fill/color") {
        const first = o.sheet.cells.get(this.keys(o)[0]);
        out.Format = { Fill: { Color: first?.fill ?? "#FFFFFF" } };
      } else if (s === "address") out.Address = `'${o.sheet.name}'!${o.address}`;
      else if (s === "values") out.Values = this.grid(o, (c) => (c?.formula !== undefined ? 0 : (c?.value ?? "")));
      else if (s === "formulas") out.Formulas = this.grid(o, (c) => c?.formula ?? c?.value ?? "");
      else if (s === "valueTypes")
        out.ValueTypes = this.grid(o, (c) => (c?.formula !== undefined ? "Double" : valueType(c?.value)));
      else if (s === "rowCount" || s === "columnCount") {
        const b = box(o.address);
        out[pascal(s)] = b ? (s === "rowCount" ? b.bottom - b.top + 1 : b.right - b.left + 1) : 0;
      }
    }
    return out;
  }
}

/** The type Excel reports for a cell's value (range.valueTypes). */
export function valueType(v: RigCell["value"]): string {
  if (v === undefined) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return /^#[A-Z/0!?]+[!?]?$/.test(v) ? "Error" : "String";
}
