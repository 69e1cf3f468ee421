// Mẫu báo cáo › Tạo mẫu từ đề cương in Chromium, at 1366 and 320 px: seed 000's outline pasted as a Word table
// with merged header cells pastes it (3 group names over 6 columns) is asked about, previewed with its
// two-level header, used with the period its title names (not the machine's year), the confirmation focused
// where the user is; the outline and the template survive a reload; the template downloaded as JSON opens in
// another browser with the same identity. axe finds nothing serious at each step.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SEED_000_OUTLINE } from "../helpers/outlines";
import { env, open, seriousViolations, setUp, shot } from "./browser";
import { overflows } from "./fit";

setUp();

const FULL_ROW = "Tặng quà\t\tCấp học bổng\t\tKhám bệnh, chữa bệnh miễn phí cho trẻ em\t";
const MERGED = SEED_000_OUTLINE.replace(FULL_ROW, "Tặng quà\tCấp học bổng\tKhám bệnh, chữa bệnh miễn phí cho trẻ em");
const OWN = /^Báo cáo kết quả .* \(mẫu riêng\)$/;

/** The element with focus: its text, and whether it is wholly on screen. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return { text: el.textContent ?? "", inView: box.top >= 0 && box.bottom <= window.innerHeight };
  });

test("seed 000's outline: the uneven header asked, the period its title names, kept across a reload", async () => {
  expect(MERGED).not.toBe(SEED_000_OUTLINE);
  const page = await open(1366, undefined, 768, true);
  await page.getByText("Tạo mẫu từ đề cương").click();
  await page.getByLabel(/^Đề cương/).fill(MERGED);
  await page.getByRole("button", { name: "Xem trước mẫu" }).click();

  // Asked, with the even split proposed, before any template is made.
  const question = page.getByRole("group", { name: "Bảng có ô tiêu đề gộp" });
  await question.getByText(/3 tên nhóm trên 6 cột: mỗi nhóm 2 cột\?/).waitFor();
  await expect(question.getByLabel("Số cột của «Tặng quà»").inputValue()).resolves.toBe("2");
  await expect(page.getByRole("region", { name: "Mẫu tạo từ đề cương" }).count()).resolves.toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await question.getByRole("button", { name: "Dùng cách chia này" }).click();

  // The real two-level header: each group's name over its two columns.
  const preview = page.getByRole("region", { name: "Mẫu tạo từ đề cương" });
  const grid = preview.getByRole("table", { name: "Bảng 2 - Hoạt động hỗ trợ trẻ em" });
  for (const name of ["Tặng quà", "Cấp học bổng", "Khám bệnh, chữa bệnh miễn phí cho trẻ em"])
    await expect(grid.getByRole("columnheader", { name, exact: true }).getAttribute("colspan")).resolves.toBe("2");
  await page.getByRole("button", { name: "Dùng mẫu này" }).click();

  // The confirmation takes focus where the user is, and the period is the outline's year as people say it.
  await page.getByText(/^Đang dùng mẫu/).waitFor();
  const answer = await focused(page);
  expect(answer.inView).toBe(true);
  expect(answer.text).toMatch(/^Đang dùng mẫu ".*Kỳ báo cáo: Năm 2024 \(theo tên báo cáo trong đề cương\)\.$/);
  await expect(page.getByLabel("Kỳ báo cáo").inputValue()).resolves.toBe("2024");
  await expect(page.getByLabel("Kỳ báo cáo").locator("option:checked").textContent()).resolves.toBe("Năm 2024");
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, "mau-tu-de-cuong-desktop", false);

  // A reload: the template is still chosen, the outline where it was left, the period its own.
  await page.reload();
  const choice = page.getByRole("combobox", { name: "Mẫu báo cáo" });
  await expect(choice.locator("option:checked").textContent()).resolves.toMatch(OWN);
  await expect(page.getByLabel(/^Đề cương/).inputValue()).resolves.toBe(MERGED.replace(/\r\n/g, "\n"));
  await expect(preview.getByRole("table", { name: "Bảng 2 - Hoạt động hỗ trợ trẻ em" }).isVisible()).resolves.toBe(
    true,
  );

  // At 320 px nothing spills, the header grid included.
  await page.setViewportSize({ width: 320, height: 1000 });
  expect(await overflows(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, "mau-tu-de-cuong-320", false);

  // Downloaded as JSON, opened in a browser that never saw it: the same template.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải mẫu (.json)" }).click(),
  ]);
  const file = join(env.dir, download.suggestedFilename());
  await download.saveAs(file);
  const id = (JSON.parse(readFileSync(file, "utf8")) as { id: string }).id;
  await page.context().close();
  const other = await open(320);
  await expect(other.getByRole("option", { name: OWN }).count()).resolves.toBe(0);
  await other.locator('input[type=file][aria-label="Mở tệp mẫu (.json, .xlsx)…"]').setInputFiles(file);
  await other.getByText(/^Đã mở mẫu ".*" từ tệp /).waitFor();
  await expect(other.getByRole("combobox", { name: "Mẫu báo cáo" }).inputValue()).resolves.toBe(id);
  await other.context().close();
});
