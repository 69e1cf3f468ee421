// Hosts for component tests: record what the pane asks for. `fakeHost` is a
// host with an open workbook (as in Excel); `filesHost` has none (as a plain
// browser): the pane must then offer no workbook action and say "download".
import type { PreviousInput } from "../../src/core/compare/types";
import type { UnitFile } from "../../src/core/consolidate";
import { failures } from "../../src/core/i18n/messages";
import { BROWSER_LABELS } from "../../src/taskpane/host/browser-host";
import { EXCEL_LABELS } from "../../src/taskpane/host/excel-host";
import type { ConsolidateForm, Host, InsertForm, WorkbookActions } from "../../src/taskpane/host/types";

type Calls = Record<string, unknown[][]>;
export type FakeHost = Host & { calls: Calls; form?: InsertForm; consolidateForm?: ConsolidateForm };

const recorder =
  (calls: Calls) =>
  <A extends unknown[], R>(name: string, fn: (...a: A) => R) =>
  (...a: A): R => {
    (calls[name] ??= []).push(a);
    return fn(...a);
  };

/** An open workbook holding no report until `over` says otherwise; every action recorded under its name. */
function fakeWorkbook(calls: Calls, over: Partial<WorkbookActions>): WorkbookActions {
  const rec = recorder(calls);
  const wb: WorkbookActions = {
    readReport: async () => ({ ok: false, failure: { code: "not_a_report", message: failures.notAReport() } }),
    goTo: async () => undefined,
    mark: async () => undefined,
    unmark: async () => true,
    fix: async () => true,
    writeFindings: async () => "Kết quả kiểm tra",
    sheetNames: async () => [],
    rosterFromSheet: async () => [],
    ...over,
  };
  const recorded = Object.entries(wb).map(([k, fn]) => [k, rec(k, fn as (...a: unknown[]) => unknown)]);
  return Object.fromEntries(recorded) as unknown as WorkbookActions;
}

export function fakeHost(over: Partial<Host> = {}, workbook: Partial<WorkbookActions> = {}): FakeHost {
  const calls: Calls = {};
  const rec = recorder(calls);
  const host: FakeHost = {
    labels: EXCEL_LABELS,
    notes: [],
    calls,
    workbook: fakeWorkbook(calls, workbook),
    insertReport: rec("insertReport", async () => ({
      ok: true as const,
      sheets: ["Báo cáo", "_tonghop"],
      renamed: [],
    })),
    writeSummary: rec("writeSummary", async () => ({
      ok: true as const,
      sheets: ["Báo cáo", "Tổng hợp theo đơn vị"],
      renamed: [],
    })),
    saveFile: rec("saveFile", (_bytes: Uint8Array, file: string) => ({ ok: true as const, file })),
    parseFiles: rec("parseFiles", async (): Promise<UnitFile[]> => []),
    rosterFromFile: rec("rosterFromFile", async () => []),
    readPreviousPeriod: rec(
      "readPreviousPeriod",
      async (): Promise<PreviousInput> => ({ kind: "reports", source: "fake", files: [] }),
    ),
    recallForm: () => host.form,
    rememberForm: rec("rememberForm", (f: InsertForm) => {
      host.form = f;
    }),
    recallConsolidateForm: () => host.consolidateForm,
    rememberConsolidateForm: rec("rememberConsolidateForm", (f: ConsolidateForm) => {
      host.consolidateForm = f;
    }),
    ...over,
  };
  return host;
}

/** A host without a workbook, as the web page's: files in, downloads out. */
export function filesHost(over: Partial<Host> = {}): FakeHost {
  return fakeHost({ labels: BROWSER_LABELS, workbook: undefined, ...over });
}
