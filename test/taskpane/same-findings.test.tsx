/** @jest-environment jsdom */
// Kiểm tra số liệu checks in one place: one report with slips, checked in Excel
// (drawn into the open workbook, read by the pane's Excel host on Microsoft's
// Office.js runtime) and uploaded as a file on the web page (read as the
// workers read it), shows the same verdict and the same findings.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { layoutReport } from "../../src/core/layout/report";
import { sha256Hex } from "../../src/core/sha256";
import { capabilitiesOf } from "../../src/excel/capabilities";
import { writeModel } from "../../src/excel/write-model";
import { App } from "../../src/taskpane/components/App";
import type { Host } from "../../src/taskpane/host/types";
import { readInput } from "../../src/xlsx/received-file";
import { renderXlsx } from "../../src/xlsx/write";
import { versionAbove } from "../helpers/office-api-sets";
import { hostOn } from "../helpers/office-host";
import { OfficeRig } from "../helpers/office-runtime";
import { metaFor, template } from "../helpers/reports";
import { filesHost } from "./fake-host";

const t = template("thang-hanh-dong");
const model = layoutReport(t, metaFor(t, { unitName: "Xã Búng Lao" }), {
  values: { launch_sites: 0, launch_children: "12 vụ", gifts_children: 50, gifts_funds: "1.500.000", works_new: -2 },
}).model;

/** What the pane shows after checking: the verdict, then each finding's cell and message, group by group. */
async function shown(host: Host, check: () => void): Promise<string[]> {
  const { unmount } = render(<App host={host} lang="vi" initialJob="validate" />);
  check();
  const verdict = await screen.findByText(/cần sửa trước khi nộp|Sẵn sàng nộp/);
  const lines = [verdict.textContent ?? ""];
  // The groups of findings (a table, or "Chung"), not the section around them titled by the file.
  for (const group of screen.getAllByRole("region").filter((r) => r.querySelector(":scope > ul"))) {
    lines.push(`## ${group.getAttribute("aria-label")}`);
    for (const item of within(group).getAllByRole("listitem")) {
      const cell = item.querySelector("button, .fui-Caption1")?.textContent?.replace(/^Đến ô /, "");
      lines.push(`${cell} ${item.querySelector(":scope > span")?.textContent}`);
    }
  }
  unmount();
  return lines;
}

test("a report checked in the open workbook and the same report uploaded give the same findings", async () => {
  const rig = new OfficeRig({ apiVersion: "1.20" });
  const excel = hostOn(rig, "1.20");
  await rig.run((ctx) =>
    writeModel(
      ctx,
      () => model,
      capabilitiesOf((v) => !versionAbove(v, "1.20")),
      undefined,
    ),
  );
  const inExcel = await shown(excel, () =>
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ làm việc này" })),
  );

  const bytes = await renderXlsx(model);
  const web = filesHost({ parseFiles: async () => (await readInput(bytes, "bung-lao.xlsx", sha256Hex)).files });
  const uploaded = await shown(web, () =>
    fireEvent.change(screen.getByLabelText("Chọn tệp báo cáo để kiểm tra", { selector: "input" }), {
      target: { files: [new File(["x"], "bung-lao.xlsx")] },
    }),
  );

  // "12 vụ" and a negative count are errors; the money typed as text, a rule, a blank table, empty sections warn.
  expect(inExcel[0]).toBe("Còn 2 lỗi cần sửa trước khi nộp (4 cảnh báo).");
  expect(inExcel.filter((l) => l.startsWith("B25 Ô B25") && l.includes('"12 vụ"'))).toHaveLength(1);
  expect(uploaded).toEqual(inExcel);
});
