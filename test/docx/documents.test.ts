// The Word documents an office signs, opened by LibreOffice Writer and read back as PDF (poppler): a unit's
// filled report with what it typed in the workbook, and the summary of 200 units — A4 in the decree's margins,
// the header as Decree 30 writes it, no page number on page 1, every unit's text whole, the totals as
// Vietnamese write numbers, the appendices on their own pages (Phụ lục I landscape with its header on every
// page, numbering from 1 again), Times New Roman (Liberation Serif on Linux) with no fallback font for
// Vietnamese letters. Both documents are converted by one LibreOffice start.
import { strFromU8, unzipSync } from "fflate";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate } from "../../src/core/consolidate";
import { officialReport, unitReportContent } from "../../src/core/document/report";
import { summaryDocument } from "../../src/core/document/summary";
import { a1 } from "../../src/core/form/a1";
import { DOC_NUMBER_NAME, RECIPIENT_NAME, SIGNER_NAME } from "../../src/core/form/names";
import { layoutReport } from "../../src/core/layout/report";
import { renderDocx } from "../../src/docx/render";
import { readReportBytes } from "../../src/xlsx/report-file";
import { renderXlsx } from "../../src/xlsx/write";
import { libreConvert } from "../helpers/libreoffice";
import { openpyxlEdit } from "../helpers/openpyxl";
import { MM, pdfFonts, pdfPageSizes, pdfTexts, pdfWords } from "../helpers/pdf";
import { metaFor, template, tempDir } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";

const dir = tempDir("tonghop-docx-");
const UNITS = 200;
const files = { unit: join(dir, "bao-cao.docx"), summary: join(dir, "tong-hop.docx") };
const pdf = { unit: "", summary: "" };

/** A word that names a unit's text of a section, unbroken by line wrapping: "Ma7x12". */
const token = (unit: number, section: string) => `Ma${unit}x${section.replace(/\W/g, "")}`;

async function unitDocument(): Promise<Uint8Array> {
  const t = template("cong-tac-tre-em");
  const meta = metaFor(t, { unitName: "Xã Ẳng Cang", reportDate: "2024-06-05" });
  const values = { children_total: 1200, special_total: 40, special_assisted: 30, funds_state: 1_500_000 };
  const narratives = Object.fromEntries(
    t.sections.filter((s) => s.narrative).map((s) => [s.id, `Xã đã thực hiện mục ${s.id} ${token(0, s.id)}.`]),
  );
  const layout = layoutReport(t, meta, { values, narratives }).model;
  const made = join(dir, "made.xlsx");
  writeFileSync(made, await renderXlsx(layout));
  // The unit types its number, its recipient and its signer's name in Excel (here openpyxl, another writer).
  const at = (name: string) => {
    const c = layout.sheets[0].cells.find((x) => x.name === name)!;
    return a1(c.row, c.col);
  };
  const [typed] = openpyxlEdit([
    {
      src: made,
      out: join(dir, "typed.xlsx"),
      cells: [
        { sheet: "Báo cáo", cell: at(DOC_NUMBER_NAME), kind: "text", value: "Số: 5/BC-UBND" },
        {
          sheet: "Báo cáo",
          cell: at(RECIPIENT_NAME),
          kind: "text",
          value: "Kính gửi: Ủy ban nhân dân huyện Mường Ảng",
        },
        { sheet: "Báo cáo", cell: at(SIGNER_NAME), kind: "text", value: "Lò Văn Hải" },
      ],
    },
  ]);
  const read = readReportBytes(readFileSync(typed), "typed.xlsx");
  if (!read.ok) throw new Error(read.failure.message.en);
  return renderDocx(officialReport(unitReportContent(read.report)));
}

