// Requirement sets kept: the manifest asks for ExcelApi 1.1 (Excel 2016), so a
// member of a later set may only be used behind the capability check of its set.
// Every operation of the add-in — through src/excel and through the pane's Excel
// host — runs on Microsoft's Office.js runtime for hosts of each version; every
// member each request uses is mapped to its set from @types/office-js, and none
// may be above the host's. The rig's host also refuses them (ApiNotFound).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { capabilitiesOf } from "../../src/excel/capabilities";
import { findingsOn, findingsSheet, meta, operations, summaryOf, t, type Run } from "../helpers/excel-operations";
import { versionAbove } from "../helpers/office-api-sets";
import { hostOn } from "../helpers/office-host";
import { OfficeRig } from "../helpers/office-runtime";

const HOSTS = ["1.1", "1.2", "1.3", "1.4", "1.7", "1.8", "1.9", "1.20"];

describe.each(HOSTS)("on an ExcelApi %s host", (host) => {
  const caps = capabilitiesOf((v) => !versionAbove(v, host));
  test.each(operations(3).map((op) => [op.name, op] as const))("%s uses no member above it", async (_name, op) => {
    const rig = new OfficeRig({ apiVersion: host });
    const run: Run = (b) => rig.run(b);
    await op.prepare(run, caps);
    const failure = await op.run(run, caps).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(rig.usesAbove(host)).toEqual([]);
    expect(failure).toBeUndefined();
  });
});

test("the pane's Excel host uses nothing above ExcelApi 1.1 on Excel 2016, and says what it leaves out", async () => {
  const rig = new OfficeRig({ apiVersion: "1.1" });
  const host = hostOn(rig, "1.1");
  expect(host.notes.length).toBeGreaterThan(0);
  expect((await host.insertReport(t, meta, false)).ok).toBe(true);
  const workbook = host.workbook;
  if (!workbook) throw new Error("the Excel host has no workbook actions");
  expect((await workbook.readReport()).ok).toBe(true);
  const findings = findingsOn(2);
  await workbook.goTo(findings[0]);
  await workbook.mark(findings);
  expect(await workbook.unmark()).toBe(true);
  await workbook.fix({ ...findings[0], cell: "D20", suggestion: 5 });
  expect((await host.writeSummary(summaryOf(3), true)).ok).toBe(true);
  const sheets = await workbook.sheetNames();
  await workbook.rosterFromSheet(sheets[1]);
  expect(await workbook.writeFindings(findingsSheet(2))).toBe("Kết quả kiểm tra");
  expect(await workbook.writeFindings(findingsSheet(3))).toBe("Kết quả kiểm tra");
  expect(rig.usesAbove("1.1")).toEqual([]);
});

test("every source file that calls Excel is run by these tests", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );
  const root = join(__dirname, "../../src");
  const callers = files(root)
    .filter((f) => /\.tsx?$/.test(f) && /Excel\.run\(|RequestContext\b|\.workbook\b/.test(readFileSync(f, "utf8")))
    .map((f) => f.slice(root.length + 1));
  const covered = [
    "excel/budget.ts",
    "excel/cells.ts",
    "excel/run.ts",
    "excel/highlight.ts",
    "excel/read-workbook.ts",
    "excel/render.ts",
    "excel/write-model.ts",
    "excel/write-findings.ts",
    "taskpane/host/excel-host.ts",
  ];
  expect(callers.filter((f) => !covered.includes(f))).toEqual([]);
});
