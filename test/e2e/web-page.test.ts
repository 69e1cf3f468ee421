// The pane as a plain web page, in real Chromium (Debian's, driven by
// playwright-core): the three jobs on files (and the .docx to sign), the same results as the CLI,
// cancel, screenshots at 320 px and desktop width, accessibility, and no
// network request leaving the machine.
import { strFromU8, unzipSync } from "fflate";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutReport } from "../../src/core/layout/report";
import { renderXlsx } from "../../src/xlsx/write";
import { readReportBytes } from "../../src/xlsx/report-file";
import { run } from "../helpers/cli";
import { metaFor, template } from "../helpers/reports";
import { env, newContext, open, outsideRequests, setUp, shot } from "./browser";

setUp();
const dir = env.dir;

/** A downloaded .docx's text, runs joined. */
function docxText(file: string): string {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))["word/document.xml"]);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

test("Mẫu báo cáo: downloads a new report workbook for the unit", async () => {
  const page = await open(320);
  await shot(page, "mau-bao-cao-320");
  await page.getByLabel("Tên đơn vị báo cáo").fill("Xã Ẳng Cang");
  await page.getByLabel("Kỳ báo cáo").fill("2024");
  await page.getByLabel("Ngày báo cáo (ngày/tháng/năm)").fill("03/07/2024");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải mẫu báo cáo (.xlsx)" }).click(),
  ]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toBe("bao-cao-xa-ang-cang-2024.xlsx");
  const r = readReportBytes(readFileSync(file), "x.xlsx");
  expect(r.ok && r.report.meta).toMatchObject({
    unitName: "Xã Ẳng Cang",
    period: "2024",
    reportDate: "2024-07-03",
    templateId: "thang-hanh-dong",
  });
  await expect(page.getByText("Đã tải về tệp bao-cao-xa-ang-cang-2024.xlsx.").isVisible()).resolves.toBe(true);
  // A filled report chosen here comes back as the document the commune signs (.docx).
  const [word] = await Promise.all([
    page.waitForEvent("download"),
    page
      .locator('input[type=file][aria-label="Tải báo cáo (.docx) từ tệp đã điền…"]')
      .setInputFiles(join(dir, "examples", "units", "xa-ang-cang.xlsx")),
  ]);
  expect(word.suggestedFilename()).toBe("bao-cao-xa-ang-cang-2024.docx");
  await word.saveAs(join(dir, "ang-cang.docx"));
  expect(docxText(join(dir, "ang-cang.docx"))).toContain("ỦY BAN NHÂN DÂN XÃ ẲNG CANG");
  await page.setViewportSize({ width: 1366, height: 1000 });
  await shot(page, "mau-bao-cao-desktop");
  await page.context().close();
});

test("Kiểm tra số liệu: uploaded workbooks are checked and findings name their cells", async () => {
  const t = template("thang-hanh-dong");
  const wrong = join(dir, "sai.xlsx");
  writeFileSync(
    wrong,
    await renderXlsx(
      layoutReport(t, metaFor(t, { unitName: "Xã Ẳng Tở" }), {
        values: { launch_sites: 2, launch_children: "12 vụ", gifts_children: 50, gifts_funds: "1.500.000" },
      }).model,
    ),
  );
  const page = await open(320, "validate");
  await page
    .locator('input[type=file][aria-label="Chọn tệp báo cáo để kiểm tra"]')
    .setInputFiles([wrong, join(dir, "examples", "units", "xa-ang-cang.xlsx")]);
  await page.getByText(/Còn 1 lỗi cần sửa trước khi nộp/).waitFor();
  await expect(page.getByText(/"12 vụ" không phải là số/).isVisible()).resolves.toBe(true);
  await expect(page.getByText("Sẵn sàng nộp: không có lỗi.").isVisible()).resolves.toBe(true);
  await shot(page, "kiem-tra-320");
  await page.setViewportSize({ width: 1366, height: 1000 });
  await shot(page, "kiem-tra-desktop");
  await page.context().close();
});

