// What Excel would receive for each add-in operation at 10, 200 and 1,000 units,
// measured with Microsoft's Office.js runtime (test/helpers/office-runtime.ts):
// round trips (context.sync), the largest request and answer in bytes, and the
// actions sent in all. Runnable alone: `npm run bench:office` (about a minute);
// `npm run bench` runs it too. Writes bench/office-cost.json; the figures before
// the requests were bounded are in bench/office-cost-before.json.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_CAPABILITIES } from "../src/excel/capabilities";
import { operations, type Run } from "../test/helpers/excel-operations";
import { OfficeRig } from "../test/helpers/office-runtime";

type Cost = ReturnType<OfficeRig["totals"]>;

/** Operations whose cost depends on the number of units (or findings, one per unit). */
const SIZED = ["insert report", "read for checking", "mark findings", "unmark findings", "write summary"];

async function measure(n: number): Promise<Record<string, Cost>> {
  const out: Record<string, Cost> = {};
  for (const op of operations(n).filter((o) => SIZED.includes(o.name))) {
    const rig = new OfficeRig({ enforceLimit: false });
    const run: Run = (b) => rig.run(b);
    await op.prepare(run, ALL_CAPABILITIES);
    rig.syncs = [];
    await op.run(run, ALL_CAPABILITIES);
    out[op.name] = rig.totals();
  }
  return out;
}

test("what Excel receives for 10, 200 and 1,000 units", async () => {
  const result: Record<string, Record<string, Cost>> = {};
  for (const n of [10, 200, 1000]) result[n] = await measure(n);
  writeFileSync(join(__dirname, "office-cost.json"), JSON.stringify(result, null, 2) + "\n");
  for (const n of [10, 200, 1000]) {
    for (const cost of Object.values(result[n])) expect(cost.largestRequest).toBeLessThanOrEqual(4 * 1024 * 1024);
  }
}, 600_000);
