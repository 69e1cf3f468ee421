// Text from unit files is data: in a written summary it is a string cell,
// never a formula, whatever it starts with.
import { strFromU8, unzipSync } from "fflate";
import { consolidate } from "../../src/core/consolidate";
import { layoutSummary } from "../../src/core/layout/summary";
import { monthOfActionValues } from "../../src/demo/samples";
import { renderXlsxSync } from "../../src/xlsx/write";
import { readXlsx } from "../../src/xlsx/read";
import { template } from "../helpers/reports";
import { unitFile, unitReport } from "../helpers/unit-reports";

const HOSTILE = [
  '=HYPERLINK("http://evil.example","bấm")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1,2)",
  "<script>alert(1)</script>",
  "a\u0000b\u0007c",
];

test("unit names and narratives that look like formulas stay text in the summary workbook", () => {
  const t = template("thang-hanh-dong");
  const files = HOSTILE.map((name, i) =>
    unitFile(`h${i}.xlsx`, unitReport(t, { unitName: name }, monthOfActionValues(i + 1), { "I.1": name })),
  );
  const summary = consolidate(files, { consolidatingUnit: { name: "Huyện", level: "huyen" } }).summary!;
  const bytes = renderXlsxSync(layoutSummary(summary));
  const parts = unzipSync(bytes);
  const allSheets = Object.keys(parts).filter((k) => k.startsWith("xl/worksheets/sheet"));
  const formulas = allSheets.flatMap((k) => [...strFromU8(parts[k]).matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]));
  expect(formulas.every((f) => /^(SUM\(|IF\()/.test(f))).toBe(true);
  const grid = readXlsx(bytes);
  const texts = grid.sheetNames.flatMap((n) =>
    [...(grid.sheet(n)?.cells() ?? [])].map(([, , c]) => (c.value?.t === "s" ? c.value.v : "")),
  );
  for (const h of HOSTILE.slice(0, 5)) expect(texts).toContain(h);
  // Control characters XML cannot carry are dropped, and the file stays readable.
  expect(texts).toContain("abc");
});
