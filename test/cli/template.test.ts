// `tonghop template from-outline` and `tonghop new --template`: an outline
// pasted into a text file becomes a template file, and a report made from it
// is a real workbook (read back by openpyxl), its labels text, never formulas.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPORT_SHEET, META_SHEET } from "../../src/core/form/sheets";
import { MAX_TEMPLATE_FIELDS } from "../../src/core/limits";
import { findTemplate, templateFields, type Template } from "../../src/core/templates";
import { run } from "../helpers/cli";
import { openpyxlCells } from "../helpers/openpyxl-cells";
import { openpyxlEdit } from "../helpers/openpyxl";
import { tempDir } from "../helpers/reports";
import { FORUM_OUTLINE, SEED_000_OUTLINE } from "../helpers/outlines";

const dir = tempDir("tonghop-template-");

describe("tonghop template from-outline", () => {
  test("seed 000's outline, saved by Word as UTF-16 'Unicode text', gives a template file", async () => {
    const outline = join(dir, "de-cuong.txt");
    writeFileSync(outline, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_000_OUTLINE, "utf16le")]));
    const out = join(dir, "mau.json");
    const r = await run("template", "from-outline", outline, "--out", out);
    expect(r.code).toBe(0);
    expect(r.err).toContain("Đã tạo mẫu");
    expect(r.err).toContain("3 bảng, 16 chỉ tiêu (trong đó 5 chỉ tiêu tiền)");
    // The preview shows each column's guessed kind and id before the file is used.
    expect(r.err).toContain("Bảng 1 - Kinh phí thực hiện — Biểu tổng hợp số liệu kinh phí thực hiện (sau mục I.4.b)");
    expect(r.err).toContain("    [tiền] Tặng quà › Kinh phí  (tang_qua_kinh_phi)");
    expect(r.err).toContain("    [số đếm] Tặng quà › Số lượng trẻ em  (tang_qua_so_luong_tre_em)");
    const t = JSON.parse(readFileSync(out, "utf8")) as Template;
    expect(templateFields(t).map((f) => f.label)).toEqual(
      templateFields(findTemplate("thang-hanh-dong")!).map((f) => f.label),
    );
    // Never over an existing file.
    expect((await run("template", "from-outline", outline, "--out", out)).code).toBe(2);
  });

  test("an outline with no table is refused, saying why and writing nothing", async () => {
    const outline = join(dir, "no-table.txt");
    writeFileSync(outline, "BÁO CÁO KẾT QUẢ NĂM 2024\n\nI. KẾT QUẢ\n1. Chỉ đạo\n");
    const r = await run("template", "from-outline", outline, "--out", join(dir, "none.json"), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("no table of figures");
  });
});

describe("tonghop new --template", () => {
  test("a half-year report from an outline's template, read back by openpyxl: headers printed, labels as text", async () => {
    const outline = join(dir, "forum.txt");
    writeFileSync(outline, FORUM_OUTLINE.replace("Diễn đàn cấp tỉnh", '=HYPERLINK("http://x")'));
    const mau = join(dir, "forum.json");
    expect((await run("template", "from-outline", outline, "--out", mau)).code).toBe(1); // the STT column is a warning
    const file = join(dir, "forum.xlsx");
    const r = await run("new", "--template", mau, "--out", file, "--unit-name", "Xã Ẳng Cang", "--period", "2025-6T");
    expect(r.code).toBe(0);
    const { cells } = openpyxlCells(file, REPORT_SHEET);
    const text = (v: string) => cells.find((c) => c.value === v);
    expect(text("BÁO CÁO KẾT QUẢ TỔ CHỨC DIỄN ĐÀN TRẺ EM 6 THÁNG ĐẦU NĂM 2025")).toBeDefined();
    expect(text("Biểu 1. Diễn đàn trẻ em")).toBeDefined();
    expect(text("Số xã tổ chức diễn đàn")).toBeDefined();
    expect(text("Kinh phí (đồng)")).toBeDefined();
    expect(text('=HYPERLINK("http://x")')).toMatchObject({ type: "s" });
    expect(cells.every((c) => c.type !== "f" || String(c.value).startsWith("="))).toBe(true);
    const meta = openpyxlCells(file, META_SHEET).cells.map((c) => c.value);
    expect(meta).toContain("bao-cao-ket-qua-to-chuc-dien-dan-tre-em".replace(/^bao-cao-/, ""));
  });

  test("a malformed or oversized template file is refused with the reason", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...findTemplate("thang-hanh-dong"), id: "Mẫu sai" }));
    const r1 = await run(
      "new",
      "--template",
      bad,
      "--out",
      join(dir, "x.xlsx"),
      "--unit-name",
      "Xã A",
      "--period",
      "2024",
    );
    expect(r1.code).toBe(2);
    expect(r1.err).toContain("không dùng được");
    expect(r1.err).toContain("id");
    const t = findTemplate("thang-hanh-dong")!;
    const many = Array.from({ length: MAX_TEMPLATE_FIELDS + 1 }, (_, i) => ({
      id: `f${i}`,
      label: `Chỉ tiêu ${i}`,
      kind: "count",
    }));
    const big = join(dir, "big.json");
    writeFileSync(
      big,
      JSON.stringify({ ...t, tables: [{ ...t.tables[0], groups: [{ label: "Nhóm", fields: many }] }] }),
    );
    const r2 = await run(
      "new",
      "--template",
      big,
      "--out",
      join(dir, "y.xlsx"),
      "--unit-name",
      "Xã A",
      "--period",
      "2024",
      "--lang",
      "en",
    );
    expect(r2.code).toBe(2);
    expect(r2.err).toContain(`${MAX_TEMPLATE_FIELDS + 1} fields, more than allowed (${MAX_TEMPLATE_FIELDS})`);
    const ctrl = join(dir, "ctrl.json");
    writeFileSync(ctrl, JSON.stringify({ ...t, title: "BÁO CÁO\u0007 {period}" }));
    const r3 = await run(
      "new",
      "--template",
      ctrl,
      "--out",
      join(dir, "z.xlsx"),
      "--unit-name",
      "Xã A",
      "--period",
      "2024",
      "--lang",
      "en",
    );
    expect(r3.err).toContain("title: the text holds a control");
  });
});

