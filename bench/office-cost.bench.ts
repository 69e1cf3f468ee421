// Office.js cost of each add-in operation, from office-addin-mock proxies in the
// fake workbook: round trips (context.sync) and proxy objects created, for 10,
// 200 and 1,000 units. Run by `npm run bench`; writes bench/office-cost.json.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate } from "../src/core/consolidate";
import { a1 } from "../src/core/layout/a1";
import { REPORT_SHEET } from "../src/core/layout/meta-sheet";
import { layoutReport } from "../src/core/layout/report";
import { layoutSummary } from "../src/core/layout/summary";
import { monthOfActionValues } from "../src/demo/samples";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { markFindings } from "../src/excel/highlight";
import { readWorkbookGrid } from "../src/excel/read-workbook";
import { writeModel } from "../src/excel/write-model";
import { FakeExcel } from "../test/helpers/fake-excel";
import { metaFor, template } from "../test/helpers/reports";
import { unitFile, unitReport } from "../test/helpers/unit-reports";

const t = template("thang-hanh-dong");

async function measure(n: number) {
  const files = Array.from({ length: n }, (_, i) => unitFile(`u${i}.xlsx`, unitReport(t, { unitName: `Xã ${i}`, reportDate: "2024-07-01" }, monthOfActionValues(i + 1))));
  const summary = consolidate(files, { asUnit: { name: "Huyện", level: "huyen" } })!;
  const out: Record<string, { syncs: number; proxies: number }> = {};
  const op = async (name: string, prepare: (x: FakeExcel) => Promise<void>, run: (x: FakeExcel) => Promise<unknown>) => {
    const excel = new FakeExcel();
    await prepare(excel);
    excel.syncs = 0;
    excel.proxies = 0;
    await run(excel);
    out[name] = { syncs: excel.syncs, proxies: excel.proxies };
  };
  const insert = (x: FakeExcel) => writeModel(x.context(), (s) => layoutReport(t, metaFor(t), {}, "report", s).model, ALL_CAPABILITIES, undefined).then(() => undefined);
  await op("insert report", async () => undefined, insert);
  await op("read for validation", insert, (x) => readWorkbookGrid(x.context()));
  const findings = Array.from({ length: n }, (_, i) => ({ code: "x", severity: "error" as const, sheet: REPORT_SHEET, cell: a1(200 + i, 1), message: { vi: "x", en: "x" } }));
  await op(`mark ${n} findings`, insert, (x) => markFindings(x.context(), findings, ALL_CAPABILITIES));
  await op("write summary", async () => undefined, (x) => writeModel(x.context(), (s) => layoutSummary(summary, s), ALL_CAPABILITIES, undefined));
  return out;
}

test("Office.js cost for 10, 200 and 1,000 units", async () => {
  const result: Record<string, unknown> = {};
  for (const n of [10, 200, 1000]) result[n] = await measure(n);
  writeFileSync(join(__dirname, "office-cost.json"), JSON.stringify(result, null, 2) + "\n");
  for (const n of [10, 200, 1000]) for (const v of Object.values(result[n] as Record<string, { syncs: number }>)) expect(v.syncs).toBeLessThanOrEqual(3);
}, 600_000);
