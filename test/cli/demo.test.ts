// `npm run demo`: the bundled sample units consolidate as their stories say.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../helpers/cli";
import { tempDir } from "../helpers/reports";
import { readReportBytes } from "../../src/xlsx/report-file";

test("the demo writes the sample units and a summary, and tells what happened to each file", async () => {
  const dir = tempDir("tonghop-demo-");
  const r = await run("demo", "--out", dir);
  expect(r.code).toBe(0);
  expect(existsSync(join(dir, "summary.xlsx"))).toBe(true);
  expect(existsSync(join(dir, "roster.csv"))).toBe(true);
  expect(r.out).toMatch(/xa-xuan-lao-ban-cu\.xlsx\s+Bản cũ/);
  expect(r.out).toMatch(/thi-tran-muong-ang\.xlsx\s+Đã tổng hợp\s+muộn/);
  expect(r.out).toMatch(/xa-ang-to\.xlsx\s+Đã tổng hợp\s+1 lỗi/);
  expect(r.out).toMatch(/Chưa nộp:\n {2}Xã Nặm Lịch\n/);
  const summary = readReportBytes(readFileSync(join(dir, "summary.xlsx")), "summary.xlsx");
  expect(summary.ok && summary.report.meta.unitName).toBe("Huyện Mường Ảng");
});

test("under --lang en the demo speaks English: statuses, flags, stories and totals", async () => {
  const dir = tempDir("tonghop-demo-en-");
  const r = await run("demo", "--out", dir, "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/xa-xuan-lao-ban-cu\.xlsx\s+Superseded \(a newer version exists\)\s+an old copy/);
  expect(r.out).toMatch(/thi-tran-muong-ang\.xlsx\s+Included\s+late/);
  expect(r.out).toMatch(/xa-ang-to\.xlsx\s+Included\s+1 error\b/);
  expect(r.out).toContain("Not reported:");
  expect(r.out).toMatch(/Children at the launch events: [\d,]+; total funds: [\d,]+ đồng/);
  // Unit names stay as written; no Vietnamese sentence is left.
  expect(r.out).not.toMatch(/Đã tổng hợp|muộn|lỗi|cảnh báo|Chưa nộp|Tổng số|đúng hạn/);
});