test("Tổng hợp: the sample units consolidate in the page exactly as on the command line", async () => {
  const units = join(dir, "examples", "units");
  const files = [
    "thi-tran-muong-ang",
    "xa-ang-cang",
    "xa-ang-nua",
    "xa-ang-to",
    "xa-bung-lao",
    "xa-muong-dang",
    "xa-muong-lan",
    "xa-ngoi-cay",
    "xa-xuan-lao-ban-cu",
    "xa-xuan-lao",
  ].map((n) => join(units, `${n}.xlsx`));
  const page = await open(1366, "consolidate");
  await page.locator('input[type=file][aria-label="Chọn tệp…"]').setInputFiles(files);
  await page
    .locator('input[type=file][aria-label="Chọn tệp danh sách (.csv, .xlsx, .xls)…"]')
    .setInputFiles(join(dir, "examples", "roster.csv"));
  await page.getByText("Danh sách có 10 đơn vị.").waitFor();
  await page.getByLabel("Hạn nộp (ngày/tháng/năm)").fill("03/07/2024");
  await page.getByLabel(/^Đơn vị tổng hợp/).fill("Huyện Mường Ảng");
  await page.getByRole("button", { name: "Đọc và tổng hợp" }).click();
  await page
    .getByText(
      "Trong 10 tệp: 9 tệp được tổng hợp, 2 tệp có lỗi (ô lỗi không được tính), 1 bản cũ hoặc trùng lặp. 1 đơn vị chưa nộp, 1 đơn vị nộp muộn.",
    )
    .waitFor();
  await expect(page.getByText("Hạn nộp áp dụng: 03/07/2024 (do người tổng hợp nhập).").isVisible()).resolves.toBe(true);
  await expect(page.getByText("Chưa nộp (1)").isVisible()).resolves.toBe(true);
  const rows = await page.getByRole("row").allTextContents();
  expect(rows.find((r) => r.includes("xa-xuan-lao-ban-cu.xlsx"))).toContain("Bản cũ");
  expect(rows.find((r) => r.includes("thi-tran-muong-ang.xlsx"))).toMatch(/Đã tổng hợp.*Muộn/);
  expect(rows.find((r) => r.includes("xa-ang-to.xlsx"))).toContain("1 lỗi");
  await shot(page, "tong-hop-desktop");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).click(),
  ]);
  const web = join(dir, "web-summary.xlsx");
  await download.saveAs(web);
  // Beside it, the document the district signs: every commune's text in it.
  const [word] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải báo cáo (.docx)" }).click(),
  ]);
  expect(word.suggestedFilename()).toBe("tong-hop-huyen-muong-ang-2024.docx");
  const docx = join(dir, "web-summary.docx");
  await word.saveAs(docx);
  const text = docxText(docx);
  for (const unit of ["Xã Ẳng Cang", "Xã Búng Lao", "Thị trấn Mường Ảng"]) expect(text).toContain(`${unit}: `);
  expect(text).toContain("Phụ lục I");
  await page.setViewportSize({ width: 320, height: 1000 });
  await shot(page, "tong-hop-320");
  await page.context().close();

  const cli = await run(
    "consolidate",
    ...files,
    "--roster",
    join(dir, "examples", "roster.csv"),
    "--deadline",
    "03/07/2024",
    "--as-unit",
    "Huyện Mường Ảng",
    "--json",
  );
  const cliTotals = JSON.parse(cli.out).totals as Record<string, number>;
  const fromWeb = readReportBytes(readFileSync(web), "web-summary.xlsx");
  if (!fromWeb.ok) throw new Error(fromWeb.failure.message.en);
  expect(fromWeb.report.meta.unitName).toBe("Huyện Mường Ảng");
  const webTotals = Object.fromEntries(Object.entries(fromWeb.report.readings).map(([k, r]) => [k, r.value]));
  expect(webTotals).toEqual(cliTotals);
});

