// The Word document on the command line: `tonghop docx REPORT.xlsx --out FILE` for a unit's filled report, and
// `tonghop consolidate … --docx FILE` for the summary; the unit's typed details and the options it was given
// end up in the document; nothing is overwritten without --force; the workbook read is never changed.
import { strFromU8, unzipSync } from "fflate";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../helpers/cli";
import { metaFor, template, tempDir, writeReport } from "../helpers/reports";

/** The document's text, paragraph by paragraph as Word stores it (runs joined). */
function documentText(file: string): string {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))["word/document.xml"]);
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter((p) => p)
    .join("\n");
}

const t = template("thang-hanh-dong");
const dir = tempDir("tonghop-cli-docx-");

async function filled(name: string, unitName: string, values: Record<string, number | string>): Promise<string> {
  return writeReport(dir, name, t, metaFor(t, { unitName, reportDate: "2024-07-03" }), {
    values,
    narratives: { "I.1": `${unitName} đã ban hành kế hoạch.` },
  });
}

test("tonghop docx: a unit's filled report as the document it signs; never over a file without --force", async () => {
  const report = await filled("ang-cang.xlsx", "Xã Ẳng Cang", { launch_sites: 3, funds_state: 1_500_000 });
  const before = readFileSync(report);
  const out = join(dir, "ang-cang.docx");
  const r = await run("docx", report, "--out", out);
  expect(r).toMatchObject({ code: 0 });
  expect(r.err).toContain(`Đã tạo ${out}`);
  const text = documentText(out);
  expect(text).toContain("ỦY BAN NHÂN DÂN XÃ ẲNG CANG");
  expect(text).toContain("Ẳng Cang, ngày 03 tháng 7 năm 2024");
  expect(text).toContain("Xã Ẳng Cang đã ban hành kế hoạch.");
  expect(text).toContain("1.500.000");
  expect(readFileSync(report)).toEqual(before);

  writeFileSync(out, "a user's own document");
  const again = await run("docx", report, "--out", out);
  expect(again.code).toBe(2);
  expect(again.err).toContain("đã có");
  expect(readFileSync(out, "utf8")).toBe("a user's own document");
  expect((await run("docx", report, "--out", out, "--force")).code).toBe(0);
  expect(documentText(out)).toContain("Xã Ẳng Cang đã ban hành kế hoạch.");
  // The workbook itself is never the output.
  expect((await run("docx", report, "--out", report, "--force")).code).toBe(2);
  expect(readFileSync(report)).toEqual(before);
});

test("tonghop docx: a report with errors is written, printed as typed, and the command says so (exit 1)", async () => {
  const report = await filled("ang-to.xlsx", "Xã Ẳng Tở", { launch_sites: 2, launch_children: "12 vụ" });
  const out = join(dir, "ang-to.docx");
  const r = await run("docx", report, "--out", out);
  expect(r.code).toBe(1);
  expect(r.err).toContain("báo cáo còn 1 lỗi");
  expect(documentText(out)).toContain("12 vụ");
  const en = await run("docx", report, "--out", out, "--force", "--lang", "en");
  expect(en.err).toContain("the report still has 1 error");
});

test("tonghop docx: a file that is not a report is named with its reason, and nothing is written", async () => {
  const notes = join(dir, "ghi-chu.xlsx");
  writeFileSync(notes, "not a workbook");
  const r = await run("docx", notes, "--out", join(dir, "ghi-chu.docx"));
  expect(r.code).toBe(2);
  expect(r.err).toContain("ghi-chu.xlsx");
});

test("tonghop consolidate --docx: the summary's document with the recipient and signer given, beside the workbook", async () => {
  const units = join(dir, "units");
  mkdirSync(units);
  await writeReport(units, "a.xlsx", t, metaFor(t, { unitName: "Xã Ẳng Cang" }), {
    values: { funds_state: 1_500_000 },
  });
  await writeReport(units, "b.xlsx", t, metaFor(t, { unitName: "Xã Ẳng Nưa" }), { values: { funds_state: 2_000_000 } });
  const docx = join(dir, "tong-hop.docx");
  const args = ["consolidate", units, "--as-unit", "Huyện Mường Ảng", "--level", "huyen", "--docx", docx];
  const r = await run(
    ...args,
    "--recipient",
    "Ủy ban nhân dân tỉnh Điện Biên",
    "--signer",
    "Lò Văn Hải",
    "--deputy",
    "--report-date",
    "05/07/2024",
  );
  expect(r.code).toBe(0);
  expect(r.err).toContain(`Đã tạo ${docx}`);
  const text = documentText(docx);
  expect(text).toContain("Kính gửi: Ủy ban nhân dân tỉnh Điện Biên");
  expect(text).toContain("Mường Ảng, ngày 05 tháng 7 năm 2024");
  expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH(\n)+Lò Văn Hải/);
  expect(text).toContain("3.500.000");
  expect(text).toContain("Phụ lục I");
  expect(text).toContain("Phụ lục II");
  // The same rule as --out: an existing document stays unless --force.
  const again = await run(...args);
  expect(again.code).toBe(2);
  expect(again.err).toContain("đã có");
});
