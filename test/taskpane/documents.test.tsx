/** @jest-environment jsdom */
// "Tải báo cáo (.docx)" in the pane: beside the summary, and in Mẫu báo cáo from the open workbook (Excel) or a
// filled report file (the web page). The host hands the file over; Excel on Mac and iPad cannot, and the pane
// then says how to get the document, with a button that opens the web page in the system's browser.
import { fireEvent, render, screen } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import type { UnitFile } from "../../src/core/consolidate";
import { monthOfActionValues } from "../../src/demo/samples";
import { App } from "../../src/taskpane/components/App";
import { DOCX_TYPE } from "../../src/taskpane/host/save-file";
import { excelHost } from "../../src/taskpane/host/excel-host";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";
import { fakeHost, filesHost } from "./fake-host";

const t = template("thang-hanh-dong");
const report = (name: string, i: number) =>
  unitReport(t, { unitName: name, reportDate: "2024-07-01" }, monthOfActionValues(i), {
    "I.1": `${name} đã ban hành kế hoạch.`,
  });
const files: UnitFile[] = [
  unitFile("ang-cang.xlsx", report("Xã Ẳng Cang", 1)),
  unitFile("ang-nua.xlsx", report("Xã Ẳng Nưa", 2)),
];
const LONG = { timeout: 20_000 };

/** The text of a .docx the pane handed over. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ");
}

test("beside the summary: the summary's document, handed over as a .docx with every unit's text", async () => {
  const host = filesHost({ parseFiles: async () => files });
  render(<App host={host} lang="vi" initialJob="consolidate" />);
  fireEvent.change(screen.getByLabelText("Chọn tệp…", { selector: "input" }), {
    target: { files: [new File(["x"], "ang-cang.xlsx"), new File(["x"], "ang-nua.xlsx")] },
  });
  fireEvent.change(screen.getByLabelText(/Đơn vị tổng hợp/), { target: { value: "Huyện Mường Ảng" } });
  fireEvent.click(screen.getByRole("button", { name: "Đọc và tổng hợp" }));
  fireEvent.click(await screen.findByRole("button", { name: "Tải báo cáo (.docx)" }, LONG));
  await screen.findByText("Đã tải về tệp tong-hop-huyen-muong-ang-2024.docx.", {}, LONG);
  const [bytes, name, type] = host.calls.saveFile[0] as [Uint8Array, string, string];
  expect([name, type]).toEqual(["tong-hop-huyen-muong-ang-2024.docx", DOCX_TYPE]);
  const text = docxText(bytes);
  expect(text).toContain("Xã Ẳng Cang đã ban hành kế hoạch.");
  expect(text).toContain("Xã Ẳng Nưa đã ban hành kế hoạch.");
  expect(text).toContain("Phụ lục I");
});

test("Mẫu báo cáo in Excel: the open workbook's report as its document", async () => {
  const host = fakeHost({}, { readReport: async () => ({ ok: true, report: report("Xã Búng Lao", 3) }) });
  render(<App host={host} lang="vi" />);
  fireEvent.click(screen.getByRole("button", { name: "Tải báo cáo (.docx)" }));
  await screen.findByText("Đã tải về tệp bao-cao-xa-bung-lao-2024.docx.", {}, LONG);
  expect(host.calls.readReport).toHaveLength(1);
  expect(docxText((host.calls.saveFile[0] as [Uint8Array])[0])).toContain("Xã Búng Lao đã ban hành kế hoạch.");
});

test("Mẫu báo cáo on the web page: a filled report file as its document", async () => {
  const host = filesHost({ parseFiles: async () => [files[0]] });
  render(<App host={host} lang="vi" />);
  fireEvent.change(screen.getByLabelText("Tải báo cáo (.docx) từ tệp đã điền…", { selector: "input" }), {
    target: { files: [new File(["x"], "ang-cang.xlsx")] },
  });
  await screen.findByText("Đã tải về tệp bao-cao-xa-ang-cang-2024.docx.", {}, LONG);
});

test("an Excel that cannot download says how to get the document, and opens the web page on request", async () => {
  const opened: string[] = [];
  const host = fakeHost(
    { saveFile: () => ({ ok: false, why: "saveNotHere", openWebPage: () => opened.push("web page") }) },
    { readReport: async () => ({ ok: true, report: report("Xã Búng Lao", 3) }) },
  );
  render(<App host={host} lang="vi" />);
  fireEvent.click(screen.getByRole("button", { name: "Tải báo cáo (.docx)" }));
  await screen.findByText(/^Excel trên máy Mac, iPad và điện thoại không cho phần bổ trợ tải tệp về máy/, {}, LONG);
  expect(screen.getByText(/tonghop docx <tệp.xlsx> --out <tệp.docx>/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Mở trang web" }));
  expect(opened).toEqual(["web page"]);
});

describe("the Excel host hands a file over as each Excel allows", () => {
  const clicked: string[] = [];
  const browser: string[] = [];
  const office = (platform: string, browserWindow: boolean) =>
    Object.assign(globalThis, {
      Office: {
        PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS" },
        context: {
          platform,
          displayLanguage: "vi-VN",
          requirements: { isSetSupported: (set: string) => set !== "OpenBrowserWindowApi" || browserWindow },
          ui: { openBrowserWindow: (url: string) => browser.push(url) },
          document: { settings: { get: () => null, set: () => undefined, remove: () => undefined } },
        },
      },
    });
  beforeAll(() => {
    Object.assign(URL, { createObjectURL: () => "blob:x", revokeObjectURL: () => undefined });
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
  });

  test.each(["PC", "OfficeOnline"])("Excel on %s: a download", (platform) => {
    office(platform, true);
    expect(excelHost("worker.js").saveFile(new Uint8Array([1]), "a.docx", DOCX_TYPE)).toEqual({
      ok: true,
      file: "a.docx",
    });
    expect(clicked.pop()).toBe("a.docx");
  });

  test.each(["Mac", "iOS"])("Excel on %s: no download; the web page in the system's browser", (platform) => {
    office(platform, true);
    const r = excelHost("worker.js").saveFile(new Uint8Array([1]), "a.docx", DOCX_TYPE);
    expect(r).toMatchObject({ ok: false, why: "saveNotHere" });
    expect(clicked).toEqual([]);
    if (!r.ok) r.openWebPage?.();
    expect(browser.pop()).toMatch(/\/index\.html$/);
  });

  test("an Excel without OpenBrowserWindowApi: only the words", () => {
    office("Mac", false);
    const r = excelHost("worker.js").saveFile(new Uint8Array([1]), "a.docx", DOCX_TYPE);
    expect(r).toEqual({ ok: false, why: "saveNotHere" });
  });
});
