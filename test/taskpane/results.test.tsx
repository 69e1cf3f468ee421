/** @jest-environment jsdom */
// Results a district or province officer can act on: counts in words, what
// needs attention first, a filter and sortable columns, errors told apart from
// warnings, reasons in the rows, the CLI's near-miss hint, conflicts settled by
// keeping one report, the period and deadline said and chosen, files removed.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Summary, UnitFile } from "../../src/core/consolidate";
import { monthOfActionValues } from "../../src/demo/samples";
import { App } from "../../src/taskpane/components/App";
import { rosterFromFile } from "../../src/taskpane/host/roster-file";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";
import { fakeHost } from "./fake-host";
import { findButton } from "./find-button";

// Consolidating runs in the test's thread; on a busy machine it takes more than the default second.
const t = template("thang-hanh-dong");
const ok = (file: string, unitName: string, reportDate: string, n: number, period = "2024") =>
  unitFile(file, unitReport(t, { unitName, reportDate, period }, monthOfActionValues(n)));
const units: UnitFile[] = [
  ok("ang-cang.xlsx", "Xã Ẳng Cang", "2024-07-01", 1),
  ok("ang-to.xlsx", "Xã Ẳng Tở", "2024-07-25", 2),
  unitFile(
    "bung-lao.xlsx",
    unitReport(
      t,
      { unitName: "Xã Búng Lao", reportDate: "2024-07-01" },
      { ...monthOfActionValues(3), launch_children: "12 vụ" },
    ),
  ),
  ok("ngoi-cay.xlsx", "Xã Ngồi Cáy", "2024-07-01", 4),
  ok("muong-dang-1.xlsx", "Xã Mường Đăng", "2024-07-02", 5),
  ok("muong-dang-2.xlsx", "Xã Mường Đăng", "2024-07-02", 6),
  {
    file: "hong.xlsx",
    sha256: "x",
    read: {
      ok: false,
      failure: { code: "corrupt", message: { vi: "Tệp bị hỏng hoặc chưa tải về hết.", en: "damaged" } },
    },
  },
];
const roster = ["Xã Ẳng Cang", "Xã Ẳng Tở", "Xã Búng Lao", "Xã Ngối Cáy", "Xã Mường Đăng", "Xã Nặm Lịch"].map(
  (name) => ({ name }),
);

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const choose = (names: string[]) =>
  fireEvent.change(screen.getByLabelText("Chọn tệp…", { selector: "input" }), {
    target: { files: names.map((n) => new File(["x"], n)) },
  });
const bodyRows = () =>
  screen
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.textContent ?? "");

async function consolidateAll(host = fakeHost({ parseFiles: async () => units, rosterFromFile: async () => roster })) {
  render(<App host={host} lang="vi" initialJob="consolidate" />);
  choose(units.map((u) => u.file));
  fireEvent.change(screen.getByLabelText("Chọn tệp danh sách (.csv, .xlsx, .xls)…", { selector: "input" }), {
    target: { files: [new File(["x"], "ds.csv")] },
  });
  await screen.findByText("Danh sách có 6 đơn vị.");
  type(/Đơn vị tổng hợp/, "Tỉnh Điện Biên");
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  await findButton("Tạo bảng tổng hợp");
  return host;
}

test("the top line counts in words, the rows put what needs attention first, reasons and hints are in sight", async () => {
  await consolidateAll();
  expect(
    screen.getByText(
      "Trong 7 tệp: 4 tệp được tổng hợp, 1 tệp có lỗi (ô lỗi không được tính), 1 tệp bị loại, 2 tệp mâu thuẫn cần chọn bản giữ. " +
        "1 đơn vị chưa nộp, 1 đơn vị đã nộp nhưng cần xử lý, 1 đơn vị nộp muộn.",
    ),
  ).toBeTruthy();
  const rows = bodyRows();
  expect(rows[0]).toMatch(/^hong\.xlsx.*Không hợp lệ.*Tệp bị hỏng hoặc chưa tải về hết\./);
  expect(rows[1]).toMatch(/muong-dang-1\.xlsx.*Mâu thuẫn/);
  expect(rows[3]).toMatch(/bung-lao\.xlsx.*Đã tổng hợp.*1 lỗi/);
  expect(rows[rows.length - 1]).not.toMatch(/\d+ lỗi/);
  expect(screen.getByText("Chưa nộp (1)").closest("details")?.textContent).toContain("Xã Nặm Lịch");
  // Errors and warnings look different: a filled red badge, an outlined one.
  const row = (name: string) => screen.getAllByRole("row").find((r) => r.textContent?.startsWith(name)) as HTMLElement;
  expect(within(row("bung-lao.xlsx")).getByText("1 lỗi").className).not.toBe(
    within(row("ngoi-cay.xlsx")).getByText("1 cảnh báo").className,
  );
});

