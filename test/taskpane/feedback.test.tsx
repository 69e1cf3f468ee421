/** @jest-environment jsdom */
// Kiểm tra inside Excel: after checking the open workbook, the pane writes its findings as a sheet of that
// workbook (the feedback table, through the Host), and says on which sheet.
import { fireEvent, render, screen } from "@testing-library/react";
import type { ModelSheet } from "../../src/core/layout/model";
import { validateReport } from "../../src/core/validate";
import { monthOfActionValues } from "../../src/demo/samples";
import { App } from "../../src/taskpane/components/App";
import { template } from "../helpers/reports";
import { unitReport } from "../helpers/unit-reports";
import { fakeHost } from "./fake-host";
import { findButton } from "./find-button";

const t = template("thang-hanh-dong");

test("in Excel, Kiểm tra writes the findings as a sheet of the open workbook", async () => {
  const report = unitReport(t, { unitName: "Xã Búng Lao" }, { ...monthOfActionValues(2), works_new: "hai" });
  const host = fakeHost({}, { readReport: async () => ({ ok: true, report }) });
  render(<App host={host} lang="vi" initialJob="validate" />);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ làm việc này" }));
  fireEvent.click(await findButton("Ghi kết quả vào sổ này"));
  await screen.findAllByText("Đã ghi kết quả kiểm tra vào trang Kết quả kiểm tra.");
  const [sheet] = host.calls.writeFindings[0] as [ModelSheet];
  expect(sheet.name).toBe("Kết quả kiểm tra");
  expect(sheet.protect).toBe(false);
  const texts = sheet.cells.map((c) => String(c.value ?? ""));
  expect(texts).toContain("Đơn vị báo cáo: Xã Búng Lao");
  for (const f of validateReport(report)) expect(texts).toContain(f.message.vi);
  // Nothing is downloaded inside Excel for this: the sheet is the result.
  expect(host.calls.saveFile).toBeUndefined();
});
