// Whatever happens, consolidation says what became of every file and why, with a code front ends and code act on
// (never the words): the pane and the CLI only show it.
import { consolidate, OUTCOME_CODES, type UnitFile } from "../../../src/core/consolidate";
import { consolidation } from "../../../src/core/i18n/messages";
import { monthOfActionValues } from "../../../src/demo/samples";
import { template } from "../../helpers/reports";
import { unitFile, unitReport } from "../../helpers/unit-reports";

const t = template("thang-hanh-dong");

/** A report sheet copied into a new workbook: recognised by its headers, but no unit and no period. */
function copiedSheet(file: string, seed: number): UnitFile {
  const r = unitReport(t, { unitName: file, period: "?" }, monthOfActionValues(seed));
  return unitFile(file, { ...r, metaSource: "headers" });
}

test("two readable copies without unit or period: both listed as rejected with the reason, and why nothing counts", () => {
  const unreadable: UnitFile = {
    file: "hong.xlsx",
    sha256: "x",
    read: { ok: false, failure: { code: "damaged", message: { vi: "Tệp bị hỏng", en: "Damaged" } } },
  };
  const c = consolidate([copiedSheet("a.xlsx", 1), copiedSheet("b.xlsx", 2), unreadable]);
  expect(c.summary).toBeUndefined();
  expect(c.nothing?.code).toBe("no_report");
  expect(c.files.map((f) => [f.file, f.status, f.reasonCode])).toEqual([
    ["a.xlsx", "rejected", "no_unit"],
    ["b.xlsx", "rejected", "no_unit"],
    ["hong.xlsx", "rejected", "damaged"],
  ]);
  expect(c.files[0].reason).toEqual(consolidation.noUnit());
});

test("only last year's forms: no summary counted, the periods found are named, each file says 'other period'", () => {
  const old = (name: string) =>
    unitFile(`${name}.xlsx`, unitReport(t, { unitName: name, period: "2023" }, monthOfActionValues(1)));
  const c = consolidate([old("Xã Ẳng Cang"), old("Xã Búng Lao")], { period: "2024" });
  expect(c.nothing?.code).toBe("no_report_of_period");
  expect(c.nothing?.found).toEqual([{ period: "2023", files: 2 }]);
  expect(c.nothing?.message.vi).toContain("2023 (2)");
  expect(c.files.every((f) => f.reasonCode === "other_period")).toBe(true);
});

test("the consolidating unit's own summary is coded, and that code (not its words) keeps it off the units needing attention", () => {
  const own = unitFile(
    "tong-hop-lan-truoc.xlsx",
    unitReport(t, { unitName: "Huyện Mường Ảng", level: "huyen", reportDate: "2024-07-05" }, monthOfActionValues(3)),
  );
  const commune = unitFile(
    "ang-cang.xlsx",
    unitReport(t, { unitName: "Xã Ẳng Cang", reportDate: "2024-07-01" }, monthOfActionValues(4)),
  );
  const c = consolidate([own, commune], {
    consolidatingUnit: { name: "Huyện Mường Ảng", level: "huyen" },
    roster: [{ name: "Xã Ẳng Cang" }, { name: "Huyện Mường Ảng" }],
  });
  const outcome = c.summary?.files.find((f) => f.file === own.file);
  expect(outcome?.reasonCode).toBe("own_summary");
  expect(c.summary?.unresolved.map((u) => u.name)).toEqual([]);
});

test("a conflict that counts nothing yet still gives the summary (to keep one) and says why nothing counts", () => {
  const a = unitFile("a.xlsx", unitReport(t, { unitName: "Xã Búng Lao" }, monthOfActionValues(5)));
  const b = unitFile("b.xlsx", unitReport(t, { unitName: "Xã Búng Lao" }, monthOfActionValues(6)));
  const c = consolidate([a, b]);
  expect(c.nothing?.code).toBe("none_countable");
  expect(c.summary?.files.map((f) => f.reasonCode)).toEqual(["conflict", "conflict"]);
  const kept = consolidate([a, b], { keep: ["b.xlsx"] });
  expect(kept.nothing).toBeUndefined();
  expect(kept.files.map((f) => [f.status, f.reasonCode])).toEqual([
    ["superseded", "not_kept"],
    ["included", undefined],
  ]);
});

