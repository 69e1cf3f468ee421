// The limits on one file hold for .xls and .ods too (read through SheetJS):
// files written by SheetJS's own writer that trip them are refused with the
// reason, and a fake clock shows the time limit.
import * as XLSX from "@e965/xlsx";
import { MAX_CELLS_PER_SHEET, MAX_FILE_BYTES, MAX_SHEETS } from "../../src/core/limits";
import { sha256Hex } from "../../src/core/sha256";
import { readInput } from "../../src/xlsx/received-file";
import type { ReadOptions } from "../../src/xlsx/read";

function workbook(sheets: number, cellsPerSheet: number): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (let s = 0; s < sheets; s++) {
    const rows = Array.from({ length: Math.ceil(cellsPerSheet / 10) }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => r * 10 + c),
    );
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), `S${s + 1}`);
  }
  return wb;
}

/** The clock stands still unless a test moves it: only the limit under test refuses, however slowly a loaded machine reads. */
const still: ReadOptions = { now: () => 0 };

async function code(wb: XLSX.WorkBook, type: "xls" | "ods", options: ReadOptions = still): Promise<string> {
  const bytes = new Uint8Array(
    XLSX.write(wb, { type: "array", bookType: type === "xls" ? "biff8" : "ods", compression: true }) as ArrayBuffer,
  );
  const [f] = (await readInput(bytes, `x.${type}`, sha256Hex, options)).files;
  return f.read.ok ? "ok" : f.read.failure.code;
}

test.each(["xls", "ods"] as const)("%s: more sheets than the limit are refused", async (type) => {
  expect(await code(workbook(MAX_SHEETS + 1, 1), type)).toBe("too_many_sheets");
});

// Written as .ods: SheetJS takes ~30 s to write 200,000 cells as .xls; both go through the same count.
test("more cells in a sheet than the limit are refused", async () => {
  expect(await code(workbook(1, MAX_CELLS_PER_SHEET + 10), "ods")).toBe("too_many_cells");
});

test("an .xls that takes longer than the time limit to read is refused", async () => {
  let t = 0;
  expect(await code(workbook(1, 10), "xls", { now: () => (t += 60_000) })).toBe("too_slow");
});

test(`an .xls over ${MAX_FILE_BYTES / 1048576} MB is refused before it is parsed`, async () => {
  const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const [f] = (await readInput(bytes, "x.xls", sha256Hex)).files;
  expect(f.read.ok ? "ok" : f.read.failure.code).toBe("too_large");
});
