// The command line as a user types it: `tonghop new`, `tonghop templates`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../helpers/cli";
import { META_SHEET } from "../../src/core/form/sheets";
import { loadWorkbook, metaRows, tempDir } from "../helpers/reports";

describe("tonghop new", () => {
  test("writes a report for a commune with its details in the workbook", async () => {
    const file = join(tempDir(), "ang-cang.xlsx");
    const r = await run(
      "new",
      "thang-hanh-dong",
      "--out",
      file,
      "--unit-name",
      "Xã Ẳng Cang",
      "--period",
      "2024",
      "--unit-code",
      "03160",
      "--report-date",
      "03/7/2024",
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain("Đã tạo");
    const meta = metaRows((await loadWorkbook(file)).getWorksheet(META_SHEET)!);
    expect(meta).toMatchObject({
      template_id: "thang-hanh-dong",
      unit_name: "Xã Ẳng Cang",
      unit_code: "03160",
      period: "2024",
      report_date: "03/07/2024",
      level: "xa",
    });
  });

  test("a unit name typed in decomposed Unicode (Mac) is stored in NFC", async () => {
    const file = join(tempDir(), "nfd.xlsx");
    const r = await run(
      "new",
      "thang-hanh-dong",
      "--out",
      file,
      "--unit-name",
      "Xã Ẳng Tở".normalize("NFD"),
      "--period",
      "2024",
    );
    expect(r.code).toBe(0);
    const meta = metaRows((await loadWorkbook(file)).getWorksheet(META_SHEET)!);
    expect(meta.unit_name).toBe("Xã Ẳng Tở".normalize("NFC"));
  });

  test("never writes over an existing file without --force", async () => {
    const file = join(tempDir(), "existing.xlsx");
    writeFileSync(file, "a user's own file");
    const r = await run("new", "thang-hanh-dong", "--out", file, "--unit-name", "Xã Ẳng Nưa", "--period", "2024");
    expect(r.code).toBe(2);
    expect(r.err).toContain("đã có");
    expect(readFileSync(file, "utf8")).toBe("a user's own file");
    const forced = await run(
      "new",
      "thang-hanh-dong",
      "--out",
      file,
      "--unit-name",
      "Xã Ẳng Nưa",
      "--period",
      "2024",
      "--force",
    );
    expect(forced.code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  test.each([
    [["new", "khong-co", "--out", "x.xlsx"], 'Không có mẫu báo cáo "khong-co"'],
    [
      ["new", "thang-hanh-dong", "--out", "x.xlsx", "--unit-name", "X", "--period", "2024-6T"],
      'Kỳ báo cáo "2024-6T" không hợp lệ',
    ],
    [
      [
        "new",
        "thang-hanh-dong",
        "--out",
        "x.xlsx",
        "--unit-name",
        "X",
        "--period",
        "2024",
        "--report-date",
        "2024-07-03",
      ],
      'Ngày "2024-07-03" không hợp lệ',
    ],
    [
      ["new", "thang-hanh-dong", "--out", "x.xlsx", "--unit-name", "X", "--period", "2024", "--level", "thon"],
      'Cấp "thon" không hợp lệ',
    ],
    [["new", "thang-hanh-dong", "--out", "x.xlsx", "--period", "2024"], "Thiếu tham số --unit-name"],
    [["new", "thang-hanh-dong", "--bogus"], "Không có tùy chọn --bogus."],
    [["new", "thang-hanh-dong", "--perod", "2024"], "Không có tùy chọn --perod. Có phải ý bạn là --period?"],
    [["new", "thang-hanh-dong", "--period"], "Tùy chọn --period cần một giá trị, ví dụ --period 2024."],
    [["new", "thang-hanh-dong", "--unit-code"], "Tùy chọn --unit-code cần một giá trị, ví dụ --unit-code 03160."],
    [["validate", "x.xlsx", "--threads", "-1"], "Tùy chọn --threads cần một giá trị, ví dụ --threads 4."],
    [["validate", "x.xlsx", "--lang", "fr"], '--lang "fr" không hợp lệ: hãy ghi --lang vi (tiếng Việt) hoặc --lang en'],
    [["consolidat", "x"], "Lệnh không hợp lệ: consolidat. Có phải ý bạn là consolidate?"],
  ])("refuses %j with exit 2 and says why", async (argv, message) => {
    const cwd = process.cwd();
    process.chdir(tempDir());
    try {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain(message);
      expect(existsSync("x.xlsx")).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  test("--lang EN is English, as --lang en", async () => {
    const r = await run("new", "nope", "--out", "x.xlsx", "--lang", "EN");
    expect(r.code).toBe(2);
    expect(r.err).toContain('No report template "nope"');
  });

  test("speaks English with --lang en", async () => {
    const r = await run("new", "nope", "--out", "x.xlsx", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain('No report template "nope"');
  });

  test("the six-month period is accepted where the template allows it", async () => {
    const file = join(tempDir(), "6t.xlsx");
    const r = await run(
      "new",
      "cong-tac-tre-em",
      "--out",
      file,
      "--unit-name",
      "Xã Sơn Hạ",
      "--period",
      "2024-6t",
      "--level",
      "xa",
    );
    expect(r.code).toBe(0);
    expect(metaRows((await loadWorkbook(file)).getWorksheet(META_SHEET)!).period).toBe("2024-6T");
  });
});

describe("tonghop templates", () => {
  test("--json lists both templates with their field ids", async () => {
    const r = await run("templates", "--json");
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; fields: string[] }[];
    expect(list.map((t) => t.id)).toEqual(["thang-hanh-dong", "cong-tac-tre-em"]);
    expect(list[0].fields).toContain("healthcare_funds");
  });
});
