// An outline pasted as text becomes a template whose report looks like the
// form it came from: seed 000's outline gives the built-in report's sections,
// captions and headers; one-level columns, repeated sub-labels and half-year
// titles are understood; a report made from it is found again by its headers.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutReport } from "../../../src/core/layout/report";
import { REPORT_SHEET } from "../../../src/core/form/sheets";
import type { ModelSheet } from "../../../src/core/layout/model";
import { locateFields } from "../../../src/core/read/locate";
import { templateFields, type Template } from "../../../src/core/templates";
import { templateFromOutline } from "../../../src/core/templates/outline";
import { guessMoney } from "../../../src/core/templates/outline-table";
import { readXlsx } from "../../../src/xlsx/read";
import { renderXlsx } from "../../../src/xlsx/write";
import { DROWNING_OUTLINE, FORUM_OUTLINE, SEED_000_OUTLINE } from "../../helpers/outlines";
import { libreConvert } from "../../helpers/libreoffice";
import { metaFor, tempDir, template } from "../../helpers/reports";

/** What a reader sees on the report sheet: every text cell by position, and the merged blocks. */
function labels(sheet: ModelSheet): { cells: string[]; merges: string[] } {
  return {
    cells: sheet.cells.filter((c) => typeof c.value === "string").map((c) => `${c.row},${c.col}: ${String(c.value)}`),
    merges: sheet.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`),
  };
}

function made(text: string): Template {
  const r = templateFromOutline(text);
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  return r.template as Template;
}

describe("seed 000's outline", () => {
  test("gives a report with the built-in thang-hanh-dong's sections, captions and headers, cell for cell", () => {
    const r = templateFromOutline(SEED_000_OUTLINE);
    expect(r.problems).toEqual([]);
    const mine = r.template as Template;
    const builtIn = template("thang-hanh-dong");
    const ours = layoutReport(mine, metaFor(mine)).model.sheets.find((s) => s.name === REPORT_SHEET) as ModelSheet;
    const theirs = layoutReport(builtIn, metaFor(builtIn)).model.sheets.find(
      (s) => s.name === REPORT_SHEET,
    ) as ModelSheet;
    expect(labels(ours)).toEqual(labels(theirs));
    expect(mine.title).toBe(builtIn.title);
    expect(mine.periodKind).toBe("year");
    expect(templateFields(mine).map((f) => f.kind)).toEqual(templateFields(builtIn).map((f) => f.kind));
    expect(mine.tables.map((t) => t.name)[0]).toBe("Bảng 1 - Kinh phí thực hiện");
    expect(mine.source).toContain("Mường Ảng");
  });

  test("field ids are readable, unique and the same every time", () => {
    const a = made(SEED_000_OUTLINE);
    const ids = templateFields(a).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("tang_qua_so_luong_tre_em");
    expect(ids).toContain("cap_hoc_bong_kinh_phi");
    expect(templateFields(made(SEED_000_OUTLINE)).map((f) => f.id)).toEqual(ids);
  });
});

test("a whole plan pasted gives the same template as its outline alone, saying the plan was left out", () => {
  const plan = "KẾ HOẠCH\nTriển khai Tháng hành động\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n\n" + SEED_000_OUTLINE;
  const r = templateFromOutline(plan);
  expect(r.template).toEqual(made(SEED_000_OUTLINE));
  expect(r.problems.map((p) => p.message.en)).toEqual([
    'Lines 1–6 (the plan before the "Đề cương" line) are left out: only the outline is read.',
  ]);
});

describe("an outline with a one-level column, repeated sub-labels and a half year", () => {
  const t = made(FORUM_OUTLINE);
  const table = t.tables[0];

  test("the title's half year makes a half-year template; the caption is the line above the table", () => {
    expect(t.title).toBe("BÁO CÁO KẾT QUẢ TỔ CHỨC DIỄN ĐÀN TRẺ EM {period}");
    expect(t.periodKind).toBe("half-or-year");
    expect(table.caption).toBe("Biểu 1. Diễn đàn trẻ em");
    expect(table.afterSection).toBe("I.2");
    // A Roman section with no items gets a text area; one with items does not.
    expect(t.sections.map((s) => [s.id, s.narrative])).toEqual([
      ["I", false],
      ["I.1", true],
      ["I.2", true],
      ["II", true],
    ]);
  });

  test("the same sub-label under two groups is two fields; a label with nothing under it is one column", () => {
    expect(table.groups.map((g) => [g.label, g.fields.map((f) => `${f.id}:${f.kind}`)])).toEqual([
      [undefined, ["so_xa_to_chuc_dien_dan:count"]],
      ["Diễn đàn cấp xã", ["dien_dan_cap_xa_so_dien_dan:count", "dien_dan_cap_xa_so_tre_em_tham_gia:count"]],
      ["Diễn đàn cấp tỉnh", ["dien_dan_cap_tinh_so_dien_dan:count", "dien_dan_cap_tinh_so_tre_em_tham_gia:count"]],
      [undefined, ["kinh_phi:money"]],
    ]);
  });

  test("the STT column is left out with a warning naming its line", () => {
    const r = templateFromOutline(FORUM_OUTLINE);
    expect(r.problems.map((p) => [p.line, p.severity])).toEqual([[9, "warning"]]);
    expect(r.problems[0].message.vi).toContain("STT");
  });

  test("a one-level header spans both header rows in the report, and the report is found again by its headers", async () => {
    const layout = layoutReport(t, metaFor(t, { period: "2025-6T" }));
    const report = layout.model.sheets[0];
    const pos = layout.fields["so_xa_to_chuc_dien_dan"];
    expect(report.merges).toContainEqual({ top: pos.row - 2, left: pos.col, bottom: pos.row - 1, right: pos.col });
    expect(report.cells.find((c) => c.row === pos.row - 2 && c.col === pos.col)?.value).toBe("Số xã tổ chức diễn đàn");
    expect(report.cells.find((c) => c.value === "Kinh phí (đồng) (đồng)")).toBeUndefined();
    const grid = readXlsx(await renderXlsx(layout.model));
    // Without the defined names and the metadata, only the printed headers are left.
    const located = locateFields(
      t,
      { sheetNames: grid.sheetNames, sheet: (n) => grid.sheet(n), names: new Map() },
      new Map(),
    );
    expect(located.findings).toEqual([]);
    for (const [id, p] of Object.entries(layout.fields))
      expect(located.positions.get(id)).toMatchObject({ row: p.row, col: p.col });
  });
});

test("a second outline in seed 000's style: captions, lettered items, one-level columns at both ends, money by group", () => {
  const r = templateFromOutline(DROWNING_OUTLINE);
  expect(r.problems).toEqual([]);
  const t = r.template as Template;
  expect([t.title, t.periodKind, t.source]).toEqual([
    "BÁO CÁO KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG ĐUỐI NƯỚC TRẺ EM {period}",
    "year",
    "Kèm theo Kế hoạch số: /KH-UBND ngày tháng năm 2025",
  ]);
  expect(t.tables.map((x) => [x.caption, x.afterSection, x.name])).toEqual([
    ["Biểu 1. Kết quả dạy bơi", "I.2.b", "Bảng 1 - Dạy bơi, kỹ năng an toàn trong môi trường nước"],
    [undefined, "I.3", "Bảng 2 - Tình hình trẻ em bị đuối nước"],
  ]);
  const [swim, drowning] = t.tables;
  expect(swim.groups.map((g) => [g.label, g.fields.map((f) => `${f.id}:${f.kind}`)])).toEqual([
    [undefined, ["so_xa_co_lop_day_boi:count"]],
    ["Trẻ em dưới 6 tuổi", ["tre_em_duoi_6_tuoi_so_tre_hoc_boi:count", "tre_em_duoi_6_tuoi_so_tre_biet_boi:count"]],
    ["Trẻ em 6 - 11 tuổi", ["tre_em_6_11_tuoi_so_tre_hoc_boi:count", "tre_em_6_11_tuoi_so_tre_biet_boi:count"]],
    ["Trẻ em 12 - 16 tuổi", ["tre_em_12_16_tuoi_so_tre_hoc_boi:count", "tre_em_12_16_tuoi_so_tre_biet_boi:count"]],
    ["Kinh phí", ["kinh_phi_ngan_sach:money", "kinh_phi_xa_hoi_hoa:money"]],
  ]);
  expect(drowning.groups).toEqual([{ fields: expect.any(Array) }]);
  expect(drowning.groups[0].fields.map((f) => f.id)).toEqual([
    "so_vu_duoi_nuoc",
    "so_tre_em_tu_vong",
    "so_tre_em_duoc_cuu_song",
  ]);
  expect(t.sections.filter((s) => s.narrative).map((s) => s.id)).toEqual([
    "I.1",
    "I.2.a",
    "I.2.b",
    "I.3",
    "II.1",
    "II.2",
    "III",
  ]);
});

test("an outline without Roman numerals: 1., 2. are its sections and 1.1., a) their items", () => {
  const t = made(
    ["BÁO CÁO TẾT TRUNG THU NĂM 2024", "1. Kết quả", "1.1. Tổ chức vui Tết", "Số điểm\tSố trẻ em", "2. Kiến nghị"].join(
      "\n",
    ),
  );
  expect(t.sections.map((s) => `${s.id}:${s.narrative}`)).toEqual(["1:false", "1.1:true", "2:true"]);
  expect(t.tables[0].afterSection).toBe("1.1");
});

test("headings typed without a space, and items numbered 4.1, are still headings", () => {
  const t = made(
    [
      "BÁO CÁO SƠ KẾT NĂM 2024",
      "I.KẾT QUẢ",
      "4.Kinh phí",
      "4.1. Ngân sách",
      "4.2. Vận động",
      "Số tiền\tSố lượt",
      "II) KIẾN NGHỊ",
    ].join("\n"),
  );
  expect(t.sections.map((s) => `${s.id}:${s.narrative}`)).toEqual([
    "I:false",
    "I.4:false",
    "I.4.1:true",
    "I.4.2:true",
    "II:true",
  ]);
  expect(t.tables[0].afterSection).toBe("I.4.2");
  expect(t.tables[0].groups).toEqual([
    {
      fields: [
        expect.objectContaining({ id: "so_tien", kind: "money" }),
        expect.objectContaining({ id: "so_luot", kind: "count" }),
      ],
    },
  ]);
});

test("Word's manual line breaks inside a heading are spaces; invisible control characters are dropped", () => {
  const t = made("BÁO CÁO\u000BKẾT QUẢ NĂM 2024\nI. KẾT\u000BQUẢ\u0007\nSố\u0000 xã\tSố lớp\n");
  expect(t.title).toBe("BÁO CÁO KẾT QUẢ {period}");
  expect(t.sections[0].heading).toBe("I. KẾT QUẢ");
  expect(t.tables[0].groups[0].fields.map((f) => f.label)).toEqual(["Số xã", "Số lớp"]);
});

describe("what the outline cannot say is reported by line", () => {
  test("no title, no table, a table before any section, a stray line", () => {
    const r = templateFromOutline("Số trẻ em\tSố lớp\nI. KẾT QUẢ\nGhi chú: nộp sớm\n1. Chỉ đạo");
    expect(r.template).toBeUndefined();
    const errors = r.problems.filter((p) => p.severity === "error").map((p) => p.message.en);
    expect(errors.some((m) => m.includes("No title"))).toBe(true);
    expect(errors.some((m) => m.includes("no table"))).toBe(true);
    expect(r.problems.some((p) => p.line === 3 && p.severity === "warning" && p.message.vi.includes("Ghi chú"))).toBe(
      true,
    );
  });
});

test("money is guessed from the label's words, not from 'đồng' inside other words", () => {
  for (const l of [
    "Kinh phí",
    "Ngân sách Nhà nước",
    "Vận động",
    "Số tiền hỗ trợ",
    "Trị giá (triệu đồng)",
    "Giá trị quà, đồng",
  ])
    expect([l, guessMoney(l)]).toEqual([l, true]);
  for (const l of ["Số lượng trẻ em", "Số buổi sinh hoạt cộng đồng", "Hội đồng trẻ em", "Số cuộc vận động viên"])
    expect([l, guessMoney(l)]).toEqual([l, false]);
  expect(guessMoney("Trung ương", "Kinh phí hỗ trợ")).toBe(true);
  expect(guessMoney("Số trẻ em", "Kinh phí hỗ trợ")).toBe(false);
});

test("the drowning outline's report, re-saved by LibreOffice, is found again by names and by headers alone", async () => {
  const t = made(DROWNING_OUTLINE);
  const layout = layoutReport(t, metaFor(t, { period: "2025" }));
  const file = join(tempDir("tonghop-outline-"), "duoi-nuoc.xlsx");
  writeFileSync(file, await renderXlsx(layout.model));
  const [resaved] = libreConvert([file], "xlsx");
  const grid = readXlsx(readFileSync(resaved));
  const byNames = locateFields(t, grid, new Map());
  const byHeaders = locateFields(
    t,
    { sheetNames: grid.sheetNames, sheet: (n) => grid.sheet(n), names: new Map() },
    new Map(),
  );
  for (const located of [byNames, byHeaders]) {
    expect(located.findings).toEqual([]);
    for (const [id, p] of Object.entries(layout.fields))
      expect([id, located.positions.get(id)]).toMatchObject([id, { row: p.row, col: p.col }]);
  }
});