test("Tổng hợp: 'Dừng' stops a long run of 600 files", async () => {
  const many = join(dir, "many");
  mkdirSync(many);
  const bytes = readFileSync(join(dir, "examples", "units", "xa-ang-cang.xlsx"));
  const paths = Array.from({ length: 600 }, (_, i) => {
    const p = join(many, `don-vi-${i}.xlsx`);
    writeFileSync(p, bytes);
    return p;
  });
  const page = await open(320, "consolidate");
  await page.locator('input[type=file][aria-label="Chọn tệp…"]').setInputFiles(paths);
  await page.getByLabel(/^Đơn vị tổng hợp/).fill("Huyện Mường Ảng");
  await page.getByRole("button", { name: "Đọc và tổng hợp" }).click();
  await page.getByRole("button", { name: "Dừng" }).click();
  await page.getByText("Đã dừng. Chưa tổng hợp.").waitFor();
  await expect(page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).count()).resolves.toBe(0);
  await page.context().close();
});

test("work is kept: a tab switch keeps the results, reloading with an unsaved summary asks first", async () => {
  const units = join(dir, "examples", "units");
  const page = await open(320, "consolidate");
  await page
    .locator('input[type=file][aria-label="Chọn tệp…"]')
    .setInputFiles([join(units, "xa-ang-cang.xlsx"), join(units, "xa-ang-to.xlsx")]);
  await page.getByLabel(/^Đơn vị tổng hợp/).fill("Tỉnh Điện Biên");
  await page.getByRole("button", { name: "Đọc và tổng hợp" }).click();
  const download = page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" });
  await download.waitFor();
  await page.getByRole("tab", { name: "Kiểm tra số liệu" }).click();
  await expect(download.isVisible()).resolves.toBe(false);
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  await expect(download.isVisible()).resolves.toBe(true);
  await expect(page.getByLabel(/^Đơn vị tổng hợp/).inputValue()).resolves.toBe("Tỉnh Điện Biên");
  // Reloading asks (the browser's own "leave site?" dialog); staying keeps everything.
  const asked = new Promise<string>((resolve) => page.once("dialog", (d) => (resolve(d.type()), void d.dismiss())));
  void page.reload().catch(() => undefined);
  await expect(asked).resolves.toBe("beforeunload");
  await expect(download.isVisible()).resolves.toBe(true);
  // Once downloaded, nothing is lost by leaving: no question.
  await Promise.all([page.waitForEvent("download"), download.click()]);
  await page.getByText(/^Đã tải về tệp tong-hop-/).waitFor();
  let askedAgain = false;
  page.on("dialog", (d) => ((askedAgain = true), void d.accept()));
  await page.reload();
  expect(askedAgain).toBe(false);
  await page.context().close();
});

test("every control has a name and axe finds no serious accessibility violation", async () => {
  const context = await newContext({ viewport: { width: 320, height: 1000 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(env.base);
  for (const job of ["Mẫu báo cáo", "Kiểm tra số liệu", "Tổng hợp"]) {
    await page.getByRole("tab", { name: job }).click();
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const result = (await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      // Fluent UI's focus manager (Tabster) adds zero-size aria-hidden sentinels
      // (data-tabster-dummy) that take focus only to pass it on: not page content.
      return axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] });
    })) as { violations: { id: string; impact: string; nodes: unknown[] }[] };
    const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect({ job, serious: serious.map((v) => v.id) }).toEqual({ job, serious: [] });
    const unnamed = await page.evaluate(
      () =>
        [...document.querySelectorAll("button, input:not([hidden]), select, [role=tab]")].filter((el) => {
          const label =
            el.getAttribute("aria-label") ||
            el.textContent?.trim() ||
            (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
            el.getAttribute("aria-labelledby");
          return !label;
        }).length,
    );
    expect(unnamed).toBe(0);
  }
  await context.close();
});

test("the web page asked no host but its own, and its CSP held without a violation", () => {
  // Every context above recorded its requests (newContext); the web page loads no office.js at all.
  expect(env.recorded.requests.length).toBeGreaterThan(10);
  expect(outsideRequests()).toEqual([]);
  expect(env.recorded.csp).toEqual([]);
});
