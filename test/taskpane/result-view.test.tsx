/** @jest-environment jsdom */
// Tổng hợp shows its result: the totals as the summary prints them (a group's name over its columns, numbers
// written 1.500.000), the roster named and removable and stated in the results, a file chosen twice kept once,
// "Bỏ hết" undone, focus on the result after the run and on the answer after a download.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { consolidate, type UnitFile } from "../../src/core/consolidate";
import { formatNumber } from "../../src/core/i18n/format";
import { templateFields } from "../../src/core/templates";
import { monthOfActionValues } from "../../src/demo/samples";
import { App } from "../../src/taskpane/components/App";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";
import { filesHost } from "./fake-host";
import { findButton } from "./find-button";

const t = template("thang-hanh-dong");
const units: UnitFile[] = [
  unitFile("ang-cang.xlsx", unitReport(t, { unitName: "Xã Ẳng Cang" }, monthOfActionValues(1))),
  unitFile("hop-thu.zip › ang-to.xlsx", unitReport(t, { unitName: "Xã Ẳng Tở" }, monthOfActionValues(2))),
  unitFile("hop-thu.zip › bung-lao.xlsx", unitReport(t, { unitName: "Xã Búng Lao" }, monthOfActionValues(3))),
];
const roster = ["Xã Ẳng Cang", "Xã Ẳng Tở", "Xã Búng Lao", "Xã Nặm Lịch"].map((name) => ({ name }));
const file = (name: string) => new File(["x"], name, { lastModified: 1 });
const choose = (files: File[]) =>
  fireEvent.change(screen.getByLabelText("Chọn tệp…", { selector: "input" }), { target: { files } });

test("the totals are shown as the summary prints them, equal to the consolidation's, the roster stated", async () => {
  const host = filesHost({
    parseFiles: async () => units,
    rosterFromFile: async () => roster,
    writeSummary: async (s) => ({ ok: true, sheets: [], renamed: [], downloaded: `tong-hop-${s.period}.xlsx` }),
  });
  render(<App host={host} lang="vi" initialJob="consolidate" />);
  choose([file("ang-cang.xlsx"), file("hop-thu.zip")]);
  fireEvent.change(screen.getByLabelText("Chọn tệp danh sách (.csv, .xlsx, .xls)…", { selector: "input" }), {
    target: { files: [file("danh-sach.csv")] },
  });
  await screen.findByText("Danh sách: danh-sach.csv (4 đơn vị)");
  fireEvent.change(screen.getByLabelText(/Đơn vị tổng hợp/), { target: { value: "Huyện Mường Ảng" } });
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  const download = await findButton("Tải bảng tổng hợp (.xlsx)");

  // The result takes focus at its heading, which a screen reader reads with the counts: sums that add up.
  const counts =
    "3 tệp: 3 đã tổng hợp. Đã chọn 2 tệp; mở các tệp .zip ra thì có 3 tệp. " +
    "4 đơn vị trong danh sách: 3 đã tổng hợp; 1 chưa nộp.";
  expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Kết quả tổng hợp", description: counts }));
  expect(screen.getByText(counts)).toBeTruthy();
  expect(screen.getByText("Danh sách đơn vị đã dùng: danh-sach.csv (4 đơn vị).")).toBeTruthy();

  // Each table under its caption, grouped as printed, its numbers those of the consolidation.
  const { summary } = consolidate(units, { roster, consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" } });
  const totals = screen.getByRole("region", { name: "Số liệu tổng hợp, kỳ 2024" });
  const shown = t.tables.flatMap((table) => {
    const grid = within(totals).getByRole("table", { name: table.caption ?? table.name });
    return within(grid)
      .getAllByRole("cell")
      .map((c) => c.textContent);
  });
  expect(shown).toEqual(templateFields(t).map((f) => formatNumber(summary!.totals[f.id], "vi")));
  // Money written the Vietnamese way: 45.900.000.
  expect(shown[templateFields(t).findIndex((f) => f.id === "funds_state")]).toMatch(/^\d{1,3}(\.\d{3})+$/);
  const first = within(totals).getByRole("table", { name: "Biểu tổng hợp số liệu kinh phí thực hiện" });
  expect(
    within(first).getByRole("columnheader", { name: "Kinh phí cho Tháng hành động vì trẻ em" }).getAttribute("colspan"),
  ).toBe("2");
  expect(within(first).getByRole("columnheader", { name: "Ngân sách Nhà nước (đồng)" })).toBeTruthy();

  // The answer to a download comes beside its button, with focus.
  fireEvent.click(download);
  const answer = await screen.findByText("Đã tải về tệp tong-hop-2024.xlsx.");
  expect(document.activeElement?.contains(answer)).toBe(true);

  // The roster can be removed; the next result says there was none.
  fireEvent.click(screen.getByRole("button", { name: "Bỏ danh sách danh-sach.csv" }));
  expect(screen.queryByText("Danh sách: danh-sach.csv (4 đơn vị)")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  expect(await screen.findByText("Không có danh sách đơn vị: chỉ tổng hợp các tệp đã chọn.")).toBeTruthy();
});

test("a file chosen twice is kept once; 'Bỏ hết' can be undone", async () => {
  const parseFiles = jest.fn(async () => units.slice(0, 1));
  render(<App host={filesHost({ parseFiles })} lang="vi" initialJob="consolidate" />);
  choose([file("ang-cang.xlsx"), file("ang-to.xlsx")]);
  choose([file("ang-cang.xlsx")]);
  expect(screen.getByText("Đã chọn 2 tệp.")).toBeTruthy();
  expect(screen.getByText("Tệp đã có trong danh sách, không thêm lần nữa: ang-cang.xlsx.")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Bỏ hết" }));
  expect(screen.queryByText("Đã chọn 2 tệp.")).toBeNull();
  expect(screen.getByText("Đã bỏ 2 tệp.")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Hoàn tác" }));
  expect(screen.getByText("Đã chọn 2 tệp.")).toBeTruthy();
  fireEvent.change(screen.getByLabelText(/Đơn vị tổng hợp/), { target: { value: "Tỉnh Điện Biên" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" })));
  await findButton("Tải bảng tổng hợp (.xlsx)");
  expect((parseFiles.mock.calls[0] as unknown as [File[]])[0].map((f) => f.name)).toEqual([
    "ang-cang.xlsx",
    "ang-to.xlsx",
  ]);
});