test("a unit listed as missing shows the CLI's hint: the files that may be its report", async () => {
  const files = [
    ok("ngoi-cay.xlsx", "Xã Ngồi Cáy", "2024-07-01", 1),
    ok("ngoi-cay-2.xlsx", "Xã Ngối Cày", "2024-07-01", 2),
  ];
  render(
    <App
      host={fakeHost({ parseFiles: async () => files, rosterFromFile: async () => [{ name: "Xã Ngối Cáy" }] })}
      lang="vi"
      initialJob="consolidate"
    />,
  );
  choose(files.map((f) => f.file));
  fireEvent.change(screen.getByLabelText("Chọn tệp danh sách (.csv, .xlsx, .xls)…", { selector: "input" }), {
    target: { files: [new File(["x"], "ds.csv")] },
  });
  await screen.findByText("Danh sách có 1 đơn vị.");
  type(/Đơn vị tổng hợp/, "Tỉnh Điện Biên");
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  const missing = (await screen.findByText("Chưa nộp (1)")).closest("details") as HTMLElement;
  expect(missing.textContent).toMatch(
    /Xã Ngối Cáy — Có thể là tệp ngoi-cay-2\.xlsx, ghi tên "Xã Ngối Cày"; tệp ngoi-cay\.xlsx, ghi tên "Xã Ngồi Cáy"\./,
  );
});

test("a filter by status and sortable columns", async () => {
  await consolidateAll();
  fireEvent.change(screen.getByLabelText("Lọc theo trạng thái"), { target: { value: "problems" } });
  expect(bodyRows().map((r) => r.split(".xlsx")[0])).toEqual(["hong", "muong-dang-1", "muong-dang-2", "bung-lao"]);
  fireEvent.change(screen.getByLabelText("Lọc theo trạng thái"), { target: { value: "late" } });
  expect(bodyRows().map((r) => r.split(".xlsx")[0])).toEqual(["ang-to"]);
  fireEvent.change(screen.getByLabelText("Lọc theo trạng thái"), { target: { value: "all" } });
  fireEvent.click(screen.getByRole("columnheader", { name: "Sắp xếp theo Tệp" }));
  expect(bodyRows().map((r) => r.split(".xlsx")[0])).toEqual([
    "ang-cang",
    "ang-to",
    "bung-lao",
    "hong",
    "muong-dang-1",
    "muong-dang-2",
    "ngoi-cay",
  ]);
  fireEvent.click(screen.getByRole("columnheader", { name: "Sắp xếp theo Tệp" }));
  expect(bodyRows()[0]).toMatch(/^ngoi-cay/);
});

