// Every unit accounted for, as a district meets its inbox: last year's forms
// beside this year's, names as people write them, a correction with the same
// date, a report made on the neighbour's form, cells with errors.
import { consolidate, findPeriods, type Summary, type UnitFile } from "../../../src/core/consolidate";
import { statusWord } from "../../../src/core/i18n/status";
import { layoutSummary, STATUS_SHEET } from "../../../src/core/layout/summary";
import { REPORT_SHEET } from "../../../src/core/form/sheets";
import { monthOfActionValues } from "../../../src/demo/samples";
import type { Level } from "../../../src/core/templates";
import { template } from "../../helpers/reports";
import { unitFile, unitReport, type Values } from "../../helpers/unit-reports";

const t = template("thang-hanh-dong");
const v = (seed: number, over: Values = {}): Values => ({ ...monthOfActionValues(seed), ...over });
type FileMeta = { period?: string; reportDate?: string; level?: Level };
const file = (name: string, unitName: string, seed: number, meta: FileMeta = {}, over: Values = {}): UnitFile =>
  unitFile(name, unitReport(t, { unitName, reportDate: "2024-07-01", ...meta }, v(seed, over)));
const statusOf = (s: Summary, name: string) => s.files.find((f) => f.file === name)?.status;

function run(files: UnitFile[], opts: Parameters<typeof consolidate>[1] = {}): Summary {
  const s = consolidate(files, { consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" }, ...opts }).summary;
  if (!s) throw new Error("nothing consolidated");
  return s;
}

describe("the period is never a vote", () => {
  // Three communes reused last year's files, two sent this year's.
  const files = [
    file("2023/a.xlsx", "Xã Ẳng Cang", 1, { period: "2023", reportDate: "2023-07-01" }),
    file("2023/b.xlsx", "Xã Ẳng Nưa", 2, { period: "2023", reportDate: "2023-07-01" }),
    file("2023/c.xlsx", "Xã Ẳng Tở", 3, { period: "2023", reportDate: "2023-07-01" }),
    file("2024/a.xlsx", "Xã Ẳng Cang", 4),
    file("2024/d.xlsx", "Xã Xuân Lao", 5),
  ];

  test("the deadline's year chooses the period, and the others found are listed", () => {
    const s = run(files, { deadline: "2024-07-03" });
    expect(s.periodChoice).toEqual({
      period: "2024",
      source: "deadline",
      found: [
        { period: "2024", files: 2 },
        { period: "2023", files: 3 },
      ],
    });
    expect(s.units.map((u) => u.file)).toEqual(["2024/a.xlsx", "2024/d.xlsx"]);
    expect(s.files.find((f) => f.file === "2023/b.xlsx")?.reason?.vi).toContain(
      "Đề nghị đơn vị gửi đúng báo cáo kỳ 2024",
    );
    const status = layoutSummary(s).sheets.find((x) => x.name === STATUS_SHEET);
    expect(status?.cells.map((c) => c.value)).toContain(
      "Kỳ báo cáo 2024 (theo năm của hạn nộp 03/07/2024). Các kỳ khác trong các tệp: 2023 (3 tệp).",
    );
  });

  test("without a deadline the latest period is taken, not the most common", () => {
    expect(run(files).periodChoice.source).toBe("latest");
    expect(run(files).period).toBe("2024");
  });

  test("the user's choice wins", () => {
    const s = run(files, { period: "2023", deadline: "2024-07-03" });
    expect([s.period, s.periodChoice.source, s.units.length]).toEqual(["2023", "option", 3]);
  });

  test("findPeriods offers the choice before consolidating", () => {
    expect(findPeriods(files)).toEqual([
      { period: "2024", files: 2 },
      { period: "2023", files: 3 },
    ]);
  });

  test("the default deadline is the consolidating level's, from the template, never the first file's", () => {
    const districts = [
      file("a.xlsx", "Huyện Tuần Giáo", 1, { level: "huyen" }),
      file("b.xlsx", "Huyện Mường Ảng", 2, { level: "huyen" }),
    ];
    const s = consolidate(districts, { consolidatingUnit: { name: "Tỉnh Điện Biên", level: "tinh" } })
      .summary as Summary;
    expect([s.deadline, s.deadlineSource, s.deadlineLevel]).toEqual(["2024-07-20", "template", "huyen"]);
    expect(run([file("a.xlsx", "Xã Ẳng Cang", 1)]).deadline).toBe("2024-07-10");
  });

  test("a province consolidating communes (two tiers since July 2025) holds them to the communes' deadline", () => {
    const communes = [
      file("a.xlsx", "Xã Mường Ảng", 1, { reportDate: "2024-07-15" }),
      file("b.xlsx", "Xã Búng Lao", 2),
    ];
    const s = consolidate(communes, { consolidatingUnit: { name: "Tỉnh Điện Biên", level: "tinh" } })
      .summary as Summary;
    expect([s.deadline, s.deadlineLevel]).toEqual(["2024-07-10", "xa"]);
    expect(s.late).toEqual(["Xã Mường Ảng"]);
  });
});

describe("names as people write them", () => {
  const roster = ["Xã Búng Lao", "Thị trấn Mường Ảng", "Xã Mường Đăng", "Xã Nặm Lịch", "Xã Ngối Cáy", "Xã Ẳng Tở"].map(
    (name) => ({ name }),
  );

  test("without diacritics, with UBND, TT, X. and P.: matched, nothing listed missing", () => {
    const s = run(
      [
        file("1.xlsx", "Xa Bung Lao", 1),
        file("2.xlsx", "TT Mường Ảng", 2),
        file("3.xlsx", "UBND xã Mường Đăng", 3),
        file("4.xlsx", "X. Nặm Lịch", 4),
        file("5.xlsx", "Ngồi Cáy", 5),
        file("6.xlsx", "Xã Ăng Tở", 6),
      ],
      { roster },
    );
    expect(s.missing).toEqual([]);
    expect(s.units.map((u) => u.name)).toEqual(roster.map((r) => r.name));
    const near = s.files.find((f) => f.file === "5.xlsx")?.findings.find((f) => f.code === "unit_near_match");
    expect(near?.message.vi).toBe(
      'Báo cáo ghi "Ngồi Cáy", danh sách ghi "Xã Ngối Cáy": đã coi là cùng một đơn vị. Nếu không đúng, hãy sửa tên trong báo cáo hoặc trong danh sách.',
    );
  });

  test("two spellings of one unit are one unit: the later report supersedes", () => {
    const s = run(
      [file("old.xlsx", "Xa Bung Lao", 1, { reportDate: "2024-06-20" }), file("new.xlsx", "UBND Xã Búng Lao", 2)],
      { roster },
    );
    expect([statusOf(s, "old.xlsx"), statusOf(s, "new.xlsx")]).toEqual(["superseded", "included"]);
  });

  test("a report on the neighbour's form never replaces the neighbour's own report", () => {
    const r = [{ name: "Xã Xuân Lao" }, { name: "Xã Búng Lao" }];
    const own = file("bung-lao.xlsx", "Xã Búng Lao", 1);
    const neighbour = file("Bao cao xa Xuan Lao.xlsx", "Xã Búng Lao", 2, { reportDate: "2024-07-02" });
    const s = run([own, neighbour], { roster: r });
    expect(statusOf(s, "bung-lao.xlsx")).toBe("included");
    expect(statusOf(s, "Bao cao xa Xuan Lao.xlsx")).toBe("conflict");
    expect(s.files.find((f) => f.file === "Bao cao xa Xuan Lao.xlsx")?.reason?.vi).toContain(
      "Tên tệp gợi ý Xã Xuân Lao, báo cáo ghi Xã Búng Lao",
    );
    expect(s.totals.launch_children).toBe(v(1).launch_children);
    expect(s.missing).toEqual([]);
    expect(s.unresolved.map((u) => [u.name, u.files])).toEqual([["Xã Xuân Lao", ["Bao cao xa Xuan Lao.xlsx"]]]);
  });

  test("alone, a report on the neighbour's form counts for the unit inside, with a warning", () => {
    const r = [{ name: "Xã Xuân Lao" }, { name: "Xã Búng Lao" }];
    const s = run([file("Xuan Lao.xlsx", "Xã Búng Lao", 2)], { roster: r });
    expect(statusOf(s, "Xuan Lao.xlsx")).toBe("included");
    const f = s.files[0].findings.find((x) => x.code === "file_name_other_unit");
    expect(f?.message.vi).toContain("Tên tệp gợi ý Xã Xuân Lao, báo cáo ghi Xã Búng Lao");
    expect(s.missing.map((m) => m.name)).toEqual(["Xã Xuân Lao"]);
  });
});

describe("corrections are settled, not deleted", () => {
  const a = file("xuan-lao.xlsx", "Xã Xuân Lao", 1);
  const b = file("xuan-lao (sửa lại).xlsx", "Xã Xuân Lao", 2);

  test("same date, different reports, neither named as the correction: a conflict, shown as sent and needing attention", () => {
    const other = file("xuan-lao-2.xlsx", "Xã Xuân Lao", 2);
    const s = run([a, other], { roster: [{ name: "Xã Xuân Lao" }] });
    expect([statusOf(s, "xuan-lao.xlsx"), statusOf(s, "xuan-lao-2.xlsx")]).toEqual(["conflict", "conflict"]);
    expect(s.missing).toEqual([]);
    expect(s.unresolved).toHaveLength(1);
    const status = layoutSummary(s).sheets.find((x) => x.name === STATUS_SHEET);
    expect(status?.cells.some((c) => c.value === statusWord("unresolved", "vi"))).toBe(true);
    expect(status?.cells.some((c) => c.value === "Chưa nộp")).toBe(false);
  });

  test("keeping one counts it; the other is listed as not kept", () => {
    const s = run([a, b], { roster: [{ name: "Xã Xuân Lao" }], keep: ["xuan-lao (sửa lại).xlsx"] });
    expect([statusOf(s, "xuan-lao.xlsx"), statusOf(s, "xuan-lao (sửa lại).xlsx")]).toEqual(["superseded", "included"]);
    expect(s.files.find((f) => f.file === "xuan-lao.xlsx")?.reason?.vi).toBe(
      "Không giữ: người tổng hợp đã chọn giữ bản xuan-lao (sửa lại).xlsx của đơn vị này.",
    );
    expect(s.totals.launch_children).toBe(v(2).launch_children);
    expect(s.unresolved).toEqual([]);
    const status = layoutSummary(s).sheets.find((x) => x.name === STATUS_SHEET);
    expect(status?.cells.filter((c) => c.value === statusWord("notKept", "vi"))).toHaveLength(1);
  });

  test("a unit whose only file is unreadable sent something: not missing", () => {
    const broken: UnitFile = {
      file: "Xa Nam Lich.xlsx",
      sha256: "x",
      read: { ok: false, failure: { code: "corrupt", message: { vi: "Tệp bị hỏng.", en: "Damaged." } } },
    };
    const s = run([broken, file("a.xlsx", "Xã Xuân Lao", 1)], {
      roster: [{ name: "Xã Xuân Lao" }, { name: "Xã Nặm Lịch" }],
    });
    expect(s.missing).toEqual([]);
    expect(s.unresolved).toEqual([
      {
        name: "Xã Nặm Lịch",
        files: ["Xa Nam Lich.xlsx"],
        reason: { vi: "Đã nộp nhưng không tính được: Tệp bị hỏng.", en: "Sent, but cannot be counted: Damaged." },
      },
    ]);
  });
});

describe("incomplete totals say so", () => {
  const files = [
    file("a.xlsx", "Xã Ẳng Cang", 1, {}, { launch_children: "12 vụ", gifts_funds: "#VALUE!" }),
    file("b.xlsx", "Xã Ẳng Nưa", 2, {}, { works_new: -1 }),
    file("c.xlsx", "Xã Ẳng Tở", 3),
  ];

  test("error cells are counted and named on the report sheet, the status sheet and the by-unit sheet", () => {
    const s = run(files);
    expect(s.incomplete).toEqual({ errorCells: 3, missingFields: 0, units: 2 });
    const note = "Tổng số chưa đầy đủ: 3 ô lỗi của 2 đơn vị chưa được tính.";
    const model = layoutSummary(s);
    const texts = (name: string) =>
      (model.sheets.find((x) => x.name === name)?.cells ?? []).map((c) => String(c.value ?? ""));
    expect(texts(REPORT_SHEET).some((x) => x.startsWith(note))).toBe(true);
    expect(texts(STATUS_SHEET)).toContain(note);
    expect(texts("Tổng hợp theo đơn vị").some((x) => x.startsWith(note))).toBe(true);
    expect(texts("Tổng hợp theo đơn vị")).toContain("12 vụ");
    const fraction = run([file("d.xlsx", "Xã Ẳng Cang", 1, {}, { works_new: 1.5 })]);
    const byUnit = layoutSummary(fraction).sheets.find((x) => x.name === "Tổng hợp theo đơn vị");
    expect(byUnit?.cells.map((c) => c.value)).toContain("1,5");
    expect(run([files[2]]).incomplete).toBeUndefined();
  });
});

test("money far below the other units' median is flagged, even with no per-child rule", () => {
  const files = [1, 2, 3, 4, 5].map((i) => file(`${i}.xlsx`, `Xã ${i}`, i, {}, { funds_state: 20_000_000 + i }));
  files.push(file("6.xlsx", "Xã 6", 6, {}, { funds_state: 15_000 }));
  const s = run(files);
  const f = s.files.find((x) => x.file === "6.xlsx")?.findings.find((x) => x.code === "money_low_outlier");
  expect(f?.field).toBe("funds_state");
  expect(f?.suggestion).toBeUndefined();
  // The amount and the median as each language writes numbers.
  expect(f?.message.vi).toContain("15.000 đồng");
  expect(f?.message.vi).toContain("(20.000.003 đồng)");
  expect(f?.message.en).toContain("15,000 VND");
  expect(f?.message.en).toContain("(20,000,003 VND)");
});
