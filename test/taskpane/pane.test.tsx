/** @jest-environment jsdom */
// The task pane as a clerk uses it, with the Host faked: what they see and
// what the pane asks Excel (or the browser) to do.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Summary, UnitFile } from "../../src/core/consolidate";
import { validateReport } from "../../src/core/validate";
import { monthOfActionValues } from "../../src/demo/samples";
import { CancelledError } from "../../src/worker/pool";
import { App } from "../../src/taskpane/components/App";
import { strings } from "../../src/taskpane/i18n";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";
import { fakeHost } from "./fake-host";

const t = template("thang-hanh-dong");
const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("the pane", () => {
  test("shows the three jobs in Vietnamese, and in English when Office speaks English", () => {
    const { unmount } = render(<App host={fakeHost()} lang="vi" />);
    expect(screen.getByRole("tab", { name: "Mẫu báo cáo" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Kiểm tra số liệu" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Tổng hợp" })).toBeTruthy();
    unmount();
    render(<App host={fakeHost()} lang="en" />);
    expect(screen.getByRole("tab", { name: "Consolidate" })).toBeTruthy();
  });

  test("explains features this Excel lacks", () => {
    render(
      <App
        host={fakeHost({ notes: [{ vi: "Excel này không hỗ trợ kiểm tra khi nhập", en: "no validation" }] })}
        lang="vi"
      />,
    );
    expect(screen.getByText("Excel này không hỗ trợ kiểm tra khi nhập")).toBeTruthy();
  });
});

describe("Mẫu báo cáo", () => {
  test("inserts a report for the unit and period typed, and remembers them", async () => {
    const host = fakeHost();
    render(<App host={host} lang="vi" />);
    type(/Tên đơn vị báo cáo/, "Xã Ẳng Cang");
    type(/Kỳ báo cáo/, "2024");
    type(/Ngày báo cáo/, "03/7/2024");
    fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
    await screen.findByText(/Đã chèn báo cáo: Báo cáo, _tonghop/);
    const [templ, meta, replace] = host.calls.insertReport[0] as [{ id: string }, Record<string, unknown>, boolean];
    expect(templ.id).toBe("thang-hanh-dong");
    expect(meta).toMatchObject({ unitName: "Xã Ẳng Cang", period: "2024", reportDate: "2024-07-03", level: "xa" });
    expect(replace).toBe(false);
    expect(host.form?.unitName).toBe("Xã Ẳng Cang");
  });

  test("says what is wrong with the form instead of inserting", async () => {
    const host = fakeHost();
    render(<App host={host} lang="vi" />);
    type(/Kỳ báo cáo/, "2024-6T");
    type(/Ngày báo cáo/, "31/02/2024");
    fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
    expect(
      await screen.findByText("Chưa có tên đơn vị báo cáo: hãy nhập tên, ví dụ Xã Ẳng Cang. Tên này in ở đầu báo cáo."),
    ).toBeTruthy();
    expect(screen.getByText(/Kỳ báo cáo không hợp lệ/)).toBeTruthy();
    expect(screen.getByText(/Ngày "31\/02\/2024" không hợp lệ/)).toBeTruthy();
    expect(host.calls.insertReport).toBeUndefined();
  });

  test("a unit name too long to print is named, not silently refused", async () => {
    const host = fakeHost();
    render(<App host={host} lang="vi" />);
    type(/Tên đơn vị báo cáo/, "Xã " + "Ẳng Cang ".repeat(30));
    type(/Kỳ báo cáo/, "2024");
    fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
    expect(await screen.findByText(/Tên đơn vị báo cáo dài quá 200 ký tự/)).toBeTruthy();
    expect(host.calls.insertReport).toBeUndefined();
  });

  test("in English, a name too long and a bad unit code are said in English only", async () => {
    const host = fakeHost();
    const en = strings("en");
    render(<App host={host} lang="en" />);
    type(new RegExp(en.unitName), "Xã " + "Ẳng Cang ".repeat(30));
    type(en.unitCode, "03 160");
    type(new RegExp(en.period), "2024");
    fireEvent.click(screen.getByRole("button", { name: en[host.labels.insertReport] }));
    expect(await screen.findByText("Reporting unit is longer than 200 characters: shorten it.")).toBeTruthy();
    expect(screen.getByText("A unit code has letters, digits, dots and dashes only (20 at most).")).toBeTruthy();
    expect(host.calls.insertReport).toBeUndefined();
  });

  test("asks before replacing an earlier report, and replaces only when told to", async () => {
    let first = true;
    const host = fakeHost({
      insertReport: async (_t, _m, replace) => {
        if (first && !replace) {
          first = false;
          return { ok: false, existing: ["Báo cáo", "_tonghop"] };
        }
        return { ok: true, sheets: ["Báo cáo", "_tonghop"], renamed: [] };
      },
    });
    render(<App host={host} lang="vi" />);
    type(/Tên đơn vị báo cáo/, "Xã Ẳng Tở");
    fireEvent.click(screen.getByRole("button", { name: "Chèn báo cáo vào sổ làm việc" }));
    await screen.findByText(/Sổ làm việc này đã có báo cáo của tonghop/);
    fireEvent.click(screen.getByRole("button", { name: "Thay thế báo cáo cũ" }));
    await screen.findByText(/Đã chèn báo cáo/);
  });
});