test("every outcome code is one of the documented codes", () => {
  const a = unitFile(
    "a.xlsx",
    unitReport(t, { unitName: "Xã Búng Lao", reportDate: "2024-06-30" }, monthOfActionValues(5)),
  );
  const b = unitFile(
    "b.xlsx",
    unitReport(t, { unitName: "Xã Búng Lao", reportDate: "2024-07-01" }, monthOfActionValues(6)),
  );
  const copy = unitFile("b (1).xlsx", b.read.ok ? b.read.report : (undefined as never), b.sha256);
  const c = consolidate([a, b, copy]);
  const codes = c.files.map((f) => f.reasonCode).filter((x) => x !== undefined);
  expect(codes.sort()).toEqual(["duplicate", "superseded"]);
  for (const code of codes) expect(OUTCOME_CODES).toContain(code);
});

describe("a correction sent with the same report date is settled by what its name says", () => {
  const first = (name: string, seed: number) =>
    unitFile(name, unitReport(t, { unitName: "Xã Lệ Thủy", reportDate: "2025-06-06" }, monthOfActionValues(seed)));
  test.each([
    "Le Thuy - BC 6T 2025 (sua lai).xlsx",
    "Lệ Thủy - BC 6T 2025 (sửa lại).xlsx",
    "BC Le Thuy bo sung.xlsx",
    "Lệ Thủy điều chỉnh.xlsx",
    "Le Thuy lan 2.xlsx",
    "Le Thuy v2.xlsx",
    "Lệ Thủy - thay thế.xlsx",
  ])("%s is kept, the first is superseded, and both are named", (name) => {
    const c = consolidate([first("Le Thuy - BC 6T 2025.xlsx", 1), first(name, 2)]);
    const [a, b] = [c.files.find((f) => f.file !== name), c.files.find((f) => f.file === name)];
    expect([a?.status, a?.reasonCode, b?.status]).toEqual(["superseded", "corrected", "included"]);
    expect(a?.reason?.vi).toContain(name);
    const said = b?.findings.find((f) => f.code === "kept_correction");
    expect(said?.message.vi).toContain("Le Thuy - BC 6T 2025.xlsx");
    expect(c.summary?.totals.launch_children).toBe(monthOfActionValues(2).launch_children);
  });

  test("'lần 3' wins over 'lần 2'; two unmarked versions stay a conflict; --keep still decides", () => {
    const three = consolidate([first("x lan 2.xlsx", 1), first("x lan 3.xlsx", 2)]);
    expect(three.files.map((f) => f.status)).toEqual(["superseded", "included"]);
    const plain = consolidate([first("a.xlsx", 1), first("b.xlsx", 2)]);
    expect(plain.files.map((f) => f.status)).toEqual(["conflict", "conflict"]);
    const kept = consolidate([first("a.xlsx", 1), first("a (sua lai).xlsx", 2)], { keep: ["a.xlsx"] });
    expect(kept.files.map((f) => [f.file, f.status])).toEqual([
      ["a (sua lai).xlsx", "superseded"],
      ["a.xlsx", "included"],
    ]);
  });
});

