/** @jest-environment jsdom */
// What the pane offers follows what its host can do: without an open workbook
// (the web page) there is nothing to mark, go to or fix, and reports are
// downloaded, which the buttons and a line above the tabs say; with one, the
// workbook's actions appear, its sheets among them as a roster's source.
import { fireEvent, render, screen } from "@testing-library/react";
import type { UnitFile } from "../../src/core/consolidate";
import { validateReport } from "../../src/core/validate";
import { monthOfActionValues } from "../../src/demo/samples";
import { App } from "../../src/taskpane/components/App";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";
import { fakeHost, filesHost } from "./fake-host";
import { findButton } from "./find-button";

const t = template("thang-hanh-dong");
const slips = unitReport(
  t,
  { unitName: "Xã Búng Lao", reportDate: "2024-07-01" },
  { ...monthOfActionValues(3), gifts_funds: "1.500.000", works_new: "hai" },
);
const files: UnitFile[] = [unitFile("bung-lao.xlsx", slips)];
const banner = /^Đang mở ngoài Excel: báo cáo và bảng tổng hợp được tải về/;

test("without a workbook: findings of an uploaded file name their cells, with no button to act on a workbook", async () => {
  render(<App host={filesHost({ parseFiles: async () => files })} lang="vi" initialJob="validate" />);
  expect(screen.queryByRole("button", { name: "Kiểm tra sổ làm việc này" })).toBeNull();
  fireEvent.change(screen.getByLabelText("Chọn tệp báo cáo để kiểm tra", { selector: "input" }), {
    target: { files: [new File(["x"], "bung-lao.xlsx")] },
  });
  await screen.findByText(/Còn 1 lỗi cần sửa trước khi nộp/);
  // The money typed as text has a correction, yet there is no workbook to write it into.
  expect(screen.getAllByText(/số được nhập dạng văn bản "1\.500\.000"/).length).toBeGreaterThan(0);
  const asText = validateReport(slips).find((f) => f.code === "number_as_text");
  expect(asText?.suggestion).toBe(1_500_000);
  expect(screen.getAllByText(asText?.cell ?? "?").length).toBeGreaterThan(0);
  for (const name of [/^Sửa thành/, /^Đến ô/, /^Đánh dấu$/, /^Bỏ đánh dấu$/])
    expect(screen.queryAllByRole("button", { name })).toEqual([]);
});

test("without a workbook: the pane says files are downloaded, and its buttons say 'Tải'", async () => {
  render(<App host={filesHost({ parseFiles: async () => files })} lang="vi" />);
  expect(screen.getByText(banner)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Tải mẫu báo cáo (.xlsx)" })).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Chèn báo cáo vào sổ làm việc" })).toBeNull();
  fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
  expect(screen.queryByLabelText("hoặc lấy từ trang trong sổ làm việc")).toBeNull();
  fireEvent.change(screen.getByLabelText("Chọn tệp…", { selector: "input" }), {
    target: { files: [new File(["x"], "bung-lao.xlsx")] },
  });
  fireEvent.change(screen.getByLabelText(/Đơn vị tổng hợp/), { target: { value: "Tỉnh Điện Biên" } });
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  expect(await findButton("Tải bảng tổng hợp (.xlsx)")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Tạo bảng tổng hợp" })).toBeNull();
});

test("with a workbook: no line about downloads, and a roster can come from one of its sheets", async () => {
  const roster = [{ name: "Xã Búng Lao" }, { name: "Xã Ẳng Cang" }];
  const host = fakeHost({}, { sheetNames: async () => ["Báo cáo", "Danh sách"], rosterFromSheet: async () => roster });
  render(<App host={host} lang="vi" initialJob="consolidate" />);
  expect(screen.queryByText(banner)).toBeNull();
  const sheet = await screen.findByLabelText("hoặc lấy từ trang trong sổ làm việc");
  fireEvent.change(sheet, { target: { value: "Danh sách" } });
  await screen.findByText("Danh sách có 2 đơn vị.");
  expect(host.calls.rosterFromSheet).toEqual([["Danh sách"]]);
});
