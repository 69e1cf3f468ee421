/** @jest-environment jsdom */
// Kiểm tra số liệu on many files, and what a commune sees checking its own:
// progress and stop as in Tổng hợp, files with errors first and folded, findings
// grouped by table in the template's order, advice that fits the user's own file.
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { UnitFile } from "../../src/core/consolidate";
import { monthOfActionValues } from "../../src/demo/samples";
import { App } from "../../src/taskpane/components/App";
import { CancelledError } from "../../src/worker/pool";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";
import { fakeHost, filesHost } from "./fake-host";
import { findButton } from "./find-button";

const t = template("thang-hanh-dong");
const narratives = Object.fromEntries(t.sections.filter((x) => x.narrative).map((x) => [x.id, "Đã làm."]));
const clean = (file: string, unitName: string, n: number) =>
  unitFile(file, unitReport(t, { unitName, reportDate: "2024-07-01" }, monthOfActionValues(n), narratives));
const wrong = unitReport(
  t,
  { unitName: "Xã Búng Lao", reportDate: "2024-07-01" },
  { ...monthOfActionValues(3), recreation_children: "12 vụ", gifts_children: "hai", funds_state: "abc" },
  narratives,
);
const pick = (names: string[]) =>
  fireEvent.change(screen.getByLabelText("Chọn tệp báo cáo để kiểm tra", { selector: "input" }), {
    target: { files: names.map((n) => new File(["x"], n)) },
  });

test("many files: progress and a stop button, then one line of counts and the files with errors first, folded", async () => {
  const files: UnitFile[] = [
    clean("a.xlsx", "Xã A", 1),
    clean("b.xlsx", "Xã B", 2),
    unitFile("bung-lao.xlsx", wrong),
    clean("c.xlsx", "Xã C", 4),
  ];
  let release: () => void = () => undefined;
  const host = filesHost({
    parseFiles: (f, onProgress) =>
      new Promise((resolve) => {
        onProgress(1, f.length);
        release = () => resolve(files);
      }),
  });
  render(<App host={host} lang="vi" initialJob="validate" />);
  pick(files.map((f) => f.file));
  expect(await screen.findByRole("progressbar")).toBeTruthy();
  expect(screen.getByText("Đang đọc 1/4 tệp…")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Dừng" })).toBeTruthy();
  await act(async () => release());
  expect(await screen.findByText("Đã kiểm tra 4 tệp: 3 sẵn sàng nộp, 1 còn lỗi, 0 không đọc được.")).toBeTruthy();
  const folded = document.querySelectorAll("details");
  expect(folded).toHaveLength(4);
  expect(folded[0].querySelector("summary")?.textContent).toMatch(/^bung-lao\.xlsx — Xã Búng Lao.*3 lỗi/);
  expect([...folded].every((d) => !d.open)).toBe(true);
});

test("'Dừng' stops checking many files", async () => {
  const host = filesHost({
    parseFiles: (f, onProgress, signal) =>
      new Promise((_, reject) => {
        onProgress(1, f.length);
        signal.addEventListener("abort", () => reject(new CancelledError()));
      }),
  });
  render(<App host={host} lang="vi" initialJob="validate" />);
  pick(["a.xlsx", "b.xlsx"]);
  await act(async () => fireEvent.click(await findButton("Dừng")));
  expect(await screen.findByText("Đã dừng kiểm tra.")).toBeTruthy();
});

test("findings are grouped by table in the template's order", async () => {
  const host = fakeHost({}, { readReport: async () => ({ ok: true, report: wrong }) });
  render(<App host={host} lang="vi" initialJob="validate" />);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ làm việc này" }));
  await screen.findByText(/Còn 3 lỗi/);
  const groups = screen
    .getAllByRole("region")
    .map((r) => r.getAttribute("aria-label") ?? "")
    .filter((n) => n.startsWith("Bảng"));
  expect(groups.length).toBe(3);
  expect(groups).toEqual([...groups].sort());
});

test("a damaged file gets advice for its own author, not 'ask the unit to send it again'", async () => {
  const damaged: UnitFile = {
    file: "bao-cao.xlsx",
    sha256: "",
    read: {
      ok: false,
      failure: { code: "corrupt", message: { vi: "Tệp bị hỏng. Hãy đề nghị đơn vị gửi lại tệp.", en: "x" } },
    },
  };
  render(<App host={filesHost({ parseFiles: async () => [damaged] })} lang="vi" initialJob="validate" />);
  pick(["bao-cao.xlsx"]);
  const alert = await screen.findByText(/^bao-cao\.xlsx: Tệp bị hỏng hoặc chưa lưu/);
  expect(alert.textContent).toMatch(/Hãy mở tệp bằng Excel/);
  expect(alert.textContent).not.toMatch(/đề nghị đơn vị/);
});
