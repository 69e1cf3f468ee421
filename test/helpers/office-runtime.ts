// A test rig on Microsoft's own Office.js client library: the runtime shipped in
// @microsoft/office-js (excel-web-16.00.debug.js) is evaluated in jsdom, and every
// request it would send to Excel is captured where the runtime hands it to Office
// (OSF.DDA.RichApi.executeRichApiRequestAsync, the path it takes inside Excel) and
// answered by a RigWorkbook. Failures Office reports by number are answered by
// number, and the runtime itself turns them into codes: 5103/5104 (a request or
// an answer above Excel on the web's 5 MB) become RequestPayloadSizeLimitExceeded
// and ResponsePayloadSizeLimitExceeded, 5004 (the user is editing a cell)
// InvalidOperationInCellEditMode. The runtime is told the host's requirement sets
// (Office.context.requirements), so its own checks fire: it sends delayForCellEdit
// only where the host has it, and splits a large write into 1,500-cell commands
// only from ExcelApi 1.3. (Its member-by-member check, throwIfApiNotSupported, is
// off in this build: the flag that enables it is set on Utility but read from
// CommonUtility. So the rig's workbook refuses members above the host's sets with
// ApiNotFound, as a host does.)
// For each context.sync it records what Excel would receive: the request's bytes
// (its JSON), its actions, and every Excel member it uses, resolved against
// @types/office-js with the requirement set each needs.
// What real Excel then does with the request is not tested here.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { excelApiModel, versionAbove, type MemberInfo } from "./office-api-sets";
import { ACTION, PATH, RigWorkbook, type WireBody, type WirePath } from "./rig-workbook";

/** Excel on the web refuses a request or a response above 5 MB (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded). */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Office's own error numbers for failures it reports before or after running a request, with the
 * English message the runtime passes on (the runtime maps the numbers: RichApiMessageUtility,
 * Excel.RequestContext._processOfficeJsErrorResponse).
 */
export const OFFICE_FAILURES = {
  InvalidOperationInCellEditMode: {
    number: 5004,
    message: "The operation isn't available while Excel is in Edit cell mode.",
  },
  ActivityLimitReached: { number: 5102, message: "Activity limit has been reached." },
  RequestPayloadSizeLimitExceeded: { number: 5103, message: "The request payload size has exceeded the limit." },
  ResponsePayloadSizeLimitExceeded: { number: 5104, message: "The response payload size has exceeded the limit." },
} as const;
type OfficeFailure = keyof typeof OFFICE_FAILURES;
const isOfficeFailure = (code: string): code is OfficeFailure => code in OFFICE_FAILURES;

/** The request flag the runtime sets when Excel.run asks to wait for cell editing (delayForCellEdit). */
const DELAY_FOR_CELL_EDIT = 64;

type Answer = ReturnType<RigWorkbook["execute"]>;

/** What Office hands back to the runtime for one request (OSF's AsyncResult). */
type RichApiResult =
  | { status: "succeeded"; value: { data: [number, string[], string] } }
  | { status: "failed"; error: { code: number; message: string } };

export interface MemberUse {
  /** "RangeFormat.columnWidth", "Worksheet.getUsedRange(valuesOnly)", "WorksheetProtectionOptions.selectionMode". */
  member: string;
  set: string;
}

export interface SyncRecord {
  bytes: number;
  responseBytes: number;
  actions: number;
  uses: MemberUse[];
}

interface Runtime {
  OSF: {
    DDA: { RichApi: { executeRichApiRequestAsync?: (message: unknown[], done: (r: RichApiResult) => void) => void } };
    _OfficeAppFactory?: { getContext: () => unknown };
  };
  Excel: {
    RequestContext: new (url?: string) => Excel.RequestContext;
    run<T>(
      options: Excel.RunOptions & { previousObjects: Excel.RequestContext },
      batch: (ctx: Excel.RequestContext) => Promise<T>,
    ): Promise<T>;
  };
}