test("a unit's form that lacks an indicator is counted without it, and the totals say what they leave out", () => {
  const full = unitFile("a.xlsx", unitReport(t, { unitName: "Xã A" }, monthOfActionValues(1)));
  const short = unitReport(t, { unitName: "Xã B" }, monthOfActionValues(2));
  delete short.readings.gifts_funds;
  const c = consolidate([full, unitFile("b.xlsx", short)]);
  expect(c.summary?.totals.gifts_funds).toBe(monthOfActionValues(1).gifts_funds);
  expect(c.summary?.incomplete).toEqual({ errorCells: 0, missingFields: 1, units: 1 });
  expect(consolidation.incomplete(0, 1, 1).vi).toBe(
    "Tổng số chưa đầy đủ: 1 chỉ tiêu không tìm thấy của 1 đơn vị chưa được tính.",
  );
  expect(consolidation.incomplete(2, 1, 1).en).toBe(
    "Totals are incomplete: 2 error cells and 1 indicator not found of 1 unit are not counted.",
  );
});

describe("a unit not on the roster is held, not added", () => {
  const tg = (name: string, unitName: string, seed: number) =>
    unitFile(name, unitReport(t, { unitName, reportDate: "2024-07-01" }, monthOfActionValues(seed)));
  const roster = [
    { name: "Xã Tân Gianh", remark: "Sáp nhập xã Quảng Trung, xã Quảng Tùng và xã Quảng Châu (2025)" },
    { name: "Xã Ẳng Cang" },
  ];

  test("an old name the roster's remark names is held, said to belong perhaps to the unit whose remark it is", () => {
    const c = consolidate([tg("quang-trung.xlsx", "Xã Quảng Trung", 1), tg("ang-cang.xlsx", "Xã Ẳng Cang", 2)], {
      roster,
    });
    const held = c.files.find((f) => f.file === "quang-trung.xlsx");
    expect([held?.status, held?.reasonCode]).toEqual(["held", "not_in_roster"]);
    expect(held?.reason?.vi).toContain("Ghi chú của Xã Tân Gianh trong danh sách có nhắc đến đơn vị này");
    expect(c.summary?.totals.launch_children).toBe(monthOfActionValues(2).launch_children);
    expect(c.summary?.unresolved.map((u) => [u.name, u.reason.vi === held?.reason?.vi])).toEqual([
      ["Xã Quảng Trung", true],
    ]);
    expect(c.summary?.missing.map((m) => m.name)).toEqual(["Xã Tân Gianh"]);
  });

  test("kept by the officer, it counts", () => {
    const c = consolidate([tg("quang-trung.xlsx", "Xã Quảng Trung", 1), tg("ang-cang.xlsx", "Xã Ẳng Cang", 2)], {
      roster,
      keep: ["quang-trung.xlsx"],
    });
    expect(c.files.map((f) => f.status)).toEqual(["included", "included"]);
    expect(c.summary?.totals.launch_children).toBe(
      (monthOfActionValues(1).launch_children as number) + (monthOfActionValues(2).launch_children as number),
    );
  });
});

test("without a roster, a neighbour's form named for another unit in the inbox never replaces that unit's report", () => {
  const own = unitFile(
    "Bung Lao.xlsx",
    unitReport(t, { unitName: "Xã Búng Lao", reportDate: "2024-07-01" }, monthOfActionValues(1)),
  );
  const neighbour = unitFile(
    "Báo cáo xã Xuân Lao.xlsx",
    unitReport(t, { unitName: "Xã Búng Lao", reportDate: "2024-07-02" }, monthOfActionValues(2)),
  );
  const xuanLao = unitFile(
    "xl.xlsx",
    unitReport(t, { unitName: "Xã Xuân Lao", reportDate: "2024-07-01" }, monthOfActionValues(3)),
  );
  const c = consolidate([own, neighbour, xuanLao]);
  const status = (file: string) => c.files.find((f) => f.file === file)?.status;
  expect([status("Bung Lao.xlsx"), status("Báo cáo xã Xuân Lao.xlsx"), status("xl.xlsx")]).toEqual([
    "included",
    "conflict",
    "included",
  ]);
  const reason = c.files.find((f) => f.file === "Báo cáo xã Xuân Lao.xlsx")?.reason?.vi;
  expect(reason).toContain("Tên tệp gợi ý Xã Xuân Lao, báo cáo ghi Xã Búng Lao");
});
