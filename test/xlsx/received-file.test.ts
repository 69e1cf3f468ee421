// Intake of one received file, bytes in: what it is is judged by its bytes,
// an archive is opened one level deep and under the same limits as a workbook.
import { zipSync } from "fflate";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES } from "../../src/core/limits";
import { layoutReport } from "../../src/core/layout/report";
import { sha256Hex } from "../../src/core/sha256";
import { readInput } from "../../src/xlsx/received-file";
import { renderXlsx } from "../../src/xlsx/write";
import { libreConvert } from "../helpers/libreoffice";
import { metaFor, template, tempDir } from "../helpers/reports";

const t = template("thang-hanh-dong");
const codes = async (bytes: Uint8Array, name: string) =>
  (await readInput(bytes, name, sha256Hex)).files.map((f) => [f.file, f.read.ok ? "ok" : f.read.failure.code]);

test("a file is what its bytes say, whatever its name", async () => {
  const report = await renderXlsx(layoutReport(t, metaFor(t)).model);
  expect(await codes(report, "bao-cao.xls")).toEqual([["bao-cao.xls", "ok"]]);
  expect(await codes(new TextEncoder().encode("%PDF-1.7\n"), "bao-cao.xlsx")).toEqual([["bao-cao.xlsx", "pdf"]]);
  expect(await codes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "bao-cao.xlsx")).toEqual([
    ["bao-cao.xlsx", "picture"],
  ]);
  expect(await codes(new Uint8Array(0), "bao-cao.xlsx")).toEqual([["bao-cao.xlsx", "empty"]]);
  expect(await codes(new TextEncoder().encode("Ghi chú"), "ghi-chu.txt")).toEqual([["ghi-chu.txt", "not_xlsx"]]);
  // A table exported as CSV (or Excel's "Unicode text") is told as such: it lost the form, ask for the workbook.
  const csv = "STT;Chỉ tiêu;Số liệu\n1;Tổng số trẻ em;1200\n2;Trẻ em có hoàn cảnh đặc biệt;35\n";
  expect(await codes(new TextEncoder().encode(csv), "le-thuy.csv")).toEqual([["le-thuy.csv", "text_table"]]);
  const utf16 = Uint8Array.from([
    0xff,
    0xfe,
    ...[...csv.replace(/;/g, "\t")].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]),
  ]);
  expect(await codes(utf16, "le-thuy.txt")).toEqual([["le-thuy.txt", "text_table"]]);
  // Picked by hand in the pane (folders skip it before reading): told apart from a report.
  expect(await codes(new Uint8Array(165), "~$bao-cao.xlsx")).toEqual([["~$bao-cao.xlsx", "system_file"]]);
});

test("a zip inside a zip is opened (3 deep, a deeper one listed); a member over the size limit is refused, the rest are read", async () => {
  const report = await renderXlsx(layoutReport(t, metaFor(t)).model);
  const third = zipSync({ "xa-c.xlsx": report, "sau.zip": zipSync({ "xa-d.xlsx": report }), "~$xa-c.xlsx": report });
  const inner = zipSync({ "xa.xlsx": report, "lop3.zip": third });
  const big = new Uint8Array(MAX_FILE_BYTES + 1);
  const outer = zipSync({ "a/xa-a.xlsx": report, "trong.zip": inner, "lon.xlsx": big, "a/": new Uint8Array(0) });
  const { files, skipped } = await readInput(outer, "goi.zip", sha256Hex);
  expect(files.map((f) => [f.file, f.read.ok ? "ok" : f.read.failure.code]).sort()).toEqual([
    ["goi.zip › a › xa-a.xlsx", "ok"],
    ["goi.zip › lon.xlsx", "too_large"],
    ["goi.zip › trong.zip › lop3.zip › sau.zip", "nested_archive"],
    ["goi.zip › trong.zip › lop3.zip › xa-c.xlsx", "ok"],
    ["goi.zip › trong.zip › xa.xlsx", "ok"],
  ]);
  expect(skipped).toEqual(["goi.zip › trong.zip › lop3.zip › ~$xa-c.xlsx"]);
});

test("zips inside zips share one budget: small zips that each inflate within the limit are refused together", async () => {
  // Each inner zip holds three members just under the file limit; together they pass the run's budget.
  const member = new Uint8Array(MAX_FILE_BYTES - 1);
  const inner = zipSync({ "a.bin": member, "b.bin": member, "c.bin": member });
  const count = Math.ceil(MAX_TOTAL_BYTES / (3 * member.length));
  const outer = zipSync(Object.fromEntries(Array.from({ length: count }, (_, i) => [`z${i}.zip`, inner])));
  const read = await codes(outer, "bom.zip");
  expect(read.filter(([, code]) => code === "zip_bomb")).toEqual([[`bom.zip › z${count - 1}.zip`, "zip_bomb"]]);
});

test("a damaged archive member is refused, never read as wrong numbers", async () => {
  const report = await renderXlsx(layoutReport(t, metaFor(t)).model);
  const zip = zipSync({ "xa.xlsx": report }, { level: 0 });
  // Flip a byte inside the stored member (past its local header).
  zip[200] ^= 0xff;
  expect(await codes(zip, "goi.zip")).toEqual([["goi.zip › xa.xlsx", "corrupt"]]);
});

test("a Word 97 document (.doc) is told to be a Word document, even when its text names a workbook", async () => {
  // Word keeps its text in the same container as its stream names: "Workbook" in a letter must not make it a .xls.
  const dir = tempDir("tonghop-intake-doc-");
  const letter = join(dir, "cong-van.txt");
  writeFileSync(
    letter,
    "CÔNG VĂN\nKèm theo Workbook mẫu báo cáo số liệu công tác trẻ em, đề nghị các xã điền và gửi lại.\n",
  );
  const [doc] = libreConvert([letter], "doc:MS Word 97", dir);
  const { files } = await readInput(readFileSync(doc), "bao-cao.xls", sha256Hex);
  expect(files.map((f) => [f.file, f.read.ok ? "ok" : f.read.failure.code])).toEqual([["bao-cao.xls", "word"]]);
  expect(files[0].read.ok ? "" : files[0].read.failure.message.vi).toMatch(/văn bản Word/);
});
