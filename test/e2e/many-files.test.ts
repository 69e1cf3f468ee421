// A province's inbox of 200 commune reports (and last year's twelve mixed in,
// a few damaged, late or wrong) in the web page: results to act on at a glance,
// the summary button in view right after the run and pressed once however often
// it is clicked, Kiểm tra số liệu on the same 200 with progress and a short
// page, and nothing spilling at 320 px. Screenshots for the guide.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { monthOfActionValues } from "../../src/demo/samples";
import { metaFor, template, writeReport } from "../helpers/reports";
import { env, open, setUp, shot } from "./browser";
import { overflows } from "./fit";

setUp();
const t = template("thang-hanh-dong");
const narratives = Object.fromEntries(
  t.sections.filter((x) => x.narrative).map((x) => [x.id, "Đã triển khai theo kế hoạch."]),
);
const name = (i: number) => `Xã Số ${String(i + 1).padStart(3, "0")}`;
const files: string[] = [];

beforeAll(async () => {
  const dir = join(env.dir, "inbox");
  mkdirSync(dir);
  // 197 of 200 communes sent; 10 with a number typed as words, 5 late.
  for (let i = 0; i < 197; i++) {
    const values: Record<string, number | string> = monthOfActionValues(i + 1);
    if (i % 20 === 7) values.launch_children = "hai trăm";
    const reportDate = i % 40 === 3 ? "2024-07-25" : "2024-07-01";
    files.push(
      await writeReport(dir, `xa-so-${i + 1}.xlsx`, t, metaFor(t, { unitName: name(i), reportDate }), {
        values,
        narratives,
      }),
    );
  }
  // Last year's reports of twelve communes, kept in the same folder.
  for (let i = 0; i < 12; i++)
    files.push(
      await writeReport(
        dir,
        `nam-truoc-${i + 1}.xlsx`,
        t,
        metaFor(t, { unitName: name(i), period: "2023", reportDate: "2023-07-01" }),
        { values: monthOfActionValues(500 + i), narratives },
      ),
    );
  // Damaged and wrong files.
  writeFileSync(join(dir, "rong.xlsx"), new Uint8Array(0));
  writeFileSync(join(dir, "hong.xlsx"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
  writeFileSync(join(dir, "ghi-chu.txt"), "Báo cáo gửi sau.");
  files.push(join(dir, "rong.xlsx"), join(dir, "hong.xlsx"), join(dir, "ghi-chu.txt"));
  writeFileSync(
    join(dir, "danh-sach.csv"),
    ["Mã,Tên đơn vị", ...Array.from({ length: 200 }, (_, i) => `${10000 + i},${name(i)}`)].join("\n"),
  );
});

async function consolidateAll(page: Page): Promise<void> {
  await page.locator('input[type=file][aria-label="Chọn tệp…"]').setInputFiles(files);
  await page
    .locator('input[type=file][aria-label^="Chọn tệp danh sách"]')
    .setInputFiles(join(env.dir, "inbox", "danh-sach.csv"));
  await page.getByText("Danh sách có 200 đơn vị.").waitFor();
  await page.getByLabel(/^Đơn vị tổng hợp/).fill("Tỉnh Điện Biên");
  await page.getByRole("button", { name: "Đọc và tổng hợp" }).click();
  await page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).waitFor();
}

test("200 communes: counts in words, attention first, the button in view and pressed once, a page of bounded length", async () => {
  const page = await open(1366, "consolidate", 768);
  await consolidateAll(page);
  await page
    .getByText(
      "Trong 212 tệp: 197 tệp được tổng hợp, 10 tệp có lỗi (ô lỗi không được tính), 15 tệp bị loại. 3 đơn vị chưa nộp, 5 đơn vị nộp muộn.",
    )
    .waitFor();
  await expect(
    page
      .getByText(/^Kỳ báo cáo 2024 \(kỳ mới nhất trong các tệp\)\. Các kỳ khác trong các tệp: 2023 \(12 tệp\)\./)
      .isVisible(),
  ).resolves.toBe(true);
  await expect(page.getByText(/^Hạn nộp áp dụng: .* \(theo mẫu báo cáo/).isVisible()).resolves.toBe(true);
  // Right after the run the button is on screen, not 17,000 pixels down.
  const button = page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" });
  const box = await button.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
  const rows = await page.getByRole("row").allTextContents();
  expect(rows.slice(1, 4).every((r) => /Không hợp lệ/.test(r))).toBe(true);
  expect(rows.find((r) => r.startsWith("rong.xlsx"))).toMatch(/Tệp rỗng/);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(8000);
  await shot(page, "tong-hop-200-desktop", false);
  await page.getByLabel("Lọc theo trạng thái").selectOption("problems");
  await expect(page.getByRole("row").count()).resolves.toBe(1 + 15 + 10);
  await page.getByLabel("Lọc theo trạng thái").selectOption("all");
  // A double click makes one file.
  let downloads = 0;
  page.on("download", () => (downloads += 1));
  await button.dblclick();
  await page.getByText(/^Đã tải về tệp tong-hop-tinh-dien-bien-2024\.xlsx\./).waitFor();
  await page.waitForTimeout(1500);
  expect(downloads).toBe(1);
  await page.context().close();
});

test("at 320 px nothing spills: form, results with pills and badges, tabs on one line", async () => {
  const page = await open(320, "consolidate");
  expect(await overflows(page)).toEqual([]);
  await consolidateAll(page);
  await page.getByText(/^Trong 212 tệp/).waitFor();
  await shot(page, "tong-hop-200-320", false);
  await page
    .locator("details")
    .filter({ hasText: "Chưa nộp (3)" })
    .evaluate((d) => ((d as HTMLDetailsElement).open = true));
  expect(await overflows(page)).toEqual([]);
  for (const tab of ["Mẫu báo cáo", "Kiểm tra số liệu"]) {
    await page.getByRole("tab", { name: tab }).click();
    // Fluent slides the selection bar from the old tab to the new one: measure once it has arrived.
    await page.waitForFunction(() => {
      const selected = document.querySelector("[role=tab][aria-selected=true]");
      const bar = selected && getComputedStyle(selected, "::after").transform;
      return bar === "none" || bar === "matrix(1, 0, 0, 1, 0, 0)";
    });
    expect({ tab, spills: await overflows(page) }).toEqual({ tab, spills: [] });
  }
  await page.context().close();
});

test("Kiểm tra số liệu on 200 files: progress and stop as in Tổng hợp, then one line per file, errors first", async () => {
  const page = await open(1366, "validate", 768);
  await page.locator('input[type=file][aria-label="Chọn tệp báo cáo để kiểm tra"]').setInputFiles(files);
  await page.getByRole("progressbar").waitFor();
  await expect(page.getByRole("button", { name: "Dừng" }).isVisible()).resolves.toBe(true);
  await page.getByText(/^Đã kiểm tra 212 tệp: 199 sẵn sàng nộp, 10 còn lỗi, 3 không đọc được\./).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(12_000);
  await shot(page, "kiem-tra-200-desktop", false);
  await page.setViewportSize({ width: 320, height: 1000 });
  expect(await overflows(page)).toEqual([]);
  await shot(page, "kiem-tra-200-320", false);
  await page.context().close();
});
