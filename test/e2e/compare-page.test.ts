// "Cùng kỳ năm trước" in the web page, in real Chromium: this year's inbox (openpyxl, LibreOffice) and last
// year's summary (tonghop's, saved again by LibreOffice) picked beside the roster; after Tổng hợp the page
// shows the same sentences as the command line and the cell flagged against its unit's own history, and the
// summary it downloads carries the same comparison, by-unit and status sheets as the command line's, number for
// number: the communes that filled the form as people do (test/helpers/people-inbox.ts) count alike.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { BY_UNIT_SHEET, STATUS_SHEET } from "../../src/core/layout/summary";
import { COMPARE_SHEET } from "../../src/core/layout/summary-compare";
import { cellText, type CellGrid } from "../../src/core/read/grid";
import { readXlsx } from "../../src/xlsx/read";
import { run } from "../helpers/cli";
import { PROVINCE, years, type Years } from "../helpers/last-year";
import { DEADLINE } from "../helpers/people-inbox";
import { env, open, outsideRequests, SCREENSHOTS, setUp, shot } from "./browser";

setUp();

let y: Years;
beforeAll(async () => {
  y = await years();
});

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** Every cell of a sheet as the user reads it. */
function sheetTexts(grid: CellGrid, name: string): Record<string, string> {
  const sheet = grid.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return Object.fromEntries([...sheet.cells()].map(([r, c, cell]) => [`${r},${c}`, cellText(cell)]));
}

/** A sheet's rows as text, sorted. */
function rowsOf(cells: Record<string, string>, skipColumn: number): string[] {
  const rows = new Map<number, string[]>();
  for (const [at, text] of Object.entries(cells)) {
    const [r, c] = at.split(",").map(Number);
    if (c !== skipColumn) (rows.get(r) ?? rows.set(r, []).get(r) ?? [])[c] = text;
  }
  return [...rows.values()].map((r) => r.join("\t")).sort();
}

test("the page compares with last year's summary as the command line does", async () => {
  const page = await open(1366, "consolidate");
  await page.locator('input[type=file][aria-label="Chọn tệp…"]').setInputFiles(walk(y.inbox.dir));
  await page
    .locator('input[type=file][aria-label="Chọn tệp danh sách (.csv, .xlsx, .xls)…"]')
    .setInputFiles(y.inbox.roster);
  await page.locator('input[type=file][aria-label="Chọn tệp kỳ trước…"]').setInputFiles(y.summary);
  await page.getByText("Kỳ trước: tong-hop-2024.xlsx").waitFor();
  await page.getByLabel("Hạn nộp (ngày/tháng/năm)").fill(DEADLINE);
  await page.getByLabel(/^Đơn vị tổng hợp/).fill(PROVINCE);
  await page.getByRole("button", { name: "Đọc và tổng hợp" }).click();
  const region = page.getByRole("region", { name: "So với cùng kỳ năm trước (kỳ 2024-6T)" });
  await region.waitFor();

  const cliOut = join(env.dir, "tong-hop-2025-cli.xlsx");
  const cli = await run(
    "consolidate",
    y.inbox.dir,
    "--roster",
    y.inbox.roster,
    "--deadline",
    DEADLINE,
    "--as-unit",
    PROVINCE,
    "--previous",
    y.summary,
    "--out",
    cliOut,
  );
  const sentence =
    cli.out
      .split("\n")
      .find((l) => l.trim().startsWith("Tổng số trẻ em:"))
      ?.trim() ?? "?";
  await expect(region.getByText(sentence, { exact: true }).isVisible()).resolves.toBe(true);
  await expect(
    region.getByText("1 ô có số liệu xa số liệu của chính đơn vị kỳ trước", { exact: false }).isVisible(),
  ).resolves.toBe(true);
  const camRow = (await page.getByRole("row").allTextContents()).find((r) => r.includes("cam-lo.xlsx"));
  expect(camRow).toMatch(/cảnh báo/);
  await shot(page, "so-sanh-cung-ky-desktop");
  await region.screenshot({ path: join(SCREENSHOTS, "so-sanh-cung-ky.png") });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).click(),
  ]);
  const web = join(env.dir, "tong-hop-2025-web.xlsx");
  await download.saveAs(web);
  await page.setViewportSize({ width: 320, height: 1000 });
  await shot(page, "so-sanh-cung-ky-320");
  await page.context().close();

  // The communes as people filled their forms (issue 21) get the same statuses and totals in the page.
  // (The status sheet lists files in the order given: the page has no folders, so its rows are compared as a set,
  // without their numbers.)
  for (const sheet of [COMPARE_SHEET, BY_UNIT_SHEET, STATUS_SHEET]) {
    const [fromWeb, fromCli] = [web, cliOut].map((f) =>
      rowsOf(sheetTexts(readXlsx(readFileSync(f)), sheet), sheet === STATUS_SHEET ? 1 : 0),
    );
    expect([sheet, fromWeb]).toEqual([sheet, fromCli]);
  }
  expect(outsideRequests()).toEqual([]);
});
