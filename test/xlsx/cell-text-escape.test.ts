// Text that looks like OOXML's "_xHHHH_" character escape survives a round
// trip: a field id such as "dien_dan_cap_xa_so_dien_dan" (in a report's
// metadata and in a definition workbook) once became "dien_dan_cap\nso_dien_dan"
// when LibreOffice re-saved the file.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SheetBuilder } from "../../src/core/layout/builder";
import { cellText } from "../../src/core/read/grid";
import { readXlsx } from "../../src/xlsx/read";
import { renderXlsx } from "../../src/xlsx/write";
import { libreConvert } from "../helpers/libreoffice";
import { tempDir } from "../helpers/reports";

const TEXTS = ["field:dien_dan_cap_xa_so_dien_dan", "a_x000D_b", "_x005F_", "so_xA1_", "plain_text_x"];

// LibreOffice decodes the escapes as Excel does (openpyxl does not decode them at all, so it is no judge here).
test("cell text with _x…_ sequences is the same after our writer and after LibreOffice re-saves it", async () => {
  const b = new SheetBuilder();
  TEXTS.forEach((t, i) => b.put(i + 1, 1, t, {}));
  const model = {
    font: { name: "Arial", size: 10 },
    sheets: [b.sheet("S", { state: "visible" as const, columns: [30], protect: false, showGridLines: true })],
  };
  const file = join(tempDir("tonghop-xstring-"), "x.xlsx");
  writeFileSync(file, await renderXlsx(model));
  const ours = readXlsx(readFileSync(file)).sheet("S");
  expect(TEXTS.map((_, i) => cellText(ours?.cell(i + 1, 1)))).toEqual(TEXTS);
  const [resaved] = libreConvert([file], "xlsx");
  const back = readXlsx(readFileSync(resaved)).sheet("S");
  expect(TEXTS.map((_, i) => cellText(back?.cell(i + 1, 1)))).toEqual(TEXTS);
});
