// A Host for component tests: records what the pane asks for.
import type { UnitFile } from "../../src/core/consolidate";
import type { ConsolidateForm, Host, InsertForm } from "../../src/taskpane/host/types";

export function fakeHost(
  over: Partial<Host> = {},
): Host & { calls: Record<string, unknown[][]>; form?: InsertForm; consolidateForm?: ConsolidateForm } {
  const calls: Record<string, unknown[][]> = {};
  const rec =
    <A extends unknown[], R>(name: string, fn: (...a: A) => R) =>
    (...a: A): R => {
      (calls[name] ??= []).push(a);
      return fn(...a);
    };
  const host: Host & { calls: Record<string, unknown[][]>; form?: InsertForm; consolidateForm?: ConsolidateForm } = {
    kind: "excel",
    notes: [],
    calls,
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
    parseFiles: rec("parseFiles", async (): Promise<UnitFile[]> => []),
    rosterFromFile: rec("rosterFromFile", async () => []),
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
