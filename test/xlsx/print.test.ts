// The workbooks print whole and as Decree 30 says, read back from LibreOffice's PDF (one LibreOffice start for
// all three): the summary of 200 units holds every unit's text, a row per unit; its chart draws coloured bars
// (series fills in the chart part, coloured pixels on the rendered page); a unit's report prints the number
// line with the issuer's abbreviation, the date with leading zeros only where the decree puts them, Kính gửi
// and the signature by the issuing body, in black and white, and its signature never stands alone on a page.
import { strFromU8, unzipSync } from "fflate";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate, type Summary } from "../../src/core/consolidate";
import { rowHeight, rowsOnPages } from "../../src/core/layout/print";
import { layoutReport } from "../../src/core/layout/report";
import { summaryPlan } from "../../src/core/layout/summary";
import { readReportBytes } from "../../src/xlsx/report-file";
import { renderXlsx } from "../../src/xlsx/write";
import { libreConvert } from "../helpers/libreoffice";
import { pdfTexts, pdfWords } from "../helpers/pdf";
import { metaFor, rawSheetXml, template, tempDir } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";

const dir = tempDir("tonghop-print-");
const UNITS = 200;
const t = template("thang-hanh-dong");
const narrative = t.sections.filter((s) => s.narrative);
const charted = t.summaryChart?.fields ?? [];
const token = (unit: number, section: string) => `Ma${unit}x${section.replace(/\W/g, "")}`;
const files = {
  summary: join(dir, "tong-hop.xlsx"),
  july: join(dir, "bao-cao-thang-7.xlsx"),
  february: join(dir, "bao-cao-thang-2.xlsx"),
};
const pdf: Record<keyof typeof files, string> = { summary: "", july: "", february: "" };
let summary: Summary;

/**
 * A periodic report whose last section fits at the foot of a page but its signature would not: the six-month
 * report of the issue, whose last page held only the signature. Chosen, among lengths of the section before it,
 * clear of the edges (20 points either way, up to the last row that prints anything), so that it does not hang
 * on how exactly a renderer measures.
 */
function signatureOnItsOwn() {
  const p = template("cong-tac-tre-em");
  const meta = metaFor(p, { reportDate: "2024-07-03" });
  const sentence = "Kiến nghị tiếp tục hỗ trợ các xã khó khăn. ";
  for (let before = 0; before < 40; before++) {
    const narratives = { "III.2": sentence.repeat(before), "III.3": `${sentence.repeat(5)}Hết ${token(0, "end")}.` };
    const layout = layoutReport(p, meta, { narratives });
    const sheet = layout.model.sheets[0];
    const heading = layout.narratives["III.3"].row - 1;
    const last = Math.max(...sheet.cells.filter((c) => c.value !== undefined).map((c) => c.row));
    // Where the rows would fall with no page break of ours.
    const { capacity, tops } = rowsOnPages(sheet, last);
    const text = rowHeight(sheet, heading) + rowHeight(sheet, heading + 1);
    let block = 0;
    for (let r = heading; r <= last; r++) block += rowHeight(sheet, r);
    if (tops[heading] + text < capacity - 20 && tops[heading] + block > capacity + 20) return layout.model;
  }
  throw new Error("no report whose signature would fall on a page of its own");
}

