// `tonghop validate` as a commune clerk and a script use it.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { monthOfActionValues } from "../../src/demo/samples";
import { run } from "../helpers/cli";
import { metaFor, template, tempDir, writeReport } from "../helpers/reports";

const t = template("thang-hanh-dong");
const narratives = Object.fromEntries(t.sections.filter((s) => s.narrative).map((s) => [s.id, "Đã thực hiện."]));
const dir = tempDir("tonghop-validate-");
let clean: string;
let warned: string;
let wrong: string;
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

beforeAll(async () => {
  const v = monthOfActionValues(5);
  clean = await writeReport(dir, "clean.xlsx", t, metaFor(t, { unitName: "Xã Ẳng Nưa" }), { values: v, narratives });
  warned = await writeReport(dir, "warned.xlsx", t, metaFor(t, { unitName: "Xã Búng Lao" }), {
    values: { ...v, gifts_children: 50, gifts_funds: "1.500.000" },
    narratives,
  });
  wrong = await writeReport(dir, "wrong.xlsx", t, metaFor(t, { unitName: "Xã Ẳng Tở" }), {
    values: { ...v, launch_children: "12 vụ" },
    narratives,
  });
});

test("a clean report: exit 0 and 'Sẵn sàng nộp'", async () => {
  const r = await run("validate", clean);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Sẵn sàng nộp");
});

test("warnings alone still exit 0", async () => {
  const r = await run("validate", warned);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Bảng 2 - Hoạt động hỗ trợ trẻ em");
  expect(r.out).toMatch(/Cảnh báo \[B\d+\] Ô B\d+ \(Tặng quà › Kinh phí\): số được nhập dạng văn bản "1.500.000"/);
});

test("an error exits 1 and names the cell", async () => {
  const r = await run("validate", wrong, clean);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(
    /LỖI \[[A-F]\d+\] Ô [A-F]\d+ \(Tổ chức phát động Tháng hành động vì trẻ em › Số trẻ em tham dự\): "12 vụ" không phải là số/,
  );
  expect(r.out).toContain("Tổng cộng 2 tệp: 1 lỗi, 0 cảnh báo.");
});

test("an unreadable file exits 2, and the others are still checked", async () => {
  const junk = join(dir, "junk.xlsx");
  writeFileSync(junk, "not a workbook");
  const r = await run("validate", junk, clean, join(dir, "missing.xlsx"));
  expect(r.code).toBe(2);
  expect(r.out).toContain("Tệp không phải là sổ làm việc Excel");
  expect(r.out).toContain("Không có tệp này: hãy kiểm tra tên tệp và thư mục.");
  expect(r.out).toContain("✓ " + clean);
});

test("--json prints one object per file in the documented shape, in English with --lang en", async () => {
  const r = await run("validate", warned, wrong, "--json", "--lang", "en");
  expect(r.code).toBe(1);
  const list = JSON.parse(r.out);
  expect(list).toHaveLength(2);
  expect(Object.keys(list[0]).sort()).toEqual(["errors", "file", "period", "template", "unit", "warnings"]);
  expect(list[0]).toMatchObject({
    file: warned,
    template: "thang-hanh-dong",
    unit: "Xã Búng Lao",
    period: "2024",
    errors: [],
  });
  expect(list[0].warnings[0]).toEqual({
    code: "number_as_text",
    severity: "warning",
    field: "gifts_funds",
    fields: ["gifts_funds"],
    sheet: "Báo cáo",
    cell: expect.stringMatching(/^[A-F]\d+$/),
    message: expect.stringContaining("number entered as text"),
    suggestion: 1500000,
  });
  expect(list[1].errors[0]).toMatchObject({ code: "not_a_number", field: "launch_children", suggestion: 12 });
});

test("validation never modifies the files it reads", async () => {
  const before = [clean, warned, wrong].map(sha);
  await run("validate", clean, warned, wrong);
  expect([clean, warned, wrong].map(sha)).toEqual(before);
});

test("last year's form dated this year is flagged; empty sections are one line", async () => {
  const reused = await writeReport(
    dir,
    "reused.xlsx",
    t,
    metaFor(t, { unitName: "Xã Mường Lạn", period: "2023", reportDate: "2024-07-02" }),
    {
      values: monthOfActionValues(6),
    },
  );
  const r = await run("validate", reused);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Báo cáo ghi kỳ 2023 nhưng ngày báo cáo là 02/07/2024: có thể đã dùng lại mẫu của kỳ trước.");
  const empty = r.out.split("\n").filter((l) => l.includes("chưa có nội dung"));
  expect(empty).toHaveLength(1);
  expect(empty[0]).toContain('"1. Công tác chỉ đạo, ban hành kế hoạch triển khai"');
  const json = JSON.parse((await run("validate", reused, "--json", "--lang", "en")).out) as {
    warnings: { code: string; message: string }[];
  }[];
  expect(json[0].warnings.filter((w) => w.code === "narrative_empty")).toHaveLength(1);
  expect(json[0].warnings.find((w) => w.code === "period_date_mismatch")?.message).toContain(
    "perhaps last period's form was reused",
  );
  expect((await run("validate", clean)).out).not.toContain("kỳ trước");
});

test("--version prints the package's version", async () => {
  const r = await run("--version");
  expect(r.code).toBe(0);
  expect(r.out.trim()).toBe(
    `tonghop ${(JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version}`,
  );
});