async function summaryOf200(): Promise<Uint8Array> {
  const t = template("thang-hanh-dong");
  const sections = t.sections.filter((s) => s.narrative);
  const units = Array.from({ length: UNITS }, (_, i) => {
    const values = {
      // Xã Số 9 counts children at no launch site: an error between two readable cells, still counted.
      launch_sites: i === 8 ? 0 : 1,
      launch_children: 100 + i,
      funds_state: 1_500_000,
      funds_mobilized: i === 7 ? "15 em" : 500_000,
    };
    const texts = Object.fromEntries(
      sections.map((s) => [s.id, `Đơn vị triển khai đầy đủ mục ${s.id} ${token(i + 1, s.id)}.`]),
    );
    return unitFile(
      `u${i + 1}.xlsx`,
      unitReport(t, { unitName: `Xã Số ${i + 1}`, reportDate: "2024-07-02" }, values, texts),
    );
  });
  const roster = [...units.map((_, i) => ({ name: `Xã Số ${i + 1}` })), { name: "Xã Chưa Nộp" }];
  const s = consolidate(units, {
    roster,
    consolidatingUnit: {
      name: "Huyện Mường Ảng",
      level: "huyen",
      reportDate: "2024-07-05",
      recipient: "Ủy ban nhân dân tỉnh Điện Biên",
    },
  }).summary!;
  return renderDocx(summaryDocument(s));
}

beforeAll(async () => {
  writeFileSync(files.unit, await unitDocument());
  writeFileSync(files.summary, await summaryOf200());
  [pdf.unit, pdf.summary] = libreConvert([files.unit, files.summary], "pdf", join(dir, "pdf"));
});

/** A part of the .docx package, as text. */
const part = (docx: string, name: string) => strFromU8(unzipSync(readFileSync(docx))[name]);

/** Words printed high in the top margin (where the page number goes, 10 mm down): the number, or nothing. */
const topMargin = (file: string, page: number) =>
  pdfWords(file, page)
    .filter((w) => w.y < 15 * MM)
    .map((w) => w.text);

test("a unit's report: A4 portrait within the decree's margins, no number on page 1, Times New Roman", () => {
  const sizes = pdfPageSizes(pdf.unit);
  expect(sizes.length).toBeGreaterThan(1);
  for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual([595, 842]);
  expect(topMargin(pdf.unit, 1)).toEqual([]);
  expect(topMargin(pdf.unit, 2)).toEqual(["2"]);
  // Body text starts 30–35 mm from the left edge and ends at least 15 mm from the right.
  const words = pdfWords(pdf.unit, 2).filter((w) => w.y > 20 * MM);
  expect(Math.min(...words.map((w) => w.x)) / MM).toBeGreaterThanOrEqual(29.5);
  expect(Math.min(...words.map((w) => w.x)) / MM).toBeLessThanOrEqual(35.5);
  // The package says the same: margins in twips, the font and its sizes (half-points).
  const doc = part(files.unit, "word/document.xml");
  const margins = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
  const twips = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margins)![1]) / 56.7;
  expect(twips("top")).toBeGreaterThanOrEqual(20);
  expect(twips("top")).toBeLessThanOrEqual(25);
  expect(twips("bottom")).toBeGreaterThanOrEqual(20);
  expect(twips("left")).toBeGreaterThanOrEqual(30);
  expect(twips("left")).toBeLessThanOrEqual(35);
  expect(twips("right")).toBeGreaterThanOrEqual(15);
  expect(twips("right")).toBeLessThanOrEqual(20);
  expect(part(files.unit, "word/styles.xml")).toMatch(/w:ascii="Times New Roman"[^>]*/);
  expect(part(files.unit, "word/styles.xml")).toContain('<w:sz w:val="28"/>'); // body 14 pt
  expect(doc).toContain('<w:sz w:val="24"/>'); // Nơi nhận 12 pt
  expect(doc).toContain('<w:sz w:val="22"/>'); // its list 11 pt
  // Vietnamese letters in Times New Roman's Linux twin: no other font slipped in (fonts-liberation2).
  expect(pdfFonts(pdf.unit).every((f) => /^LiberationSerif/.test(f))).toBe(true);
});

test("a unit's report: the header, title and signature as Decree 30 writes them, with what the unit typed", () => {
  const [first, ...rest] = pdfTexts(pdf.unit);
  const all = [first, ...rest].join(" ");
  expect(first).toContain("ỦY BAN NHÂN DÂN XÃ ẲNG CANG");
  expect(first).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(first).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(first).toContain("Số: 05/BC-UBND");
  expect(first).toContain("Ẳng Cang, ngày 05 tháng 6 năm 2024");
  expect(first).toContain("BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TRẺ EM 6 THÁNG ĐẦU NĂM 2024");
  expect(first).toContain("Kính gửi: Ủy ban nhân dân huyện Mường Ảng");
  expect(all).toContain(token(0, "III.3"));
  // The indicators table: numbers with Vietnamese separators, a rate with a decimal comma.
  expect(all).toContain("1.500.000");
  expect(all).toContain("1.200");
  expect(all).toContain("75%");
  expect(all).toMatch(/Nơi nhận: - Như trên; - Lưu: VT\. TM\. ỦY BAN NHÂN DÂN CHỦ TỊCH Lò Văn Hải/);
});

