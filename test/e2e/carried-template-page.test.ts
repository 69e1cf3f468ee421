// The web page's parsing workers read the template each report carries: reports
// made from a user's template (never installed in the page) are consolidated
// in Chromium to the totals the command line gives, a report whose carried
// template was edited is rejected with the reason, and the summary downloaded
// carries the template too (the command line consolidates it one level up).
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { TEMPLATE_SHEET } from "../../src/core/form/sheets";
import { templateFields } from "../../src/core/templates";
import { run } from "../helpers/cli";
import { openpyxlCells } from "../helpers/openpyxl-cells";
import { openpyxlEdit } from "../helpers/openpyxl";
import { DROWNING_OUTLINE, FORUM_OUTLINE } from "../helpers/outlines";
import { amount, filledReport, templateFile } from "../helpers/user-template-reports";
import { env, open, setUp } from "./browser";

setUp();

test("reports from a user's template are consolidated in the page with no template file", async () => {
  const inbox = join(env.dir, "carried");
  mkdirSync(inbox);
  const { file: mau, template } = await templateFile(env.dir, FORUM_OUTLINE);
  await filledReport(mau, "Xã Ẳng Cang", "2025-6T", join(inbox, "ang-cang.xlsx"), 2);
  await filledReport(mau, "Xã Búng Lao", "2025-6T", join(inbox, "bung-lao.xlsx"), 5);
  // One report whose carried template was edited after it was written.
  const json = String(
    openpyxlCells(join(inbox, "ang-cang.xlsx"), TEMPLATE_SHEET).cells.find((c) => c.cell === "A2")?.value,
  );
  const edited = json.replace("Số xã tổ chức diễn đàn", "Số xã (đã sửa)");
  expect(edited).not.toBe(json);
  openpyxlEdit([
    {
      src: join(inbox, "ang-cang.xlsx"),
      out: join(inbox, "xuan-lao.xlsx"),
      cells: [{ sheet: TEMPLATE_SHEET, cell: "A2", kind: "text", value: edited }],
    },
  ]);

  const page = await open(1280, "consolidate");
  await page
    .locator('input[type=file][aria-label="Chọn tệp…"]')
    .setInputFiles(readdirSync(inbox).map((f) => join(inbox, f)));
  await page.getByLabel(/^Đơn vị tổng hợp/).fill("Huyện Mường Ảng");
  await page.getByRole("button", { name: "Đọc và tổng hợp" }).click();
  const download = page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" });
  await download.waitFor();
  await page.getByText("đã bị sửa").first().waitFor();
  const [saved] = await Promise.all([page.waitForEvent("download"), download.click()]);
  const web = join(env.dir, "carried-summary.xlsx");
  await saved.saveAs(web);
  await page.context().close();

  // The summary, read by the command line one level up, gives the two good units' sums.
  const up = join(env.dir, "carried-up");
  mkdirSync(up);
  copyFileSync(web, join(up, "huyen.xlsx"));
  const r = await run("consolidate", up, "--json", "--as-unit", "Sở Y tế", "--level", "tinh");
  const totals = (JSON.parse(r.out) as { totals: Record<string, number> }).totals;
  for (const f of templateFields(template)) expect([f.id, totals[f.id]]).toEqual([f.id, amount(f.kind, 7)]);
  expect(openpyxlCells(web, REPORT_SHEET).cells.some((c) => c.value === "Số xã tổ chức diễn đàn")).toBe(true);
});

test("in Chromium: an outline pasted into the pane is previewed and a report made from it downloaded", async () => {
  const page = await open(320);
  await page.getByLabel("Tạo mẫu từ đề cương").fill(DROWNING_OUTLINE);
  await page.getByRole("button", { name: "Xem trước mẫu" }).click();
  const preview = page.getByRole("region", { name: "Mẫu tạo từ đề cương" });
  await preview.getByText("Biểu 1. Kết quả dạy bơi").waitFor();
  await preview.getByLabel("Kinh phí › Ngân sách").waitFor();
  await page.getByRole("button", { name: "Dùng mẫu này" }).click();
  await page.getByText(/^Đang dùng mẫu/).waitFor();
  await page.getByLabel("Tên đơn vị báo cáo").fill("Xã Ẳng Cang");
  await page.getByLabel("Kỳ báo cáo").fill("2025");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải mẫu báo cáo (.xlsx)" }).click(),
  ]);
  const file = join(env.dir, "tu-de-cuong.xlsx");
  await download.saveAs(file);
  await page.context().close();
  // The command line, given no template file, reads it with the template it carries.
  const r = await run("validate", file, "--json");
  const [read] = JSON.parse(r.out) as { template: string; unit: string; period: string }[];
  expect(read).toMatchObject({
    template: "ket-qua-cong-tac-phong-chong-duoi-nuoc-tre-em",
    unit: "Xã Ẳng Cang",
    period: "2025",
  });
});