describe("Kiểm tra số liệu", () => {
  const report = unitReport(
    t,
    { unitName: "Xã Búng Lao" },
    { ...monthOfActionValues(2), gifts_children: 50, gifts_funds: "1.500.000", works_new: "hai" },
  );

  test("lists findings by table with their cells; 'Sửa' and 'Đến ô' act on the workbook", async () => {
    const host = fakeHost({}, { readReport: async () => ({ ok: true, report }) });
    render(<App host={host} lang="vi" initialJob="validate" />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ làm việc này" }));
    expect(await screen.findByText(/Còn 1 lỗi cần sửa trước khi nộp/)).toBeTruthy();
    const table2 = screen.getByRole("region", { name: "Bảng 2 - Hoạt động hỗ trợ trẻ em" });
    expect(within(table2).getByText(/số được nhập dạng văn bản/)).toBeTruthy();
    fireEvent.click(within(table2).getByRole("button", { name: "Sửa thành 1.500.000" }));
    await waitFor(() =>
      expect(host.calls.fix?.[0]?.[0]).toMatchObject({ code: "number_as_text", suggestion: 1_500_000 }),
    );
    // After the fix the workbook is read and checked again.
    await waitFor(() => expect(host.calls.readReport).toHaveLength(2));
    fireEvent.click(screen.getAllByRole("button", { name: /^Đến ô / })[0]);
    await waitFor(() => expect(host.calls.goTo).toHaveLength(1));
    fireEvent.click(screen.getByRole("button", { name: "Đánh dấu" }));
    await screen.findByText(/Đã đánh dấu các ô/);
    expect(host.calls.mark?.[0]?.[0]).toEqual(validateReport(report));
    fireEvent.click(screen.getByRole("button", { name: "Bỏ đánh dấu" }));
    await screen.findByText(/Đã bỏ đánh dấu/);
  });

  test("shows 'Sẵn sàng nộp' when no error is left", async () => {
    const clean = unitReport(
      t,
      { unitName: "Xã Ẳng Cang", reportDate: "2024-07-01" },
      monthOfActionValues(4),
      Object.fromEntries(t.sections.filter((x) => x.narrative).map((x) => [x.id, "Đã làm."])),
    );
    const host = fakeHost({}, { readReport: async () => ({ ok: true, report: clean }) });
    render(<App host={host} lang="vi" initialJob="validate" />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ làm việc này" }));
    expect(await screen.findByText("Sẵn sàng nộp: không có lỗi.")).toBeTruthy();
  });

  test("a workbook without a report gets told how to start", async () => {
    render(<App host={fakeHost()} lang="vi" initialJob="validate" />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ làm việc này" }));
    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      "Sổ làm việc này chưa có báo cáo: hãy chèn mẫu báo cáo trước.",
    );
  });

  test("a workbook whose report cannot be read says why, in the reader's words", async () => {
    const failure = {
      code: "meta_invalid",
      message: { vi: "Trang _tonghop bị sửa: kỳ báo cáo không đọc được", en: "x" },
    };
    render(
      <App host={fakeHost({}, { readReport: async () => ({ ok: false, failure }) })} lang="vi" initialJob="validate" />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ làm việc này" }));
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", failure.message.vi);
  });
});

describe("Tổng hợp", () => {
  const units: UnitFile[] = [
    unitFile(
      "ang-cang.xlsx",
      unitReport(t, { unitName: "Xã Ẳng Cang", reportDate: "2024-07-01" }, monthOfActionValues(1)),
    ),
    unitFile("ang-to.xlsx", unitReport(t, { unitName: "Xã Ẳng Tở", reportDate: "2024-07-05" }, monthOfActionValues(2))),
    {
      file: "hong.xlsx",
      sha256: "x",
      read: { ok: false, failure: { code: "corrupt", message: { vi: "Tệp bị hỏng", en: "damaged" } } },
    },
  ];
  const chooseFiles = (names: string[]) => {
    const input = screen.getByLabelText("Chọn tệp…", { selector: "input" });
    fireEvent.change(input, { target: { files: names.map((n) => new File(["x"], n)) } });
  };

  test("reads the chosen files with progress, shows each file's status, and creates the summary", async () => {
    const host = fakeHost({
      parseFiles: async (files, onProgress) => {
        files.forEach((_, i) => onProgress(i + 1, files.length));
        return units;
      },
      rosterFromFile: async () => [{ name: "Xã Ẳng Cang" }, { name: "Xã Ẳng Tở" }, { name: "Xã Nặm Lịch" }],
    });
    render(<App host={host} lang="vi" initialJob="consolidate" />);
    chooseFiles(["ang-cang.xlsx", "ang-to.xlsx", "hong.xlsx"]);
    expect(screen.getByText("Đã chọn 3 tệp.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Chọn tệp danh sách (.csv, .xlsx, .xls)…", { selector: "input" }), {
      target: { files: [new File(["x"], "ds.csv")] },
    });
    await screen.findByText("Danh sách có 3 đơn vị.");
    type(/Hạn nộp/, "03/07/2024");
    type(/Đơn vị tổng hợp/, "Huyện Mường Ảng");
    fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
    expect(
      await screen.findByText("Trong 3 tệp: 2 tệp được tổng hợp, 1 tệp bị loại. 1 đơn vị chưa nộp, 1 đơn vị nộp muộn."),
    ).toBeTruthy();
    expect(screen.getByText("Xã Nặm Lịch")).toBeTruthy();
    const rows = screen.getAllByRole("row");
    expect(rows.map((r) => r.textContent)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/hong\.xlsx.*Không hợp lệ.*Tệp bị hỏng/),
        expect.stringMatching(/ang-to\.xlsx.*Đã tổng hợp.*Muộn/),
      ]),
    );
    fireEvent.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
    await screen.findByText(/Đã tạo bảng tổng hợp/);
    const [summary] = host.calls.writeSummary[0] as [Summary];
    expect(summary?.meta.unitName).toBe("Huyện Mường Ảng");
    expect(summary?.totals.launch_children).toBe(
      monthOfActionValues(1).launch_children + monthOfActionValues(2).launch_children,
    );
  });

  test("'Dừng' stops a long read and nothing is consolidated", async () => {
    const host = fakeHost({
      parseFiles: (files, onProgress, signal) =>
        new Promise((_, reject) => {
          onProgress(1, files.length);
          signal.addEventListener("abort", () => reject(new CancelledError()));
        }),
    });
    render(<App host={host} lang="vi" initialJob="consolidate" />);
    chooseFiles(["a.xlsx", "b.xlsx"]);
    type(/Đơn vị tổng hợp/, "Tỉnh Điện Biên");
    fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Dừng" })));
    expect(await screen.findByText("Đã dừng. Chưa tổng hợp.")).toBeTruthy();
    expect(host.calls.writeSummary).toBeUndefined();
  });
});

describe("text from files", () => {
  test("is shown as text, never as HTML", async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const files = [unitFile("x.xlsx", unitReport(t, { unitName: hostile }, monthOfActionValues(1)))];
    const host = fakeHost({ parseFiles: async () => files });
    const { container } = render(<App host={host} lang="vi" initialJob="consolidate" />);
    fireEvent.change(screen.getByLabelText("Chọn tệp…", { selector: "input" }), {
      target: { files: [new File(["x"], "x.xlsx")] },
    });
    type(/Đơn vị tổng hợp/, "Tỉnh Điện Biên");
    fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
    await screen.findByText(hostile);
    expect(container.querySelector("img")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
