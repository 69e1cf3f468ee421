// The pane's Excel host (src/taskpane/host/excel-host.ts) with the globals Office
// and Excel answered by the Office.js runtime rig: Excel.run is the runtime's,
// requirement sets are those of the given ExcelApi version, settings live in memory.
import type { Batch } from "../../src/excel/run";
import { excelHost } from "../../src/taskpane/host/excel-host";
import type { Host } from "../../src/taskpane/host/types";
import { versionAbove } from "./office-api-sets";
import type { OfficeRig } from "./office-runtime";

/** @param cellEditNoticeMs how long a request may go unanswered before the pane says Excel waits for a cell edit */
export function hostOn(rig: OfficeRig, version: string, displayLanguage = "vi-VN", cellEditNoticeMs?: number): Host {
  const settings = new Map<string, unknown>();
  Object.assign(globalThis, {
    Excel: {
      // Excel.run(batch) or Excel.run(options, batch), as Office.js takes them.
      run: <T>(...args: [Batch<T>] | [Excel.RunOptions, Batch<T>]) =>
        args.length === 1 ? rig.run(args[0]) : rig.run(args[1], args[0]),
    },
    Office: {
      context: {
        displayLanguage,
        requirements: { isSetSupported: (_set: string, v: string) => !versionAbove(v, version) },
        document: {
          settings: {
            get: (k: string) => settings.get(k) ?? null,
            set: (k: string, v: unknown) => settings.set(k, v),
            remove: (k: string) => settings.delete(k),
            saveAsync: (cb: () => void) => cb(),
          },
        },
      },
    },
  });
  return excelHost("worker.js", cellEditNoticeMs);
}
