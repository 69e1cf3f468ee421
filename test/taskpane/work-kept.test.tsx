/** @jest-environment jsdom */
// Work is kept: a tab switch loses nothing, leaving with unsaved work asks
// first, and the consolidation choices come back next time.
import { fireEvent, render, screen } from "@testing-library/react";
import type { UnitFile } from "../../src/core/consolidate";
import { monthOfActionValues } from "../../src/demo/samples";
import { App } from "../../src/taskpane/components/App";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";
import { fakeHost } from "./fake-host";
import { findButton } from "./find-button";

const t = template("thang-hanh-dong");
const units: UnitFile[] = [
  unitFile(
    "ang-cang.xlsx",
    unitReport(t, { unitName: "Xã Ẳng Cang", reportDate: "2024-07-01" }, monthOfActionValues(1)),
  ),
  unitFile("ang-to.xlsx", unitReport(t, { unitName: "Xã Ẳng Tở", reportDate: "2024-07-02" }, monthOfActionValues(2))),
];
const choose = (names: string[]) =>
  fireEvent.change(screen.getByLabelText("Chọn tệp…", { selector: "input" }), {
    target: { files: names.map((n) => new File(["x"], n)) },
  });

/** Whether leaving the page now would ask first. */
function leavingAsks(): boolean {
  const e = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

test("a finished consolidation and its form survive switching tabs", async () => {
  render(<App host={fakeHost({ parseFiles: async () => units })} lang="vi" initialJob="consolidate" />);
  choose(["ang-cang.xlsx", "ang-to.xlsx"]);
  fireEvent.change(screen.getByLabelText(/Đơn vị tổng hợp/), { target: { value: "Tỉnh Điện Biên" } });
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  await findButton("Tạo bảng tổng hợp");
  fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra số liệu" }));
  expect(screen.queryByRole("button", { name: "Tạo bảng tổng hợp" })).toBeNull();
  fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
  expect(screen.getByRole("button", { name: "Tạo bảng tổng hợp" })).toBeTruthy();
  expect(screen.getByLabelText(/Đơn vị tổng hợp/)).toHaveProperty("value", "Tỉnh Điện Biên");
  expect(screen.getAllByRole("row").some((r) => r.textContent?.includes("ang-to.xlsx"))).toBe(true);
});

test("leaving asks first while files are chosen or a summary is unsaved, and not once it is saved", async () => {
  const { unmount } = render(
    <App host={fakeHost({ parseFiles: async () => units })} lang="vi" initialJob="consolidate" />,
  );
  expect(leavingAsks()).toBe(false);
  choose(["ang-cang.xlsx", "ang-to.xlsx"]);
  expect(leavingAsks()).toBe(true);
  fireEvent.change(screen.getByLabelText(/Đơn vị tổng hợp/), { target: { value: "Tỉnh Điện Biên" } });
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  fireEvent.click(await findButton("Tạo bảng tổng hợp"));
  await screen.findByText(/Đã tạo bảng tổng hợp/);
  expect(leavingAsks()).toBe(false);
  unmount();
});

test("the consolidating unit and its level are remembered; by default a province consolidates", async () => {
  const host = fakeHost({ parseFiles: async () => units });
  const first = render(<App host={host} lang="vi" initialJob="consolidate" />);
  expect(screen.getByLabelText("Cấp của đơn vị tổng hợp")).toHaveProperty("value", "tinh");
  choose(["ang-cang.xlsx"]);
  fireEvent.change(screen.getByLabelText(/Đơn vị tổng hợp/), { target: { value: "Huyện Mường Ảng" } });
  fireEvent.change(screen.getByLabelText("Cấp của đơn vị tổng hợp"), { target: { value: "huyen" } });
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  await findButton("Tạo bảng tổng hợp");
  first.unmount();
  render(<App host={host} lang="vi" initialJob="consolidate" />);
  expect(screen.getByLabelText(/Đơn vị tổng hợp/)).toHaveProperty("value", "Huyện Mường Ảng");
  expect(screen.getByLabelText("Cấp của đơn vị tổng hợp")).toHaveProperty("value", "huyen");
});
