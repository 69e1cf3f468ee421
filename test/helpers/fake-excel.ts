// A fake Excel workbook for testing Office.js code. Ranges and other leaf
// objects are office-addin-mock OfficeMockObjects, so reading a property that
// was not loaded and synced fails as in Excel; every write is recorded in
// order and applied at context.sync(), which is counted. Like Excel, it parses
// values typed into cells ("'text" stays text, "=…" is a formula, "25" is a
// number) and refuses to format or type into locked cells of a protected sheet.
import { OfficeMockObject } from "office-addin-mock";
import { a1, parseA1 } from "../../src/core/form/a1";
import { excelApiModel, versionAbove } from "./office-api-sets";
import { typed, valueType } from "./rig-workbook";

/** An error as Office.js raises it: a code ("ItemNotFound", "ApiNotFound"…) and a message. */
export class FakeOfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export interface FakeOptions {
  /** The host's ExcelApi version ("1.1" = Excel 2016): members of later sets fail with ApiNotFound at sync. */
  apiVersion?: string;
}

export interface FakeFormat {
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string };
  fill?: string;
  borders: Record<string, string>;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  locked: boolean;
}

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  numFmt: string;
  format: FakeFormat;
  validation?: { rule: unknown; errorAlert?: unknown; prompt?: unknown };
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: string[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  visibility = "Visible";
  showGridlines = true;
  protected = false;
  /** Set by the user: unprotecting without it fails (InvalidArgument). */
  password?: string;
  protectOptions: unknown;
  frozenRows = 0;
  pageLayout: Record<string, unknown> = {};
  /** Manual page breaks, as the cells they were added before ("A61"). */
  rowBreaks: string[] = [];
  charts: { type: string; source: string; title?: string; position?: [string, string] }[] = [];
  constructor(public name: string) {}
  cell(addr: string): FakeCell {
    let c = this.cells.get(addr);
    if (!c) {
      c = { numFmt: "General", format: { font: {}, borders: {}, locked: true } };
      this.cells.set(addr, c);
    }
    return c;
  }
}

type Op = () => void;

function expand(address: string): { row: number; col: number }[] {
  const [from, to] = address.split(":");
  if (/^\d+$/.test(from)) return []; // whole rows: widths/heights only
  if (/^[A-Z]+$/.test(from)) return [];
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) throw new Error(`bad address ${address}`);
  const out: { row: number; col: number }[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push({ row: r, col: c });
  return out;
}