let runtime: Runtime | undefined;
let wire: Map<string, string> | undefined;

function runtimeSource(): string {
  return readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
}

/**
 * "Worksheet.Gridlines" → "showGridlines": the JavaScript name of each member the
 * runtime sends under another name, read from the runtime's own source (each
 * property or method, then the name it passes to _invokeSetProperty & co.).
 */
function wireNames(): Map<string, string> {
  if (wire) return wire;
  const src = runtimeSource();
  const anchor =
    /(\w+)\.prototype\.(\w+) = function|Object\.defineProperty\((\w+)\.prototype, "(\w+)"|function ([A-Z]\w*?)_([A-Z]\w*?)(?:_Set|_Get)?\(/g;
  const sent =
    /_(?:invokeSetProperty|invokeMethod|createPropertyObject|createMethodObject)\((?:[\w.]+, )?\w+, "(\w+)"/g;
  const marks = [...src.matchAll(anchor)];
  wire = new Map();
  marks.forEach((m, i) => {
    const type = m[1] ?? m[3] ?? m[5];
    const js = m[2] ?? m[4] ?? lowerFirst(m[6]);
    const body = src.slice(m.index, marks[i + 1]?.index ?? src.length);
    for (const c of body.matchAll(sent)) if (lowerFirst(c[1]) !== js) wire?.set(`${type}.${c[1]}`, js);
  });
  return wire;
}

function loadRuntime(): Runtime {
  if (runtime) return runtime;
  const src = runtimeSource();
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(src);
  runtime = dom.window as unknown as Runtime;
  return runtime;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every Excel member a request uses, with its requirement set ("?" when @types/office-js does not know it). */
export function membersUsed(
  body: WireBody,
  refTypes = new Map<string, string | undefined>(),
): { uses: MemberUse[]; typeOf: (pathId: number) => string | undefined } {
  const model = excelApiModel();
  const names = wireNames();
  const jsName = (type: string | undefined, sent: string) => names.get(`${type}.${sent}`) ?? lowerFirst(sent);
  const uses: MemberUse[] = [];
  const lookup = (type: string | undefined, name: string): MemberInfo | undefined =>
    type ? model.get(type)?.get(name) : undefined;
  const use = (type: string | undefined, name: string, info: MemberInfo | undefined, writing = false) => {
    if (name.startsWith("_")) return; // the runtime's own bookkeeping (_KeepReference, _RemoveReference)
    uses.push({ member: `${type ?? "?"}.${name}`, set: info ? (writing && info.setForWriting) || info.set : "?" });
  };
  const options = (type: string | undefined, value: unknown) => {
    if (!type || !isPlain(value)) return;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const info = lookup(type, k);
      use(type, k, info);
      options(info?.type, v);
    }
  };
  const call = (type: string | undefined, name: string, args: unknown[]) => {
    const info = lookup(type, name);
    use(type, name, info);
    info?.params?.forEach((p, i) => {
      if (args[i] === undefined || args[i] === null) return;
      if (p.set) uses.push({ member: `${type}.${name}(${p.name})`, set: p.set });
      options(p.type, args[i]);
    });
    return info;
  };
  const itemType = (type: string | undefined) => lookup(type, "getItem")?.type ?? lookup(type, "getItemAt")?.type;
  const types = new Map<number, string | undefined>();
  const typeOf = (id: number): string | undefined => {
    if (types.has(id)) return types.get(id);
    const p: WirePath = body.ObjectPaths[String(id)];
    let t: string | undefined;
    if (p.ObjectPathType === PATH.global) t = "Workbook";
    else if (p.ObjectPathType === PATH.reference) t = refTypes.get(p.Name);
    else {
      const parent = typeOf(p.ParentObjectPathId as number);
      if (p.ObjectPathType === PATH.indexer) t = call(parent, "getItem", p.ArgumentInfo?.Arguments ?? [])?.type;
      else if (p.ObjectPathType === PATH.property) {
        const info = lookup(parent, jsName(parent, p.Name));
        use(parent, jsName(parent, p.Name), info);
        t = info?.type;
      } else if (p.ObjectPathType === PATH.method)
        t = call(parent, jsName(parent, p.Name), p.ArgumentInfo?.Arguments ?? [])?.type;
    }
    types.set(id, t);
    return t;
  };
  for (const a of body.Actions) {
    const t = typeOf(a.ObjectPathId);
    const args = a.ArgumentInfo?.Arguments ?? [];
    if (a.ActionType === ACTION.setProperty) {
      const info = lookup(t, jsName(t, a.Name));
      use(t, jsName(t, a.Name), info, true);
      options(info?.type, args[0]);
    } else if (a.ActionType === ACTION.method) call(t, jsName(t, a.Name), args);
    else if (a.ActionType === ACTION.query) {
      for (const sel of a.QueryInfo?.Select ?? []) {
        let cur = t && t.endsWith("Collection") ? itemType(t) : t;
        for (const seg of sel.split("/")) {
          const info = lookup(cur, seg);
          use(cur, seg, info);
          cur = info?.type;
        }
      }
    }
  }
  return { uses, typeOf };
}

export interface RigOptions {
  /**
   * The host's ExcelApi version: the runtime is told it (Office.context.requirements), and a request
   * using a member above it fails with ApiNotFound. Default: every set (and delayForCellEdit).
   */
  apiVersion?: string;
  /** Refuse requests and responses above Excel on the web's limit (default); false to measure beyond it. */
  enforceLimit?: boolean;
}

/** One workbook, answered through Microsoft's runtime; `syncs` lists every request sent. */
export class OfficeRig {
  workbook = new RigWorkbook();
  syncs: SyncRecord[] = [];
  /** Errors to answer the next requests with, in order (e.g. "InvalidOperationInCellEditMode"). */
  failNext: string[] = [];
  /**
   * The user is typing in a cell: a request fails with Office's 5004, as Excel answers, unless it
   * asked to wait (delayForCellEdit); then it is held until endCellEdit().
   */
  editingCell = false;
  /** Requests waiting for the cell edit to end. */
  held: (() => void)[] = [];
  private refTypes = new Map<string, string | undefined>();
  private heldListeners: (() => void)[] = [];

  constructor(private options: RigOptions = {}) {}

  private get enforce(): boolean {
    return this.options.enforceLimit !== false;
  }

  /** The host's requirement sets, as Office.context.requirements.isSetSupported answers them. */
  isSetSupported = (name: string, version?: string | number): boolean => {
    const host = this.options.apiVersion;
    if (!host) return true;
    if (name === "DelayForCellEdit") return !versionAbove("1.11", host);
    if (name !== "ExcelApi") return false;
    return version === undefined || !versionAbove(String(version), host);
  };

  /** The user leaves the cell: the requests that waited run now. */
  endCellEdit(): void {
    this.editingCell = false;
    for (const go of this.held.splice(0)) go();
  }

  /** Resolves when a request is held waiting for the cell edit to end. */
  whenHeld(): Promise<void> {
    if (this.held.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.heldListeners.push(resolve));
  }

  /** Answers one request: what Excel would do with it, or the failure Office would report. */
  private answer(body: WireBody, flags: number): RichApiResult | "hold" {
    const text = JSON.stringify(body);
    const { uses, typeOf } = membersUsed(body, this.refTypes);
    const record: SyncRecord = {
      bytes: Buffer.byteLength(text, "utf8"),
      responseBytes: 0,
      actions: body.Actions.length,
      uses,
    };
    const failed = (code: OfficeFailure): RichApiResult => ({
      status: "failed",
      error: { code: OFFICE_FAILURES[code].number, message: OFFICE_FAILURES[code].message },
    });
    if (this.editingCell) {
      if (flags & DELAY_FOR_CELL_EDIT) return "hold";
      this.syncs.push(record);
      return failed("InvalidOperationInCellEditMode");
    }
    this.syncs.push(record);
    const injected = this.failNext.shift();
    if (injected && isOfficeFailure(injected)) return failed(injected);
    if (this.enforce && record.bytes > EXCEL_WEB_PAYLOAD_LIMIT) return failed("RequestPayloadSizeLimitExceeded");
    const above = this.options.apiVersion
      ? uses.find((u) => u.set === "?" || versionAbove(u.set, this.options.apiVersion as string))
      : undefined;
    const answer: Answer = injected
      ? { Results: [], Error: { Code: injected, Message: injected, HttpStatusCode: 400 } }
      : above
        ? {
            Results: [],
            Error: {
              Code: "ApiNotFound",
              Message: `${above.member} needs ExcelApi ${above.set}`,
              HttpStatusCode: 400,
            },
          }
        : this.workbook.execute(body);
    const actions = new Map(body.Actions.map((a) => [a.Id, a]));
    for (const r of answer.Results) {
      const ref = (r.Value as { _ReferenceId?: string } | undefined)?._ReferenceId;
      const action = actions.get(r.ActionId);
      if (ref && action) this.refTypes.set(ref, typeOf(action.ObjectPathId));
    }
    const out = JSON.stringify(answer);
    record.responseBytes = Buffer.byteLength(out, "utf8");
    // Too large an answer: Excel on the web has already run the request (its writes stay), then refuses to send it.
    if (this.enforce && record.responseBytes > EXCEL_WEB_PAYLOAD_LIMIT)
      return failed("ResponsePayloadSizeLimitExceeded");
    return { status: "succeeded", value: { data: [200, [], out] } };
  }

  context(): Excel.RequestContext {
    const rt = loadRuntime();
    // What Office.context.requirements answers in this host: the runtime asks it before sending anything.
    rt.OSF._OfficeAppFactory = {
      getContext: () => ({ requirements: { isSetSupported: this.isSetSupported }, displayLanguage: "vi-VN" }),
    };
    rt.OSF.DDA.RichApi.executeRichApiRequestAsync = (message, done) => {
      // RichApiMessageUtility.buildRequestMessageSafeArray: [customData, method, path, headers, body, permission, flags, …]
      const body = JSON.parse(String(message[4])) as WireBody;
      const flags = Number(message[6]);
      const reply = () => {
        const result = this.answer(body, flags);
        if (result !== "hold") return void setTimeout(() => done(result));
        this.held.push(reply);
        for (const l of this.heldListeners.splice(0)) l();
      };
      reply();
    };
    // No URL: the runtime talks to "the local document", through Office (OfficeJsRequestExecutor).
    return new rt.Excel.RequestContext();
  }

  /** Runs a batch with the runtime's Excel.run (objects kept across its syncs), with its options. */
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>, options: Excel.RunOptions = {}): Promise<T> {
    return loadRuntime().Excel.run({ ...options, previousObjects: this.context() }, batch);
  }

  /** Figures over all requests since the last reset. */
  totals(): { syncs: number; largestRequest: number; largestResponse: number; actions: number } {
    return {
      syncs: this.syncs.length,
      largestRequest: Math.max(0, ...this.syncs.map((s) => s.bytes)),
      largestResponse: Math.max(0, ...this.syncs.map((s) => s.responseBytes)),
      actions: this.syncs.reduce((n, s) => n + s.actions, 0),
    };
  }

  /** Members used above a requirement-set version, each once. */
  usesAbove(version: string): MemberUse[] {
    const seen = new Map<string, MemberUse>();
    for (const s of this.syncs)
      for (const u of s.uses) if (u.set === "?" || versionAbove(u.set, version)) seen.set(u.member, u);
    return [...seen.values()];
  }
}
