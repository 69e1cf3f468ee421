// `tonghop consolidate` end to end, on a district's real mix of files: written
// by tonghop, filled in by openpyxl, re-saved by LibreOffice; a copy, an old
// version, last year's report, a stray text file. The summary's "Tổng cộng"
// rows, recalculated by LibreOffice, equal the engine's totals, and the
// summary is itself a valid report one level up.
import { strFromU8, unzipSync } from "fflate";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { a1 } from "../../src/core/form/a1";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { layoutReport } from "../../src/core/layout/report";
import { BY_UNIT_SHEET, TOTAL_LABEL } from "../../src/core/layout/summary";
import { cellText } from "../../src/core/read/grid";
import { validateReport } from "../../src/core/validate";
import { templateFields } from "../../src/core/templates";
import { monthOfActionValues } from "../../src/demo/samples";
import { sha256 } from "../../src/cli/inputs";
import { readXlsx } from "../../src/xlsx/read";
import { readReportBytes } from "../../src/xlsx/report-file";
import { run } from "../helpers/cli";
import { libreConvert } from "../helpers/libreoffice";
import { openpyxlEdit } from "../helpers/openpyxl";
import { metaFor, template, tempDir, writeReport } from "../helpers/reports";

const t = template("thang-hanh-dong");
const fields = templateFields(t).map((f) => f.id);
const dir = tempDir("tonghop-consolidate-");
const units = join(dir, "units");
const val = (seed: number) => monthOfActionValues(seed);
const narratives = { "I.1": "Đã ban hành kế hoạch.", "II.3": "Đề nghị hỗ trợ thêm kinh phí." };
let expected: Record<string, number>;
const hashes = new Map<string, string>();

beforeAll(async () => {
  mkdirSync(units, { recursive: true });
  const w = (
    file: string,
    unitName: string,
    values: Record<string, number | string>,
    reportDate = "2024-07-01",
    period = "2024",
  ) => writeReport(units, file, t, metaFor(t, { unitName, reportDate, period }), { values, narratives });
  await w("ang-cang.xlsx", "Xã Ẳng Cang", val(1));
  copyFileSync(join(units, "ang-cang.xlsx"), join(units, "ang-cang - Copy.xlsx"));
  await w("ang-nua.xlsx", "Xã Ẳng Nưa", val(2));
  await w("ang-to.xlsx", "Xã Ẳng Tở", { ...val(3), launch_children: "12 vụ" });
  await w("xuan-lao-cu.xlsx", "Xã Xuân Lao", val(40), "2024-06-25");
  await w("xuan-lao.xlsx", "Xã Xuân Lao", val(4), "2024-07-02");
  await w("bung-lao-2023.xlsx", "Xã Búng Lao", val(5), "2023-07-01", "2023");
  // openpyxl fills a blank tonghop report.
  const blank = await writeReport(
    dir,
    "blank.xlsx",
    t,
    metaFor(t, { unitName: "Xã Mường Lạn", reportDate: "2024-06-30" }),
  );
  const layout = layoutReport(t, metaFor(t));
  openpyxlEdit([
    {
      src: blank,
      out: join(units, "muong-lan.xlsx"),
      cells: Object.entries(val(6)).map(([k, v]) => ({
        sheet: REPORT_SHEET,
        cell: a1(layout.fields[k].row, layout.fields[k].col),
        kind: "number" as const,
        value: v,
      })),
    },
  ]);
  // Re-saved by LibreOffice, and late.
  const lo = await writeReport(
    dir,
    "muong-dang.xlsx",
    t,
    metaFor(t, { unitName: "Xã Mường Đăng", reportDate: "2024-07-05" }),
    { values: val(7), narratives },
  );
  libreConvert([lo], "xlsx", units);
  writeFileSync(join(dir, "ghi-chu.txt"), "Ghi chú của cán bộ");
  writeFileSync(
    join(dir, "roster.csv"),
    "code,name\n,Xã Ẳng Cang\n,Xã Ẳng Nưa\n,Xã Ẳng Tở\n,Xã Xuân Lao\n,Xã Búng Lao\n,Xã Mường Lạn\n,Xã Mường Đăng\n,Xã Nặm Lịch\n",
  );

  expected = {};
  for (const f of fields) {
    const a3 = f === "launch_children" ? 0 : val(3)[f];
    expected[f] = val(1)[f] + val(2)[f] + a3 + val(4)[f] + val(6)[f] + val(7)[f];
  }
  for (const name of ["ang-cang.xlsx", "ang-to.xlsx", "muong-lan.xlsx", "muong-dang.xlsx"])
    hashes.set(name, sha256(readFileSync(join(units, name))));
});