test(`the summary of ${UNITS} units: every unit's text whole, the totals, the note that totals are incomplete`, () => {
  const texts = pdfTexts(pdf.summary);
  const all = texts.join(" ");
  expect(texts[0]).toContain("ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG");
  expect(texts[0]).toContain("Kính gửi: Ủy ban nhân dân tỉnh Điện Biên");
  expect(texts[0]).toContain("Tổng số chưa đầy đủ: 1 ô lỗi của 1 đơn vị chưa được tính.");
  const missing: string[] = [];
  for (const s of template("thang-hanh-dong").sections.filter((x) => x.narrative))
    for (let i = 1; i <= UNITS; i++)
      if (!all.includes(`Xã Số ${i}: Đơn vị triển khai đầy đủ mục ${s.id} ${token(i, s.id)}.`))
        missing.push(token(i, s.id));
  expect(missing).toEqual([]);
  // Totals: 200 × 1.500.000 state funds; the mobilized funds leave out the unit that typed "15 em".
  expect(all).toContain("300.000.000");
  expect(all).toContain("99.500.000");
  expect(all).toMatch(/TM\. ỦY BAN NHÂN DÂN CHỦ TỊCH/);
});

test("the summary's appendices: Phụ lục I landscape with its header on every page, Phụ lục II who sent what", () => {
  const texts = pdfTexts(pdf.summary);
  const sizes = pdfPageSizes(pdf.summary);
  const first = texts.findIndex((t) => t.includes("Phụ lục I SỐ LIỆU THEO ĐƠN VỊ"));
  const second = texts.findIndex((t) => t.includes("Phụ lục II"));
  expect(first).toBeGreaterThan(0);
  expect(second).toBeGreaterThan(first + 1);
  // The number is a blank to fill: the line reads on either side of it.
  expect(texts[first]).toContain("(Kèm theo Báo cáo số");
  expect(texts[first]).toContain("/BC-UBND ngày 05 tháng 7 năm 2024 của Ủy ban nhân dân huyện Mường Ảng)");
  for (let p = 0; p < sizes.length; p++) expect(sizes[p].landscape).toBe(p >= first && p < second);
  for (let p = first; p < second; p++) expect(texts[p]).toMatch(/STT Đơn vị/);
  expect(texts.slice(first, second).join(" ")).toContain("Xã Số 200");
  expect(texts.slice(first, second).join(" ")).toContain("Tổng cộng");
  // Numbering starts again in each Phụ lục, with no number on its first page.
  expect(topMargin(pdf.summary, first + 1)).toEqual([]);
  expect(topMargin(pdf.summary, first + 2)).toEqual(["2"]);
  expect(topMargin(pdf.summary, second + 1)).toEqual([]);
  const appendix2 = texts.slice(second).join(" ");
  expect(appendix2).toContain("Đã tổng hợp (200)");
  expect(appendix2).toMatch(/Chưa nộp \(1\) 201 Xã Chưa Nộp/);
  // Only the cell that could not be read is said to be left out; the other error is said to be counted.
  expect(appendix2).toMatch(/8 Xã Số 8 02\/07\/2024 1 ô lỗi chưa tính vào tổng 9 Xã Số 9/);
  expect(appendix2).toMatch(/9 Xã Số 9 02\/07\/2024 1 lỗi cần kiểm tra \(số liệu vẫn được tính vào tổng\) 10 Xã/);
  // In Phụ lục I the cell left out shows what the unit typed, marked, and a note says why.
  const appendix1 = texts.slice(first, second).join(" ");
  expect(appendix1).toContain("«15 em»");
  expect(appendix1).toContain("Số trong «» là ô lỗi của đơn vị");
  expect(pdfFonts(pdf.summary).every((f) => /^LiberationSerif/.test(f))).toBe(true);
});
