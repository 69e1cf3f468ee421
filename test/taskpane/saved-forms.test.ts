/** @jest-environment jsdom */
// The forms a user filled in earlier come back after an update: both hosts read them from where earlier versions
// saved them (the browser's localStorage; in Excel, the workbook's settings), under the same names.
import { browserHost } from "../../src/taskpane/host/browser-host";
import { excelHost } from "../../src/taskpane/host/excel-host";
import type { ConsolidateForm, InsertForm } from "../../src/taskpane/host/types";

// As saved by the versions users have: these names are in their browsers and workbooks.
const SAVED_INSERT = "tonghop.insertForm";
const SAVED_CONSOLIDATE = "tonghop.consolidateForm";
const insert: InsertForm = {
  templateId: "thang-hanh-dong",
  unitName: "Xã Ẳng Cang",
  unitCode: "03250",
  level: "xa",
  period: "2024",
  reportDate: "03/7/2024",
};
const consolidate: ConsolidateForm = { asUnit: "Huyện Mường Ảng", level: "huyen", rosterSheet: "Danh sách" };

test("the web page recalls the forms saved in this browser, and saves them where it will find them", () => {
  localStorage.setItem(SAVED_INSERT, JSON.stringify(insert));
  localStorage.setItem(SAVED_CONSOLIDATE, JSON.stringify(consolidate));
  const host = browserHost("worker.js");
  expect(host.recallForm()).toEqual(insert);
  expect(host.recallConsolidateForm()).toEqual(consolidate);
  host.rememberForm({ ...insert, period: "2025" });
  expect(JSON.parse(localStorage.getItem(SAVED_INSERT) ?? "null")).toEqual({ ...insert, period: "2025" });
});

test("the pane in Excel recalls the forms saved in the workbook's settings", () => {
  const settings = new Map<string, unknown>([
    [SAVED_INSERT, insert],
    [SAVED_CONSOLIDATE, consolidate],
  ]);
  Object.assign(globalThis, {
    Office: {
      context: {
        displayLanguage: "vi-VN",
        requirements: { isSetSupported: () => true },
        document: {
          settings: {
            get: (k: string) => settings.get(k) ?? null,
            set: (k: string, v: unknown) => settings.set(k, v),
            saveAsync: (cb: () => void) => cb(),
          },
        },
      },
    },
  });
  const host = excelHost("worker.js");
  expect(host.recallForm()).toEqual(insert);
  expect(host.recallConsolidateForm()).toEqual(consolidate);
  host.rememberConsolidateForm({ ...consolidate, level: "tinh" });
  expect(settings.get(SAVED_CONSOLIDATE)).toEqual({ ...consolidate, level: "tinh" });
});