export class FakeExcel {
  constructor(private options: FakeOptions = {}) {}
  sheets: FakeSheet[] = [];
  names = new Map<string, string>();
  /** Codes the next syncs fail with, in order ("InvalidOperationInCellEditMode", "RequestPayloadSizeLimitExceeded"). */
  failNext: string[] = [];
  syncs = 0;
  proxies = 0;
  private ops: Op[] = [];
  private pending: FakeSheet[] = [];
  private mocks: OfficeMockObject[] = [];
  private syncing = false;

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `sheet ${name}`);
    return s;
  }

  private wrapped = new WeakMap<object, object>();
  /** Where each range proxy points, known without a load (as Excel knows it). */
  private addresses = new WeakMap<object, string>();
  addressOf(range: unknown): string {
    const a = this.addresses.get(range as object);
    if (!a) throw new Error("not a range of this workbook");
    return a;
  }

  /** Wraps an OfficeMockObject so every assignment becomes a recorded op. */
  private track<T extends object>(mock: OfficeMockObject, onSet: (path: string, value: unknown) => void, path = ""): T {
    const m = mock as unknown as Record<string, unknown> & { _properties: Map<string, { _isObject?: boolean }> };
    for (const [key, child] of m._properties)
      if (child._isObject) m[key] = this.track(child as unknown as OfficeMockObject, onSet, `${path}${key}.`);
    const proxy: Record<string, unknown> = new Proxy(m, {
      set: (target, prop, value) => {
        if (!this.syncing && typeof prop === "string" && !prop.startsWith("_")) onSet(path + prop, value);
        target[prop as string] = value;
        return true;
      },
      get: (target, prop) => {
        // The mock's own load() assigns through `this`: those are not the code's writes.
        if (prop === "load") {
          return (...args: unknown[]) => {
            const was = this.syncing;
            this.syncing = true;
            try {
              return (target.load as (...a: unknown[]) => unknown).apply(proxy, args);
            } finally {
              this.syncing = was;
            }
          };
        }
        return target[prop as string];
      },
    });
    this.wrapped.set(m, proxy);
    return proxy as unknown as T;
  }

  /** office-addin-mock's sync puts raw child objects back; put the tracking wrappers back on. */
  private rewrap(mock: object): void {
    const m = mock as Record<string, unknown> & { _properties: Map<string, object & { _isObject?: boolean }> };
    for (const [key, child] of m._properties) {
      if (!child._isObject) continue;
      const w = this.wrapped.get(child);
      if (w) m[key] = w;
      this.rewrap(child);
    }
  }

  private mock<T extends object>(data: Record<string, unknown>, onSet: (path: string, value: unknown) => void): T {
    const m = new OfficeMockObject(data);
    this.proxies += 1;
    this.mocks.push(m);
    return this.track<T>(m, onSet);
  }

  /**
   * Queues an ApiNotFound failure when a member on `path` from `type` ("Range",
   * "format.columnWidth") needs a later ExcelApi set than the host has. Returns
   * false so callers can chain it.
   */
  needs(type: string, path: string, writing = false): false {
    const host = this.options.apiVersion;
    if (!host) return false;
    const model = excelApiModel();
    let cur: string | undefined = type;
    const segs = path.split(".");
    segs.forEach((seg, i) => {
      const members = cur ? model.get(cur) : undefined;
      const info =
        members?.get(seg) ?? (members?.get("getItem") && i < segs.length - 1 ? members.get("getItem") : undefined);
      if (!info) return;
      const set = (writing && i === segs.length - 1 && info.setForWriting) || info.set;
      if (versionAbove(set, host)) this.ops.push(() => this.refuse(`${cur}.${seg}`, set));
      cur = info.type;
    });
    return false;
  }

  /** The same for the fields of an option object (WorksheetProtectionOptions.selectionMode: 1.7). */
  needsOptions(type: string, options: unknown): false {
    for (const key of Object.keys((options ?? {}) as object)) this.needs(type, key);
    return false;
  }

  private refuse(member: string, set: string): never {
    throw new FakeOfficeError("ApiNotFound", `${member} needs ExcelApi ${set}`);
  }

  private guardFormat(sheet: FakeSheet, addrs: { row: number; col: number }[], what: "format" | "value"): void {
    if (!sheet.protected) return;
    const opts = (sheet.protectOptions ?? {}) as { allowFormatCells?: boolean };
    for (const p of addrs) {
      const c = sheet.cells.get(a1(p.row, p.col));
      const locked = c ? c.format.locked : true;
      if (what === "format" && !opts.allowFormatCells)
        throw new Error(`AccessDenied: formatting ${sheet.name}!${a1(p.row, p.col)} on a protected sheet`);
      if (what === "value" && locked)
        throw new Error(`AccessDenied: typing into locked ${sheet.name}!${a1(p.row, p.col)}`);
    }
  }

  range(sheet: FakeSheet, address: string): Excel.Range {
    const cells = expand(address);
    const first = cells[0];
    const current = first ? sheet.cells.get(a1(first.row, first.col)) : undefined;
    const onSet = (path: string, value: unknown) => {
      this.needs("Range", path, true);
      this.ops.push(() => this.applyRange(sheet, address, cells, path, value));
    };
    const borders: Record<string, unknown> = {};
    // What the cells hold when the range is made: what a load of it answers.
    const contents = cells.length > 0 ? this.contents(sheet, address) : {};
    const data: Record<string, unknown> = {
      ...contents,
      address: `'${sheet.name}'!${address}`,
      format: {
        font: {},
        fill: { color: current?.format.fill ?? "#FFFFFF", clear: () => onSet("format.fill.clear", true) },
        borders: {
          getItem: (edge: string) =>
            (borders[edge] ??= this.mock({}, (p, v) => onSet(`format.borders.${edge}.${p}`, v))),
        },
        protection: {},
      },
      dataValidation: {},
      merge: () => {
        this.needs("Range", "merge");
        this.ops.push(() => sheet.merges.push(address));
      },
      select: () => undefined,
      // Tracking is Office.js's bookkeeping of references across requests: nothing to model here.
      untrack: () => range,
    };
    const range: Excel.Range = this.mock<Excel.Range>(data, onSet);
    this.addresses.set(range, `'${sheet.name}'!${address}`);
    return range;
  }

  private applyRange(
    sheet: FakeSheet,
    address: string,
    cells: { row: number; col: number }[],
    path: string,
    value: unknown,
  ): void {
    const at = (i: number) => sheet.cell(a1(cells[i].row, cells[i].col));
    const grid = (v: unknown, i: number) => {
      if (!Array.isArray(v)) return v;
      const a = parseA1(address.split(":")[0]) as { row: number; col: number };
      return (v as unknown[][])[cells[i].row - a.row]?.[cells[i].col - a.col];
    };
    const isFormat =
      path.startsWith("format.") &&
      path !== "format.columnWidth" &&
      path !== "format.rowHeight" &&
      path !== "format.protection.locked";
    if (isFormat) this.guardFormat(sheet, cells, "format");
    if (path === "values" || path === "formulas") this.guardFormat(sheet, cells, "value");
    if (path === "format.columnWidth") {
      const [from] = address.split(":");
      sheet.colWidths.set(parseA1(`${from}1`)?.col ?? 0, value as number);
      return;
    }
    if (path === "format.rowHeight") {
      sheet.rowHeights.set(Number(address.split(":")[0]), value as number);
      return;
    }
    cells.forEach((_, i) => {
      const c = at(i);
      const v = grid(value, i);
      switch (path) {
        case "values":
        case "formulas": {
          const t = typed(v);
          c.value = t.value;
          c.formula = t.formula?.slice(1);
          break;
        }
        case "numberFormat":
          c.numFmt = String(v);
          break;
        case "format.font.name":
        case "format.font.size":
        case "format.font.bold":
        case "format.font.italic":
        case "format.font.underline":
          (c.format.font as Record<string, unknown>)[path.slice("format.font.".length)] = v;
          break;
        case "format.fill.color":
          c.format.fill = String(v).toUpperCase();
          break;
        case "format.fill.clear":
          c.format.fill = undefined;
          break;
        case "format.horizontalAlignment":
          c.format.horizontal = String(v);
          break;
        case "format.verticalAlignment":
          c.format.vertical = String(v);
          break;
        case "format.wrapText":
          c.format.wrap = Boolean(v);
          break;
        case "format.protection.locked":
          c.format.locked = Boolean(v);
          break;
        case "dataValidation.rule":
          c.validation = { ...c.validation, rule: v };
          break;
        case "dataValidation.errorAlert":
          c.validation = { rule: c.validation?.rule, ...c.validation, errorAlert: v };
          break;
        case "dataValidation.prompt":
          c.validation = { rule: c.validation?.rule, ...c.validation, prompt: v };
          break;
        default:
          if (path.startsWith("format.borders.")) {
            const [, , edge, prop] = path.split(".");
            c.format.borders[`${edge}.${prop}`] = String(v);
          } else throw new Error(`fake Excel does not know range.${path}`);
      }
    });
  }

  worksheet(sheet: FakeSheet): Excel.Worksheet {
    const onSet = (path: string, value: unknown) =>
      this.needs("Worksheet", path, true) ||
      this.ops.push(() => {
        if (path === "visibility") sheet.visibility = String(value);
        else if (path === "showGridlines") sheet.showGridlines = Boolean(value);
        else if (path.startsWith("pageLayout.")) sheet.pageLayout[path.slice("pageLayout.".length)] = value;
        else throw new Error(`fake Excel does not know worksheet.${path}`);
      });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the mocks' callbacks run with their own `this`
    const fake = this;
    const ws = this.mock<Excel.Worksheet>(
      {
        name: sheet.name,
        visibility: sheet.visibility,
        pageLayout: {},
        protection: {
          protected: sheet.protected,
          protect: (options: unknown) =>
            fake.needs("Worksheet", "protection.protect") ||
            fake.needsOptions("WorksheetProtectionOptions", options) ||
            fake.ops.push(() => ((sheet.protected = true), (sheet.protectOptions = options))),
          unprotect: (password?: string) =>
            fake.needs("Worksheet", "protection.unprotect") ||
            fake.ops.push(() => {
              if (sheet.password !== undefined && password !== sheet.password)
                throw new FakeOfficeError("InvalidArgument", `sheet ${sheet.name} has a password`);
              sheet.protected = false;
              sheet.protectOptions = undefined;
            }),
        },
        horizontalPageBreaks: {
          add: (at: string) =>
            fake.needs("Worksheet", "horizontalPageBreaks.add") || fake.ops.push(() => sheet.rowBreaks.push(at)),
        },
        freezePanes: {
          freezeRows: (n: number) =>
            fake.needs("Worksheet", "freezePanes.freezeRows") || fake.ops.push(() => (sheet.frozenRows = n)),
        },
        charts: {
          add: (type: string, source: Excel.Range, _by: string) => {
            const rec: FakeSheet["charts"][number] = { type, source: fake.addressOf(source) };
            fake.ops.push(() => sheet.charts.push(rec));
            return fake.mock(
              { title: {}, legend: {}, setPosition: (a: string, b: string) => (rec.position = [a, b]) },
              (p, v) => {
                if (p === "title.text") rec.title = String(v);
              },
            );
          },
        },
        getRange: (address: string) => fake.range(sheet, address),
        getUsedRange: () => fake.usedRange(sheet),
        activate: () => undefined,
        delete: () =>
          fake.ops.push(() => {
            // Excel refuses to delete a workbook's last visible sheet; names pointing into a deleted sheet stay.
            if (fake.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
              throw new FakeOfficeError("InvalidOperation", `cannot delete ${sheet.name}: the last visible sheet`);
            }
            fake.sheets = fake.sheets.filter((s) => s !== sheet);
          }),
      },
      onSet,
    );
    return ws;
  }

  private usedRange(sheet: FakeSheet): Excel.Range {
    const keys = [...sheet.cells.entries()]
      .filter(([, c]) => c.value !== undefined || c.formula !== undefined)
      .map(([k]) => parseA1(k) as { row: number; col: number });
    const maxRow = Math.max(1, ...keys.map((k) => k.row));
    const maxCol = Math.max(1, ...keys.map((k) => k.col));
    return this.mock<Excel.Range>(
      { address: `'${sheet.name}'!A1:${a1(maxRow, maxCol)}`, ...this.contents(sheet, `A1:${a1(maxRow, maxCol)}`) },
      () => {
        throw new Error("used range is read-only here");
      },
    );
  }

  /** What loading values, formulas and valueTypes of a block of cells gives, as Excel answers. */
  private contents(
    sheet: FakeSheet,
    address: string,
  ): { values: unknown[][]; formulas: unknown[][]; valueTypes: string[][] } {
    const [from, to] = address.split(":");
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const valueTypes: string[][] = [];
    if (!a || !b) return { values, formulas, valueTypes };
    for (let r = a.row; r <= b.row; r++) {
      values.push([]);
      formulas.push([]);
      valueTypes.push([]);
      for (let c = a.col; c <= b.col; c++) {
        const cell = sheet.cells.get(a1(r, c));
        const v = cell?.value;
        values[r - a.row].push(v ?? "");
        formulas[r - a.row].push(cell?.formula !== undefined ? "=" + cell.formula : (v ?? ""));
        valueTypes[r - a.row].push(valueType(v));
      }
    }
    return { values, formulas, valueTypes };
  }

  /** A collection whose `items` are available after load + sync, as in Office.js. */
  private collection<T>(items: () => T[], extra: Record<string, unknown>): unknown {
    let loaded: T[] | undefined;
    let requested = false;
    const col = {
      load: () => {
        requested = true;
        this.ops.push(() => undefined);
        return col;
      },
      get items(): T[] {
        if (!loaded) throw new Error("PropertyNotLoaded: items");
        return loaded;
      },
      ...extra,
      _resolve: async () => {
        if (!requested || loaded) return;
        loaded = items();
        // Items that are mocks get their scalar properties loaded, as "items/name" would.
        for (const it of loaded as unknown as { load?: () => void; sync?: () => Promise<void> }[]) {
          if (typeof it.load === "function" && typeof it.sync === "function" && it.load.length <= 1) {
            it.load();
            await it.sync();
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    };
    this.collections.push(col);
    return col;
  }
  private collections: { _resolve: () => Promise<void> }[] = [];

  context(): Excel.RequestContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the mocks' callbacks run with their own `this`
    const fake = this;
    const worksheets = this.collection(() => fake.sheets.map((s) => fake.worksheet(s)), {
      // Queued like every Office.js command: runs at sync, in order with deletes.
      add: (name: string) => {
        const sheet = new FakeSheet(name);
        fake.pending.push(sheet);
        fake.ops.push(() => {
          if (fake.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase()))
            throw new FakeOfficeError("ItemAlreadyExists", name);
          fake.pending = fake.pending.filter((x) => x !== sheet);
          fake.sheets.push(sheet);
        });
        return fake.worksheet(sheet);
      },
      getItem: (name: string) => fake.worksheet(fake.pending.find((x) => x.name === name) ?? fake.sheet(name)),
    });
    const names = this.collection(
      () =>
        [...fake.names.entries()].map(([name, ref]) => ({
          name,
          type: "Range",
          value: "=" + ref,
          delete: () => fake.ops.push(() => fake.names.delete(name)),
        })),
      {
        add: (name: string, range: Excel.Range) => {
          fake.needs("Workbook", "names.add");
          const address = fake.addressOf(range);
          fake.ops.push(() => {
            if (fake.names.has(name)) throw new FakeOfficeError("ItemAlreadyExists", `name ${name}`);
            fake.names.set(name, address);
          });
        },
      },
    );
    return {
      workbook: { worksheets, names },
      sync: async () => {
        fake.syncs += 1;
        const ops = fake.ops;
        fake.ops = [];
        // An injected failure (a user typing in a cell, a request too large): nothing of this request is done.
        const injected = fake.failNext.shift();
        if (injected) throw new FakeOfficeError(injected, "injected");
        for (const op of ops) op();
        fake.syncing = true;
        try {
          for (const m of fake.mocks) await m.sync();
          // The mock settles loaded values in later microtasks: let them run.
          await new Promise((resolve) => setTimeout(resolve, 0));
          for (const m of fake.mocks) fake.rewrap(m);
          for (const c of fake.collections) await c._resolve();
        } finally {
          fake.syncing = false;
        }
      },
    } as unknown as Excel.RequestContext;
  }
}
