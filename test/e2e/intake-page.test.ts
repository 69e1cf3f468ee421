// The web page takes what a district receives — an .xls (LibreOffice), a .zip
// of two reports, an empty file, a Word document — and gives every file the
// same status as the command line: in the list on screen and in the status
// sheet of the summary it downloads; a lock file inside the .zip is skipped
// and said in one line, as on the command line. SheetJS comes in its own chunk, loaded by
// the parsing worker only when an .xls arrives.
import { zipSync } from "fflate";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { baseName } from "../../src/core/paths";
import { cellText } from "../../src/core/read/grid";
import { STATUS_SHEET } from "../../src/core/layout/summary";
import { fileStatusKey, statusWord } from "../../src/core/i18n/status";
import type { FileStatus } from "../../src/core/consolidate";
import { consolidation } from "../../src/core/i18n/messages";
import { readXlsx } from "../../src/xlsx/read";
import { run } from "../helpers/cli";
import { pythonIntake } from "../helpers/intake-folder";
import { libreConvert } from "../helpers/libreoffice";
import { env, open, setUp } from "./browser";

setUp();

test("an .xls, a .zip, an empty file and a Word document get the same statuses in the page as on the command line", async () => {
  const units = join(env.dir, "examples", "units");
  const inbox = join(env.dir, "inbox");
  mkdirSync(inbox);
  copyFileSync(join(units, "xa-ang-cang.xlsx"), join(inbox, "xa-ang-cang.xlsx"));
  libreConvert([join(units, "xa-ang-to.xlsx")], "xls", inbox);
  const members = {
    "xa-muong-dang.xlsx": readFileSync(join(units, "xa-muong-dang.xlsx")),
    "xa-muong-lan.xlsx": readFileSync(join(units, "xa-muong-lan.xlsx")),
  };
  writeFileSync(join(inbox, "hai-xa.zip"), zipSync({ ...members, "~$xa-muong-lan.xlsx": new Uint8Array(165) }));
  writeFileSync(join(inbox, "xa-bung-lao.xlsx"), new Uint8Array(0));
  pythonIntake({ docx: [join(inbox, "cong-van.docx")] });
  const files = readdirSync(inbox).map((f) => join(inbox, f));

  const cli = await run("consolidate", inbox, "--json", "--deadline", "10/07/2024");
  const cliJson = JSON.parse(cli.out) as {
    files: { file: string; status: FileStatus; notKept: boolean }[];
    skipped: string[];
  };
  const expected = Object.fromEntries(cliJson.files.map((f) => [baseName(f.file), statusWord(fileStatusKey(f), "vi")]));
  const skippedLine = consolidation.skipped(cliJson.skipped.map(baseName)).vi;
  expect(skippedLine).toContain("hai-xa.zip › ~$xa-muong-lan.xlsx");
  expect(Object.keys(expected).sort()).toEqual([
    "cong-van.docx",
    "hai-xa.zip › xa-muong-dang.xlsx",
    "hai-xa.zip › xa-muong-lan.xlsx",
    "xa-ang-cang.xlsx",
    "xa-ang-to.xls",
    "xa-bung-lao.xlsx",
  ]);

  const page = await open(1280, "consolidate");
  const sheetJs: string[] = [];
  page.on("request", (r) => (/sheetjs/.test(r.url()) ? sheetJs.push(r.url()) : undefined));
  await page.locator('input[type=file][aria-label="Chọn tệp…"]').setInputFiles(files);
  await page.getByLabel("Hạn nộp (ngày/tháng/năm)").fill("10/07/2024");
  await page.getByLabel(/^Đơn vị tổng hợp/).fill("Huyện Mường Ảng");
  await page.getByRole("button", { name: "Đọc và tổng hợp" }).click();
  const download = page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" });
  await download.waitFor();
  const rows = await page.getByRole("row").allTextContents();
  for (const name of Object.keys(expected)) expect([name, rows.some((r) => r.includes(name))]).toEqual([name, true]);
  expect(sheetJs.length).toBe(1);
  await page.getByText(skippedLine).waitFor();
  const [saved] = await Promise.all([page.waitForEvent("download"), download.click()]);
  const web = join(env.dir, "intake-summary.xlsx");
  await saved.saveAs(web);
  await page.context().close();

  const sheet = readXlsx(readFileSync(web)).sheet(STATUS_SHEET)!;
  const inWeb: Record<string, string> = {};
  for (const [row, col, cell] of sheet.cells())
    if (col === 5 && cellText(sheet.cell(row, 4)) in expected) inWeb[cellText(sheet.cell(row, 4))] = cellText(cell);
  expect(inWeb).toEqual(expected);
});
