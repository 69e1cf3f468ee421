// What Excel would receive for each add-in operation at 10, 200 and 1,000 units,
// measured with Microsoft's Office.js runtime (test/helpers/office-runtime.ts):
// round trips (context.sync), the largest request and response in bytes, and the
// actions sent in all. Runnable alone: `npm run bench:office`; `npm run bench`
// runs it too. Writes bench/office-cost.json.
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
import { OfficeRig } from "../test/helpers/office-runtime";
import { metaFor, template } from "../test/helpers/reports";
import { unitFile, unitReport } from "../test/helpers/unit-reports";

const t = template("thang-hanh-dong");
type Cost = ReturnType<OfficeRig["totals"]>;

async function measure(n: number): Promise<Record<string, Cost>> {
  const files = Array.from({ length: n }, (_, i) =>
    unitFile(`u${i}.xlsx`, unitReport(t, { unitName: `Xã ${i}`, reportDate: "2024-07-01" }, monthOfActionValues(i + 1))),
  );
  const summary = consolidate(files, { asUnit: { name: "Huyện", level: "huyen" } });
  if (!summary) throw new Error("no summary");
  const out: Record<string, Cost> = {};
  const op = async (name: string, prepare: (r: OfficeRig) => Promise<unknown>, run: (r: OfficeRig) => Promise<unknown>) => {
    const rig = new OfficeRig({ enforceLimit: false });
    await prepare(rig);
    rig.syncs = [];
    await run(rig);
    out[name] = rig.totals();
  };
  const insert = (r: OfficeRig) =>
    r.run((c) => writeModel(c, (s) => layoutReport(t, metaFor(t), {}, "report", s).model, ALL_CAPABILITIES, undefined));
  const findings = Array.from({ length: n }, (_, i) => ({
    code: "x",
    severity: "error" as const,
    sheet: REPORT_SHEET,
    cell: a1(200 + i, 1),
    message: { vi: "x", en: "x" },
  }));
  await op("insert report", async () => undefined, insert);
  await op("read for checking", insert, (r) => r.run((c) => readWorkbookGrid(c)));
  await op("mark findings (one per unit)", insert, (r) => r.run((c) => markFindings(c, findings, ALL_CAPABILITIES)));
  await op("write summary", async () => undefined, (r) =>
    r.run((c) => writeModel(c, (s) => layoutSummary(summary, s), ALL_CAPABILITIES, undefined)),
  );
  await op("read summary back", (r) => r.run((c) => writeModel(c, (s) => layoutSummary(summary, s), ALL_CAPABILITIES, undefined)), (r) =>
    r.run((c) => readWorkbookGrid(c)),
  );
  return out;
}

test("what Excel receives for 10, 200 and 1,000 units", async () => {
  const result: Record<string, Record<string, Cost>> = {};
  for (const n of [10, 200, 1000]) result[n] = await measure(n);
  writeFileSync(join(__dirname, "office-cost.json"), JSON.stringify(result, null, 2) + "\n");
  console.log(JSON.stringify(result, null, 1));
  expect(Object.keys(result)).toHaveLength(3);
}, 600_000);