const args = (out: string, ...more: string[]) => [
  "consolidate",
  units,
  join(dir, "ghi-chu.txt"),
  "--out",
  out,
  "--roster",
  join(dir, "roster.csv"),
  "--deadline",
  "03/07/2024",
  "--as-unit",
  "Huyện Mường Ảng",
  "--level",
  "huyen",
  "--report-date",
  "08/07/2024",
  ...more,
];

describe("a district consolidates its communes", () => {
  let json: {
    template: string;
    period: string;
    totals: Record<string, number>;
    files: {
      file: string;
      unit: string | null;
      status: string;
      errors: { code: string }[];
      warnings: unknown[];
      late: boolean;
      sha256: string;
    }[];
    missing: string[];
    unresolved: { unit: string; files: string[]; reason: string }[];
    late: string[];
  };
  const summaryPath = join(dir, "out", "tong-hop.xlsx");
  let text = "";

  beforeAll(async () => {
    const r = await run(...args(summaryPath), "--json");
    expect(r.code).toBe(1); // flagged: an error in Ẳng Tở, a rejected file
    text = r.out;
    json = JSON.parse(r.out);
  });

  test("--json, written file by file, is the very text JSON.stringify gives (2 spaces, one line break at the end)", () => {
    expect(json.files.length).toBeGreaterThan(5);
    expect(text).toBe(JSON.stringify(json, null, 2) + "\n");
  });

  test("totals are the sums of valid values of the included units", () => {
    expect(json.template).toBe("thang-hanh-dong");
    expect(json.period).toBe("2024");
    expect(json.totals).toEqual(expected);
  });

  test("each file gets exactly one status, with the reason", () => {
    const status = Object.fromEntries(json.files.map((f) => [f.file.split("/").pop(), f.status]));
    expect(status).toEqual({
      "ang-cang - Copy.xlsx": "duplicate",
      "ang-cang.xlsx": "included",
      "ang-nua.xlsx": "included",
      "ang-to.xlsx": "included",
      "bung-lao-2023.xlsx": "rejected",
      "ghi-chu.txt": "rejected",
      "muong-dang.xlsx": "included",
      "muong-lan.xlsx": "included",
      "xuan-lao-cu.xlsx": "superseded",
      "xuan-lao.xlsx": "included",
    });
    expect(json.files.find((f) => f.file.endsWith("ang-to.xlsx"))?.errors.map((e) => e.code)).toEqual(["not_a_number"]);
  });

  test("missing and late units", () => {
    // Búng Lao sent only last year's form: it did send something, so it is not "chưa nộp".
    expect(json.missing).toEqual(["Xã Nặm Lịch"]);
    expect(json.unresolved.map((u) => u.unit)).toEqual(["Xã Búng Lao"]);
    expect(json.late).toEqual(["Xã Mường Đăng"]);
    expect(json.files.find((f) => f.file.endsWith("muong-dang.xlsx"))?.late).toBe(true);
  });

  test("inputs are byte-identical afterwards", () => {
    for (const [name, digest] of hashes) expect(sha256(readFileSync(join(units, name)))).toBe(digest);
    expect(json.files.find((f) => f.file.endsWith("ang-cang.xlsx"))?.sha256).toBe(hashes.get("ang-cang.xlsx"));
  });

  test("the 'Tổng cộng' rows, recalculated by LibreOffice, equal the engine's totals", () => {
    const [recalculated] = libreConvert([summaryPath], "xlsx", join(dir, "recalc"));
    const sheet = readXlsx(readFileSync(recalculated)).sheet(BY_UNIT_SHEET)!;
    const found: Record<string, number> = {};
    let tableIndex = 0;
    for (const [row, col, cell] of sheet.cells()) {
      if (col !== 1 || cellText(cell) !== TOTAL_LABEL) continue;
      const tableFields = t.tables[tableIndex++].groups.flatMap((g) => g.fields.map((f) => f.id));
      tableFields.forEach((id, k) => {
        const c = sheet.cell(row, 3 + k);
        expect(c?.formula).toMatch(/^SUM\(/);
        found[id] = c?.value?.t === "n" ? c.value.v : NaN;
      });
    }
    expect(found).toEqual(expected);
  });

  test("the summary carries a native chart that LibreOffice reads and keeps", () => {
    const parts = unzipSync(new Uint8Array(readFileSync(summaryPath)));
    const chart = strFromU8(parts["xl/charts/chart1.xml"]);
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("Xã Ẳng Cang");
    const [saved] = libreConvert([summaryPath], "xlsx", join(dir, "chart-roundtrip"));
    const kept = Object.keys(unzipSync(new Uint8Array(readFileSync(saved)))).filter((k) =>
      k.startsWith("xl/charts/chart"),
    );
    expect(kept.length).toBe(1);
  });

  test("the summary is itself a valid report of the district for the level above", () => {
    const r = readReportBytes(readFileSync(summaryPath), "tong-hop.xlsx");
    if (!r.ok) throw new Error(r.failure.message.en);
    expect(r.report.meta).toMatchObject({
      unitName: "Huyện Mường Ảng",
      level: "huyen",
      period: "2024",
      reportDate: "2024-07-08",
    });
    for (const f of fields) expect(r.report.readings[f].value).toBe(expected[f]);
    expect(r.report.narratives["I.1"].text).toContain("Xã Ẳng Cang: Đã ban hành kế hoạch.");
    expect(validateReport(r.report).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a province consolidating district summaries gets the same totals", async () => {
    const province = join(dir, "province");
    mkdirSync(province);
    copyFileSync(summaryPath, join(province, "muong-ang.xlsx"));
    await writeReport(
      province,
      "tuan-giao.xlsx",
      t,
      metaFor(t, { unitName: "Huyện Tuần Giáo", level: "huyen", reportDate: "2024-07-15" }),
      { values: val(8) },
    );
    const r = await run("consolidate", province, "--json", "--as-unit", "Tỉnh Điện Biên", "--level", "tinh");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      totals: Record<string, number>;
      files: { file: string; warnings: { code: string; message: string }[] }[];
    };
    for (const f of fields) expect(json.totals[f]).toBe(expected[f] + val(8)[f]);
    // What the district left out is said to the province, at the district's file; the whole report says nothing.
    const gaps = json.files.map((f) => [
      f.file.slice(province.length + 1),
      f.warnings.filter((w) => w.code === "summary_gaps"),
    ]);
    expect(gaps.map(([file, w]) => [file, w.length])).toEqual([
      ["muong-ang.xlsx", 1],
      ["tuan-giao.xlsx", 0],
    ]);
    expect(json.files[0].warnings.find((w) => w.code === "summary_gaps")?.message).toBe(
      "Báo cáo tổng hợp của Huyện Mường Ảng chưa đầy đủ: 1 ô của 1 đơn vị chưa được tính; 1 đơn vị chưa nộp; " +
        "1 đơn vị đã nộp nhưng cần xử lý. Các số của đơn vị này chưa gồm những phần đó; hãy hỏi Huyện Mường Ảng đã bổ sung chưa.",
    );
  });

  test("never writes over an existing summary without --force", async () => {
    const before = sha256(readFileSync(summaryPath));
    const r = await run(...args(summaryPath));
    expect(r.code).toBe(2);
    expect(r.err).toContain("đã có");
    expect(sha256(readFileSync(summaryPath))).toBe(before);
    expect((await run(...args(summaryPath), "--force")).code).toBe(1);
  });

  test("the readable output names statuses, the missing and the late, in English too", async () => {
    const r = await run(...args(join(dir, "out", "en.xlsx"), "--lang", "en"));
    expect(r.out).toContain("Superseded (a newer version exists)");
    expect(r.out).toMatch(
      /Sent, needs attention:\n {2}Xã Búng Lao — Sent, but cannot be counted: The report is for period 2023/,
    );
    expect(r.out).toMatch(/Not reported:\n {2}Xã Nặm Lịch\n/);
    expect(r.out).toContain("Late: Xã Mường Đăng");
  });

  test("without --as-unit the screen names the placeholder unit in the user's language", async () => {
    const out = (lang: string) => join(dir, "out", `khong-ten-${lang}.xlsx`);
    const en = await run("consolidate", units, "--out", out("en"), "--lang", "en");
    expect(en.out.split("\n")[0]).toMatch(/ — Consolidating unit$/);
    const vi = await run("consolidate", units, "--out", out("vi"));
    expect(vi.out.split("\n")[0]).toMatch(/ — Đơn vị tổng hợp$/);
  });
});

test("nothing to consolidate exits 2 with the reason", async () => {
  const empty = tempDir();
  writeFileSync(join(empty, "a.xlsx"), "not a workbook");
  const r = await run("consolidate", empty, "--out", join(tempDir(), "x.xlsx"));
  expect(r.code).toBe(2);
  expect(r.err).toContain("Không tổng hợp được");
  expect(r.out).toContain("Tệp không phải là sổ làm việc Excel");
});