test("a conflict is settled by keeping one report; the kept one counts", async () => {
  const host = await consolidateAll();
  const row = screen.getAllByRole("row").find((r) => r.textContent?.startsWith("muong-dang-2.xlsx")) as HTMLElement;
  fireEvent.click(within(row).getByRole("button", { name: "Giữ bản này" }));
  expect(await screen.findByText(/Trong 7 tệp: 5 tệp được tổng hợp/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
  await screen.findByText(/Đã tạo bảng tổng hợp/);
  const [summary] = host.calls.writeSummary[0] as [Summary];
  expect(summary.units.find((u) => u.name === "Xã Mường Đăng")?.file).toBe("muong-dang-2.xlsx");
});

test("the summary button sits above the results and cannot be pressed twice while writing", async () => {
  let finish: () => void = () => undefined;
  const host = fakeHost({
    parseFiles: async () => units,
    rosterFromFile: async () => roster,
    writeSummary: jest.fn(
      () =>
        new Promise((resolve) => (finish = () => resolve({ ok: true as const, sheets: ["Tổng hợp"], renamed: [] }))),
    ),
  });
  await consolidateAll(host);
  const button = screen.getByRole("button", { name: "Tạo bảng tổng hợp" });
  expect(button.compareDocumentPosition(screen.getByRole("table")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  fireEvent.click(button);
  const busy = await findButton("Đang tạo bảng tổng hợp…");
  expect(busy).toHaveProperty("disabled", true);
  fireEvent.click(busy);
  await act(async () => finish());
  expect(host.writeSummary).toHaveBeenCalledTimes(1);
});

test("periods found are shown with counts and one is chosen; the deadline applied says where it came from", async () => {
  const files = [
    ok("a.xlsx", "Xã Ẳng Cang", "2024-07-01", 1),
    ok("b.xlsx", "Xã Ẳng Tở", "2024-07-01", 2),
    ok("c-2023.xlsx", "Xã Ẳng Cang", "2023-07-01", 3, "2023"),
  ];
  const parseFiles = jest.fn(async () => files);
  render(<App host={fakeHost({ parseFiles })} lang="vi" initialJob="consolidate" />);
  expect(screen.getByLabelText(/Hạn nộp/)).toHaveProperty("value", "");
  expect(screen.getByLabelText(/Hạn nộp/).getAttribute("placeholder")).toBe("ngày/tháng/năm");
  choose(files.map((f) => f.file));
  type(/Đơn vị tổng hợp/, "Tỉnh Điện Biên");
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  expect(
    await screen.findByText("Kỳ báo cáo 2024 (kỳ mới nhất trong các tệp). Các kỳ khác trong các tệp: 2023 (1 tệp)."),
  ).toBeTruthy();
  expect(
    screen.getByText(/^Hạn nộp áp dụng: \d\d\/\d\d\/2024 \(theo mẫu báo cáo: hạn cấp \S+ nộp lên cấp tỉnh\)/),
  ).toBeTruthy();
  const period = screen.getByLabelText("Kỳ tổng hợp");
  expect([...period.querySelectorAll("option")].map((o) => o.textContent)).toEqual(["2024 (2 tệp)", "2023 (1 tệp)"]);
  fireEvent.change(period, { target: { value: "2023" } });
  expect(await screen.findByText(/^Kỳ báo cáo 2023 \(theo lựa chọn của người tổng hợp\)/)).toBeTruthy();
  type(/Hạn nộp/, "05/07/2023");
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  expect(await screen.findByText("Hạn nộp áp dụng: 05/07/2023 (do người tổng hợp nhập).")).toBeTruthy();
  // Files are read once; choosing and consolidating again works on what was read.
  expect(parseFiles).toHaveBeenCalledTimes(1);
});

test("files can be removed; the consolidating unit is required (no placeholder name in a report)", async () => {
  const parseFiles = jest.fn(async (f: { name: string }[]) => units.slice(0, f.length));
  render(<App host={fakeHost({ parseFiles })} lang="vi" initialJob="consolidate" />);
  choose(["a.xlsx", "b.docx", "c.xls"]);
  fireEvent.click(screen.getByRole("button", { name: "Bỏ b.docx" }));
  expect(screen.getByText("Đã chọn 2 tệp.")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  expect(await screen.findByText(/^Chưa có tên đơn vị tổng hợp: hãy nhập tên/)).toBeTruthy();
  expect(parseFiles).not.toHaveBeenCalled();
  type(/Đơn vị tổng hợp/, "Tỉnh Điện Biên");
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  await findButton("Tạo bảng tổng hợp");
  expect(parseFiles.mock.calls[0][0].map((f) => f.name)).toEqual(["a.xlsx", "c.xls"]);
});

test("when no file can be used, each file still shows its reason", async () => {
  const bad: UnitFile[] = [
    {
      file: "thu-moi.docx",
      sha256: "1",
      read: {
        ok: false,
        failure: { code: "word", message: { vi: "Tệp là văn bản Word, không phải báo cáo.", en: "Word" } },
      },
    },
    {
      file: "rong.xlsx",
      sha256: "2",
      read: { ok: false, failure: { code: "empty", message: { vi: "Tệp rỗng (0 byte).", en: "empty" } } },
    },
  ];
  render(<App host={fakeHost({ parseFiles: async () => bad })} lang="vi" initialJob="consolidate" />);
  choose(["thu-moi.docx", "rong.xlsx"]);
  type(/Đơn vị tổng hợp/, "Tỉnh Điện Biên");
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  expect(await screen.findByText(/^Không tổng hợp được: không tệp nào là báo cáo dùng được/)).toBeTruthy();
  expect(bodyRows()).toEqual([
    expect.stringMatching(/rong\.xlsx.*Tệp rỗng \(0 byte\)\./),
    expect.stringMatching(/thu-moi\.docx.*văn bản Word/),
  ]);
});

test("an empty roster file says so in words, not the reader's 'not a zip container'", async () => {
  // jsdom's File cannot give its bytes: the same empty file as the browser would pass it.
  const host = fakeHost({
    rosterFromFile: (f) => rosterFromFile({ name: f.name, arrayBuffer: async () => new ArrayBuffer(0) }),
  });
  render(<App host={host} lang="vi" initialJob="consolidate" />);
  fireEvent.change(screen.getByLabelText("Chọn tệp danh sách (.csv, .xlsx, .xls)…", { selector: "input" }), {
    target: { files: [new File([], "danh-sach.xlsx")] },
  });
  expect(await screen.findByText(/^Tệp danh sách đơn vị rỗng \(0 byte\)\. Hãy chọn lại tệp danh sách/)).toBeTruthy();
  expect(screen.queryByText(/not a zip|container/)).toBeNull();
});
