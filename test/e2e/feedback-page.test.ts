// Phiếu phản hồi in the web page, in real Chromium: after Tổng hợp, one .zip of the same workbooks, index and
// covering letter the command line writes; a workbook a unit sent back with an explanation (typed by openpyxl)
// is recognised among the uploads and its warning shown as explained; Kiểm tra số liệu on files downloads the
// unit's feedback workbook (one unit) or a .zip (several).
import { strFromU8, unzipSync } from "fflate";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FEEDBACK_SHEET } from "../../src/core/form/feedback";
import { cellText } from "../../src/core/read/grid";
import { readXlsx } from "../../src/xlsx/read";
import { run } from "../helpers/cli";
import { openpyxlEdit } from "../helpers/openpyxl";
import { env, open, setUp } from "./browser";

setUp();

/** A sheet's texts, row by row, as the lean reader sees them. */
function sheetTexts(bytes: Uint8Array, sheet: string): string[] {
  return [...(readXlsx(bytes).sheet(sheet)?.cells() ?? [])].map(([r, c, cell]) => `${r},${c}: ${cellText(cell)}`);
}

/** A .docx's text, runs joined. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

test("Tổng hợp: the feedback downloads as one .zip holding what the command line writes", async () => {
  const units = join(env.dir, "examples", "units");
  const roster = join(env.dir, "examples", "roster.csv");
  const cliDir = join(env.dir, "phan-hoi-cli");
  const common = ["--roster", roster, "--deadline", "03/07/2024", "--as-unit", "Huyện Mường Ảng"];
  expect((await run("consolidate", units, ...common, "--feedback", cliDir)).code).toBe(1);

  const page = await open(1366, "consolidate");
  await page
    .locator('input[type=file][aria-label="Chọn tệp…"]')
    .setInputFiles(readdirSync(units).map((f) => join(units, f)));
  await page.locator('input[type=file][aria-label="Chọn tệp danh sách (.csv, .xlsx, .xls)…"]').setInputFiles(roster);
  await page.getByText("Danh sách có 10 đơn vị.").waitFor();
  await page.getByLabel("Hạn nộp (ngày/tháng/năm)").fill("03/07/2024");
  await page.getByLabel(/^Đơn vị tổng hợp/).fill("Huyện Mường Ảng");
  await page.getByRole("button", { name: "Đọc và tổng hợp" }).click();
  const button = page.getByRole("button", { name: "Tải phiếu phản hồi (.zip)" });
  await button.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toBe("phan-hoi-huyen-muong-ang-2024.zip");
  const zipFile = join(env.dir, "phan-hoi-web.zip");
  await download.saveAs(zipFile);
  await page.context().close();

  const web = unzipSync(new Uint8Array(readFileSync(zipFile)));
  const cli = readdirSync(cliDir).sort();
  expect(Object.keys(web).sort()).toEqual(cli);
  expect(cli).toEqual(expect.arrayContaining(["phan-hoi-xa-ang-to.xlsx", "phan-hoi-xa-nam-lich.xlsx"]));
  for (const name of cli.filter((f) => f.startsWith("phan-hoi-")))
    expect([name, sheetTexts(web[name], FEEDBACK_SHEET)]).toEqual([
      name,
      sheetTexts(new Uint8Array(readFileSync(join(cliDir, name))), FEEDBACK_SHEET),
    ]);
  const letter = docxText(web["cong-van-de-nghi-hoan-thien-so-lieu.docx"]);
  expect(letter).toBe(docxText(new Uint8Array(readFileSync(join(cliDir, "cong-van-de-nghi-hoan-thien-so-lieu.docx")))));
  expect(letter).toContain("V/v đề nghị hoàn thiện số liệu báo cáo");

  // Búng Lao answers its warning in the workbook and sends it back with nothing else changed.
  const returned = join(env.dir, "phan-hoi-xa-bung-lao (tra loi).xlsx");
  writeFileSync(join(env.dir, "bung-lao-web.xlsx"), web["phan-hoi-xa-bung-lao.xlsx"]);
  const row = sheetTexts(web["phan-hoi-xa-bung-lao.xlsx"], FEEDBACK_SHEET).find((x) => x.endsWith(": STT"));
  const answerRow = Number(row?.split(",")[0]) + 1;
  openpyxlEdit([
    {
      src: join(env.dir, "bung-lao-web.xlsx"),
      out: returned,
      cells: [{ sheet: FEEDBACK_SHEET, cell: `I${answerRow}`, kind: "text", value: "Số liệu đúng, đã kiểm tra lại." }],
    },
  ]);
  const again = await open(1366, "consolidate");
  await again
    .locator('input[type=file][aria-label="Chọn tệp…"]')
    .setInputFiles([...readdirSync(units).map((f) => join(units, f)), returned]);
  await again.getByLabel(/^Đơn vị tổng hợp/).fill("Huyện Mường Ảng");
  await again.getByRole("button", { name: "Đọc và tổng hợp" }).click();
  await again.getByRole("button", { name: "Tải phiếu phản hồi (.zip)" }).waitFor();
  const rows = await again.getByRole("row").allTextContents();
  expect(rows.find((r) => r.includes("(tra loi).xlsx"))).toContain("Phiếu phản hồi");
  expect(rows.find((r) => r.includes("xa-bung-lao.xlsx"))).not.toMatch(/cảnh báo/);
  await again.context().close();
});

test("Kiểm tra số liệu: the checked files' feedback downloads, one workbook for one unit, a .zip for several", async () => {
  const units = join(env.dir, "examples", "units");
  const page = await open(1366, "validate");
  const input = page.locator('input[type=file][aria-label="Chọn tệp báo cáo để kiểm tra"]');
  await input.setInputFiles([join(units, "xa-ang-to.xlsx"), join(units, "xa-ang-cang.xlsx")]);
  const button = page.getByRole("button", { name: "Tải phiếu phản hồi" });
  await button.waitFor();
  const [one] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(one.suggestedFilename()).toBe("phan-hoi-xa-ang-to.xlsx");
  const file = join(env.dir, "kiem-tra-ang-to.xlsx");
  await one.saveAs(file);
  const texts = sheetTexts(new Uint8Array(readFileSync(file)), FEEDBACK_SHEET).join("\n");
  const json = JSON.parse((await run("validate", "--json", join(units, "xa-ang-to.xlsx"))).out) as {
    errors: { message: string }[];
  }[];
  for (const e of json[0].errors) expect(texts).toContain(e.message);

  const many = join(env.dir, "kiem-tra-many");
  mkdirSync(many);
  for (const f of ["xa-ang-to.xlsx", "xa-muong-dang.xlsx"]) copyFileSync(join(units, f), join(many, f));
  await input.setInputFiles(readdirSync(many).map((f) => join(many, f)));
  await page.getByText(/^Đã kiểm tra 2 tệp: 0 sẵn sàng nộp/).waitFor();
  const [zip] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(zip.suggestedFilename()).toBe("phan-hoi-kiem-tra.zip");
  const zipFile = join(env.dir, "kiem-tra.zip");
  await zip.saveAs(zipFile);
  expect(Object.keys(unzipSync(new Uint8Array(readFileSync(zipFile)))).sort()).toEqual([
    "danh-sach-phan-hoi.xlsx",
    "phan-hoi-xa-ang-to.xlsx",
    "phan-hoi-xa-muong-dang.xlsx",
  ]);
  await page.context().close();
});