describe("tonghop template export / check", () => {
  test("a template file with version 0 and a number for a label is checked in Vietnamese, or in English with --lang en", async () => {
    const t = JSON.parse(JSON.stringify(findTemplate("thang-hanh-dong"))) as Template;
    const bad = join(dir, "mau-sai.json");
    writeFileSync(
      bad,
      JSON.stringify({
        ...t,
        version: 0,
        tables: [{ ...t.tables[0], groups: [{ ...t.tables[0].groups[0], label: 5 }, ...t.tables[0].groups.slice(1)] }],
      }),
    );
    const vi = await run("template", "check", bad);
    expect(vi.code).toBe(1);
    expect(vi.err).toContain("  - Mẫu không hợp lệ tại version: cần từ 1 trở lên");
    expect(vi.err).toContain("  - Mẫu không hợp lệ tại tables.0.groups.0.label: cần chữ trong ngoặc kép");
    expect(vi.err).not.toMatch(/Invalid|expected|Too small/);
    const en = await run("template", "check", bad, "--lang", "en");
    expect(en.err).toContain("  - The template is not valid at version: must be at least 1");
    expect(en.err).toContain("  - The template is not valid at tables.0.groups.0.label: expected text in quotes");
  });

  test("a template file with a trailing comma, or an empty one, says where to look or that it is empty, in both languages", async () => {
    const comma = join(dir, "mau-thua-phay.json");
    writeFileSync(comma, '{\n  "id": "mau",\n  "tables": [\n    { "id": "b1" },\n  ]\n}\n');
    const vi = await run("template", "check", comma);
    expect(vi.code).toBe(1);
    expect(vi.err).toContain("(lỗi ở dòng 4, cột 19): thừa dấu phẩy ngay trước dấu ngoặc đóng");
    const en = await run("template", "check", comma, "--lang", "en");
    expect(en.err).toContain("(error at line 4, column 19): an extra comma right before a closing");
    expect(en.err).not.toMatch(/Unexpected|Expected|position|\^/);
    const empty = join(dir, "mau-trong.json");
    writeFileSync(empty, "\n");
    const viEmpty = await run("validate", join(dir, "none.xlsx"), "--template", empty);
    expect(viEmpty.err).toContain("Tệp mẫu trống (không có nội dung)");
    expect(viEmpty.err).not.toContain("end of JSON");
    const enEmpty = await run("template", "check", empty, "--lang", "en");
    expect(enEmpty.err).toContain("The template file is empty (it has no content)");
  });

  test("a built-in exported as a definition workbook checks clean and makes the same report as the built-in", async () => {
    const def = join(dir, "dinh-nghia.xlsx");
    expect((await run("template", "export", "thang-hanh-dong", "--out", def)).code).toBe(0);
    const ok = await run("template", "check", def);
    expect(ok.code).toBe(0);
    expect(ok.err).toContain("Mẫu thang-hanh-dong (phiên bản 1) dùng được: 13 mục, 3 bảng, 16 chỉ tiêu, 13 quy tắc.");
    const a = join(dir, "from-def.xlsx");
    const b = join(dir, "built-in.xlsx");
    const args = ["--unit-name", "Xã Ẳng Cang", "--period", "2024", "--report-date", "03/7/2024"];
    expect((await run("new", "--template", def, "--out", a, ...args)).code).toBe(0);
    expect((await run("new", "thang-hanh-dong", "--out", b, ...args)).code).toBe(0);
    expect(openpyxlCells(a, REPORT_SHEET).cells).toEqual(openpyxlCells(b, REPORT_SHEET).cells);
  });

  test("a mistake typed in by openpyxl is named by sheet and cell; the template is then refused by new", async () => {
    const def = join(dir, "dinh-nghia-2.xlsx");
    expect((await run("template", "export", "cong-tac-tre-em", "--out", def)).code).toBe(0);
    const [bad] = openpyxlEdit([
      {
        src: def,
        out: join(dir, "dinh-nghia-sai.xlsx"),
        cells: [{ sheet: "Chỉ tiêu", cell: "E3", kind: "text", value: "phần trăm" }],
      },
    ]);
    const r = await run("template", "check", bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Trang "Chỉ tiêu", ô E3: "phần trăm" không hợp lệ: chọn một trong số đếm, tiền.');
    const n = await run(
      "new",
      "--template",
      bad,
      "--out",
      join(dir, "never.xlsx"),
      "--unit-name",
      "Xã A",
      "--period",
      "2024",
      "--lang",
      "en",
    );
    expect(n.code).toBe(2);
    expect(n.err).toContain('Sheet "Chỉ tiêu", cell E3');
  });
});