beforeAll(async () => {
  const units = Array.from({ length: UNITS }, (_, i) => {
    const texts = Object.fromEntries(narrative.map((s) => [s.id, `Đã triển khai mục ${s.id} ${token(i + 1, s.id)}.`]));
    return unitFile(
      `u${i + 1}.xlsx`,
      unitReport(
        t,
        { unitName: `Xã Số ${i + 1}` },
        Object.fromEntries(charted.map((f, k) => [f, (i + 1) * (k + 2)])),
        texts,
      ),
    );
  });
  summary = consolidate(units, { consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" } }).summary!;
  writeFileSync(files.summary, await renderXlsx(summaryPlan(summary)));
  writeFileSync(files.july, await renderXlsx(signatureOnItsOwn()));
  // The six-month report: its title takes two lines.
  const half = template("cong-tac-tre-em");
  const issuer = "Ủy ban nhân dân phường Him Lam";
  const annual = layoutReport(
    half,
    metaFor(half, { unitName: "Phường Him Lam", reportDate: "2025-02-09", period: "2024-6T", issuer }),
  );
  writeFileSync(files.february, await renderXlsx(annual.model));
  [pdf.summary, pdf.july, pdf.february] = libreConvert(Object.values(files), "pdf", join(dir, "pdf"));
});

test(`the summary of ${UNITS} units prints every unit's text, a row per unit, and reads back whole one level up`, () => {
  const all = pdfTexts(pdf.summary).join(" ");
  const missing = narrative.flatMap((s) =>
    Array.from({ length: UNITS }, (_, i) => i + 1)
      .filter((i) => !all.includes(`Xã Số ${i}: Đã triển khai mục ${s.id} ${token(i, s.id)}.`))
      .map((i) => token(i, s.id)),
  );
  expect(missing).toEqual([]);
  // The province reading this summary gets the district's texts whole, every unit's line.
  const read = readReportBytes(readFileSync(files.summary), "tong-hop.xlsx");
  if (!read.ok) throw new Error(read.failure.message.en);
  const text = read.report.narratives["II.3"].text.split("\n");
  expect(text).toHaveLength(UNITS);
  expect(text).toContain(`Xã Số ${UNITS}: Đã triển khai mục II.3 ${token(UNITS, "II.3")}.`);
});

test("the summary's chart gives each series a colour, and LibreOffice draws coloured bars", () => {
  const parts = unzipSync(new Uint8Array(readFileSync(files.summary)));
  const chart = strFromU8(parts["xl/charts/chart1.xml"]);
  const series = chart.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? [];
  expect(series.length).toBe(t.summaryChart?.fields.length);
  const colours = series.map((s) => /<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/>/.exec(s)?.[1]);
  expect(colours.every((c) => c)).toBe(true);
  expect(new Set(colours).size).toBe(series.length);
  // The page LibreOffice printed the chart on (its first): count strongly coloured pixels (bars, legend swatches).
  const page = pdfTexts(pdf.summary).findIndex((p) => p.includes(t.summaryChart!.title));
  expect(page).toBeGreaterThan(0);
  const ppm = execFileSync("/usr/bin/pdftoppm", [
    "-r",
    "40",
    "-f",
    String(page + 1),
    "-l",
    String(page + 1),
    pdf.summary,
  ]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  let coloured = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    const [r, g, b] = [ppm[i], ppm[i + 1], ppm[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
  }
  expect(coloured / (Number(header[1]) * Number(header[2]))).toBeGreaterThan(0.01);
});

test("a unit's report prints the decree's header, date and signature, in black and white", () => {
  const february = pdfTexts(pdf.february);
  expect(february[0]).toMatch(/ỦY BAN NHÂN DÂN PHƯỜNG HIM LAM/);
  expect(february[0]).toMatch(/Số:\s+\/BC-UBND/);
  expect(february[0]).toContain("Him Lam, ngày 09 tháng 02 năm 2025");
  expect(february[0]).toContain("Kính gửi:");
  expect(february.join(" ")).toMatch(/Nơi nhận: - Như trên; - Lưu: VT\. TM\. ỦY BAN NHÂN DÂN CHỦ TỊCH/);
  // Typed in lower case, the issuer prints in capitals; no word of the header or title lies over another.
  const words = pdfWords(pdf.february, 1).filter((w) => w.y < 200);
  // (Word boxes include the accents' room, so lines of one block touch: over means by more than half a line.)
  const across = (a: number, b: number, c: number, d: number) => Math.min(b, d) - Math.max(a, c);
  const over = words.flatMap((a, i) =>
    words
      .slice(i + 1)
      .filter((b) => across(a.x, a.right, b.x, b.right) > 1)
      .filter((b) => across(a.y, a.bottom, b.y, b.bottom) > Math.min(a.bottom - a.y, b.bottom - b.y) / 2)
      .map((b) => `${a.text}/${b.text}`),
  );
  expect(over).toEqual([]);
  const july = pdfTexts(pdf.july);
  expect(july[0]).toContain("ngày 03 tháng 7 năm 2024");
  // Input cells are pale yellow on screen; Excel prints the sheet in black and white (LibreOffice ignores it).
  expect(rawSheetXml(files.july, 1)).toMatch(/<pageSetup [^>]*blackAndWhite="1"/);
});

test("the signature is never alone on a page: the last text goes with it", () => {
  const pages = pdfTexts(pdf.july);
  const signed = pages.findIndex((p) => p.includes("TM. ỦY BAN NHÂN DÂN"));
  expect(signed).toBeGreaterThan(0);
  expect(pages[signed]).toContain(token(0, "end"));
  expect(pages[signed]).toContain("Nơi nhận:");
});
