// Every limit on one file, tripped by a crafted file: the file is refused with
// a reason that names the limit, and nothing else is affected.
import { strToU8, zipSync } from "fflate";
import {
  MAX_CELL_TEXT,
  MAX_CELLS_PER_SHEET,
  MAX_FILE_BYTES,
  MAX_MS_PER_FILE,
  MAX_PART_BYTES,
  MAX_SHEETS,
  MAX_TOTAL_BYTES,
  MAX_ZIP_ENTRIES,
} from "../../src/core/limits";
import { readXlsx } from "../../src/xlsx/read";
import { readReportBytes } from "../../src/xlsx/report-file";
import { buildXlsx } from "../helpers/xlsx-parts";

function refused(bytes: Uint8Array, options = {}): { code: string; vi: string } {
  const r = readReportBytes(bytes, "x.xlsx", options);
  if (r.ok) throw new Error("accepted");
  return { code: r.failure.code, vi: r.failure.message.vi };
}

/** Rewrites the uncompressed size the central directory declares for entries (what a zip bomb lies about). */
function declareSizes(zip: Uint8Array, sizes: Record<string, number>): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(i + 28, true);
    const name = new TextDecoder().decode(out.subarray(i + 46, i + 46 + nameLen));
    if (name in sizes) view.setUint32(i + 24, sizes[name], true);
  }
  return out;
}

const sheet = { name: "Báo cáo", data: `<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>` };

test(`a file over ${MAX_FILE_BYTES / 1048576} MB`, () => {
  const big = new Uint8Array(MAX_FILE_BYTES + 1);
  big.set([0x50, 0x4b, 3, 4]);
  const r = refused(big);
  expect(r.code).toBe("too_large");
  expect(r.vi).toContain("20 MB");
});

test(`a zip of more than ${MAX_ZIP_ENTRIES} entries`, () => {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) files[`junk/${i}.txt`] = strToU8("x");
  expect(refused(zipSync(files, { level: 0 })).code).toBe("zip_bomb");
});

test(`a part declaring more than ${MAX_PART_BYTES / 1048576} MB`, () => {
  const bomb = declareSizes(buildXlsx([sheet]), { "xl/workbook.xml": MAX_PART_BYTES + 1 });
  const r = refused(bomb);
  expect(r.code).toBe("zip_bomb");
  expect(r.vi).toContain("giải nén");
});

test(`parts declaring more than ${MAX_TOTAL_BYTES / 1048576} MB together`, () => {
  const quarter = Math.floor(MAX_TOTAL_BYTES / 3);
  const bomb = declareSizes(buildXlsx([sheet], { sharedStrings: ["<t>x</t>"] }), {
    "xl/workbook.xml": quarter,
    "xl/_rels/workbook.xml.rels": quarter,
    "xl/sharedStrings.xml": quarter + 10,
  });
  expect(refused(bomb).code).toBe("zip_bomb");
});

test(`more than ${MAX_SHEETS} sheets`, () => {
  const many = Array.from({ length: MAX_SHEETS + 1 }, (_, i) => ({ name: `S${i}`, data: "" }));
  const r = refused(buildXlsx(many));
  expect(r.code).toBe("too_many_sheets");
  expect(r.vi).toContain(`${MAX_SHEETS} trang`);
});

test(`more than ${MAX_CELLS_PER_SHEET} cells in a sheet`, () => {
  const rows: string[] = [];
  for (let r = 1; r <= MAX_CELLS_PER_SHEET / 10 + 1; r++)
    rows.push(`<row r="${r}">${Array.from({ length: 10 }, (_, c) => `<c><v>${c}</v></c>`).join("")}</row>`);
  const bytes = buildXlsx([{ name: "Sheet1", data: rows.join("") }]);
  // The clock stands still: only the cell count can refuse it, however slowly a loaded machine reads.
  const still = { now: () => 0 };
  expect(() => readXlsx(bytes, still).sheet("Sheet1")).toThrow(/more than 200000 cells/);
  expect(refused(bytes, still).code).toBe("too_many_cells");
});

test(`reading one file for more than ${MAX_MS_PER_FILE / 1000} s`, () => {
  let t = 0;
  const clock = () => (t += MAX_MS_PER_FILE / 2 + 1);
  const r = refused(buildXlsx([sheet]), { now: clock });
  expect(r.code).toBe("too_slow");
  expect(r.vi).toContain("10 giây");
});

test("a DTD with entities (billion laughs) is refused before any expansion", () => {
  const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
  const bytes = buildXlsx([sheet], { extraParts: { "xl/worksheets/sheet1.xml": lol } });
  expect(refused(bytes).code).toBe("dtd");
});

test(`text longer than ${MAX_CELL_TEXT} characters is cut, not refused`, () => {
  const long = "a".repeat(MAX_CELL_TEXT + 5000);
  const s = readXlsx(
    buildXlsx([{ name: "S", data: `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>` }]),
  ).sheet("S");
  const v = s?.cell(1, 1)?.value;
  expect(v?.t === "s" && v.v.length).toBe(MAX_CELL_TEXT);
});
