// Comparing a consolidation with the same period last year, as a province officer meets it: last year's
// reports, last year's summary made by tonghop, or a report typed with last year's totals; each total and
// rate against it, each commune against its own history, and why last year cannot be compared when not.
import { compareWithPrevious, type Comparison, type PreviousInput } from "../../../src/core/compare";
import { consolidate, type Summary, type UnitFile } from "../../../src/core/consolidate";
import { layoutReport } from "../../../src/core/layout/report";
import { summaryPlan } from "../../../src/core/layout/summary";
import { extractReport } from "../../../src/core/read/extract";
import { readSummaryUnits } from "../../../src/core/read/summary-units";
import type { RosterEntry } from "../../../src/core/roster";
import { loadTemplate, templateFields, type Template } from "../../../src/core/templates";
import { readXlsx } from "../../../src/xlsx/read";
import { renderXlsx } from "../../../src/xlsx/write";
import { metaFor, template } from "../../helpers/reports";
import { unitFile, unitReport, type Values } from "../../helpers/unit-reports";

const t = template("cong-tac-tre-em");

/** A commune's figures: sub-counts within their totals, money in whole đồng. */
function figures(seed: number, over: Values = {}): Values {
  const v: Values = {};
  templateFields(t).forEach((f, i) => (v[f.id] = f.kind === "money" ? 1_000_000 * (seed + i) : 100 * seed + i));
  return {
    ...v,
    special_assisted: v.special_total,
    abused_supported: v.abused_total,
    villages_with_venue: 1,
    communes_total: 1,
    communes_child_friendly: 0,
    ...over,
  };
}

const file = (name: string, unit: string, period: string, values: Values): UnitFile =>
  unitFile(name, unitReport(t, { unitName: unit, period, reportDate: `${period.slice(0, 4)}-06-01` }, values));

const ROSTER: RosterEntry[] = [
  { name: "Xã Khe Sanh" },
  { name: "Xã Hướng Hóa" },
  { name: "Xã Lệ Thủy" },
  { name: "Xã Tân Gianh", remark: "Sáp nhập xã Quảng Trung, xã Quảng Tùng (2025)" },
  { name: "Xã Cam Lộ" },
];

// Last year: Khe Sanh, Hướng Hóa (spelt "Huong Hoa"), Lệ Thủy, the two communes merged into Tân Gianh since.
const lastYear = [
  file("2024/khe-sanh.xlsx", "Xã Khe Sanh", "2024-6T", figures(1, { funds_state: 12_000_000, forums: 3 })),
  file("2024/huong-hoa.xlsx", "Xa Huong Hoa", "2024-6T", figures(2, { trainees: 400 })),
  file("2024/le-thuy.xlsx", "Xã Lệ Thủy", "2024-6T", figures(3, { special_total: 40, special_assisted: 30 })),
  file("2024/quang-trung.xlsx", "Xã Quảng Trung", "2024-6T", figures(4)),
  file("2024/quang-tung.xlsx", "Xã Quảng Tùng", "2024-6T", figures(5)),
];
// This year: Khe Sanh typed its money in nghìn (12.000 for 12.000.000) and went from 3 forums to 2; Hướng
// Hóa's trainees rose 6× (a real rise); Lệ Thủy's rate of assisted children rose; Tân Gianh is new; Cam Lộ
// reports for the first time.
const thisYear = [
  file("2025/khe-sanh.xlsx", "Xã Khe Sanh", "2025-6T", figures(1, { funds_state: 12_000, forums: 2 })),
  file("2025/huong-hoa.xlsx", "Xã Hướng Hóa", "2025-6T", figures(2, { trainees: 2400 })),
  file("2025/le-thuy.xlsx", "Xã Lệ Thủy", "2025-6T", figures(3, { special_total: 40, special_assisted: 36 })),
  file("2025/tan-gianh.xlsx", "Xã Tân Gianh", "2025-6T", figures(9)),
  file("2025/cam-lo.xlsx", "Xã Cam Lộ", "2025-6T", figures(6)),
];

const opts = { roster: ROSTER, consolidatingUnit: { name: "Sở Y tế tỉnh Quảng Trị", level: "tinh" as const } };

function compared(previous: PreviousInput, over: { period?: string } = {}): Summary {
  const c = compareWithPrevious(consolidate(thisYear, opts), previous, { roster: ROSTER, ...over });
  if (!c.summary) throw new Error("nothing consolidated");
  return c.summary;
}

function ok(s: Summary): Comparison {
  const c = s.comparison;
  if (!c?.ok) throw new Error(`not compared: ${c && !c.ok ? c.message.en : "none"}`);
  return c;
}

const reports: PreviousInput = { kind: "reports", source: "bao-cao-2024", files: lastYear };
/** Vietnamese grouping, written out here rather than through the code under test. */
const vn = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const sum = (files: UnitFile[], id: string) =>
  files.reduce((n, f) => n + (f.read.ok ? (f.read.report.readings[id].value ?? 0) : 0), 0);

describe("last year's unit reports, consolidated with the same rules", () => {
  const s = compared(reports);
  const c = ok(s);

  test("every total against last year's: change, and % only on a base of 5 or more", () => {
    expect(c.period).toBe("2025-6T");
    expect(c.previousPeriod).toBe("2024-6T");
    expect(c.sameTime).toBe(true);
    for (const f of c.fields) {
      const [now, then] = [sum(thisYear, f.field), sum(lastYear, f.field)];
      expect([f.field, f.current, f.previous, f.change]).toEqual([f.field, now, then, now - then]);
      expect([f.field, f.ratio]).toEqual([f.field, then >= 5 ? (now - then) / then : null]);
    }
    // communes_child_friendly is 0 both years, villages_with_venue 5 then (5 units) and 5 now: the rule's edges.
    expect(c.fields.find((f) => f.field === "communes_child_friendly")?.ratio).toBeNull();
    expect(c.fields.find((f) => f.field === "villages_with_venue")?.ratio).toBe(0);
  });

  test("rates are recomputed from the counts and compared in percentage points", () => {
    const r = c.rates.find((x) => x.rate === "special_assisted_rate");
    const now = sum(thisYear, "special_assisted") / sum(thisYear, "special_total");
    const before = sum(lastYear, "special_assisted") / sum(lastYear, "special_total");
    expect(r?.current).toBeCloseTo(now, 12);
    expect(r?.previous).toBeCloseTo(before, 12);
    expect(r?.points).toBeCloseTo((now - before) * 100, 9);
  });

  test("the sentences read as a report writes them, in Vietnamese and English", () => {
    const lines = c.sentences.flatMap((x) => x.lines);
    const forums = lines.find((l) => l.vi.startsWith("Diễn đàn trẻ em:"));
    const [now, then] = [sum(thisYear, "forums"), sum(lastYear, "forums")];
    const pct = (((now - then) / then) * 100).toFixed(1);
    expect(forums?.vi).toBe(
      `Diễn đàn trẻ em: ${vn(now)} diễn đàn, tăng ${vn(now - then)} diễn đàn (${pct.replace(".", ",")}%) so với cùng kỳ năm trước.`,
    );
    expect(forums?.en).toBe(
      `Diễn đàn trẻ em: ${now.toLocaleString("en")}, up ${(now - then).toLocaleString("en")} (${pct}%) compared with the same period last year.`,
    );
    expect(lines.map((l) => l.vi)).toContain(
      "Số xã, phường, thị trấn, trong đó đạt tiêu chuẩn phù hợp với trẻ em: 0 xã, bằng cùng kỳ năm trước.",
    );
    const rate = lines.find((l) => l.vi.startsWith("Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp"));
    expect(rate?.vi).toMatch(/: \d+,\d%, tăng \d+(,\d)? điểm phần trăm so với cùng kỳ năm trước \(\d+(,\d)?%\)\.$/);
    expect(rate?.en).toMatch(/up \d+(\.\d)? percentage points compared with the same period last year/);
  });

  test("a commune's money typed in nghìn is flagged against its own history; a real 6× rise is not", () => {
    const khe = s.files.find((f) => f.file === "2025/khe-sanh.xlsx");
    const slip = khe?.findings.find((x) => x.code === "history_scale_down");
    expect(slip?.field).toBe("funds_state");
    expect(slip?.message.vi).toContain("năm trước 12.000.000 đồng, năm nay 12.000 đồng: có thể nhập theo nghìn đồng");
    expect(slip?.message.vi).toContain("2024/khe-sanh.xlsx".split("/")[1]);
    const huong = s.files.find((f) => f.file === "2025/huong-hoa.xlsx");
    expect(huong?.findings.filter((x) => x.code.startsWith("history_"))).toEqual([]);
    expect(c.units?.find((u) => u.name === "Xã Hướng Hóa")).toMatchObject({
      match: "spelling",
      previousNames: ["Xa Huong Hoa"],
    });
  });

  test("a merged commune's history is its old communes' summed; a commune with none is said, not flagged", () => {
    const tan = c.units?.find((u) => u.name === "Xã Tân Gianh");
    expect(tan?.match).toBe("merged");
    expect(tan?.previousNames.sort()).toEqual(["Xã Quảng Trung", "Xã Quảng Tùng"]);
    expect(tan?.fields.children_total.previous).toBe(
      (figures(4).children_total as number) + (figures(5).children_total as number),
    );
    expect(tan?.fields.children_total.sources.map((x) => x.file).sort()).toEqual([
      "2024/quang-trung.xlsx",
      "2024/quang-tung.xlsx",
    ]);
    const cam = c.units?.find((u) => u.name === "Xã Cam Lộ");
    expect(cam?.match).toBe("none");
    expect(
      s.files.find((f) => f.file === "2025/cam-lo.xlsx")?.findings.some((x) => x.code.startsWith("history_")),
    ).toBe(false);
    expect(c.notes.map((n) => n.vi).join("\n")).toContain(
      "Chưa có số liệu cùng kỳ của 1 đơn vị (không phải lỗi): Xã Cam Lộ.",
    );
  });

  test("each previous value is traceable: its unit's file, SHA-256 and cell", () => {
    const khe = c.units?.find((u) => u.name === "Xã Khe Sanh");
    const src = khe?.fields.funds_state.sources[0];
    const read = lastYear[0].read.ok ? lastYear[0].read.report.readings.funds_state : undefined;
    expect(src).toEqual({ file: "2024/khe-sanh.xlsx", sha256: lastYear[0].sha256, sheet: "Báo cáo", cell: read?.cell });
  });
});

describe("last year's summary made by tonghop, read back from its workbook", () => {
  const prev = consolidate(lastYear, opts).summary as Summary;
  let previous: PreviousInput;
  beforeAll(async () => {
    const bytes = await renderXlsx(summaryPlan(prev));
    const grid = readXlsx(bytes);
    const read = extractReport(grid, "tong-hop-2024");
    previous = {
      kind: "workbook",
      file: "tong-hop-2024.xlsx",
      sha256: "abc123",
      read,
      units: read.ok ? readSummaryUnits(grid, read.report.template) : undefined,
    };
  });

  test("its totals and each unit's figures, at their cells of the summary", () => {
    const c = ok(compared(previous));
    expect(c.previous.kind).toBe("summary");
    for (const f of c.fields) expect([f.field, f.previous]).toEqual([f.field, prev.totals[f.field]]);
    expect(c.fields.find((f) => f.field === "children_total")?.source).toMatchObject({
      file: "tong-hop-2024.xlsx",
      sha256: "abc123",
      sheet: "Báo cáo",
    });
    const khe = c.units?.find((u) => u.name === "Xã Khe Sanh");
    expect(khe?.fields.funds_state.previous).toBe(12_000_000);
    expect(khe?.fields.funds_state.sources[0]).toMatchObject({
      file: "tong-hop-2024.xlsx",
      sha256: "abc123",
      sheet: "Tổng hợp theo đơn vị",
    });
    expect(c.previous.units?.find((u) => u.name === "Xã Khe Sanh")?.origin).toBe("khe-sanh.xlsx");
    // Cam Lộ sent nothing last year: listed on last year's by-unit sheet as "Chưa nộp", it has no history.
    expect(c.previous.units?.map((u) => u.name)).not.toContain("Xã Cam Lộ");
    expect(c.units?.find((u) => u.name === "Xã Cam Lộ")?.match).toBe("none");
    expect(c.notes[0].vi).toContain("lấy từ bảng tổng hợp của Sở Y tế tỉnh Quảng Trị: tệp tong-hop-2024.xlsx");
  });
});

describe("a report in the same form typed with last year's totals (the first year)", () => {
  test("totals compared; no unit compared, and the note says why", async () => {
    const totals = { children_total: 5000, special_total: 120, special_assisted: 100, forums: 3 };
    const meta = metaFor(t, { unitName: "Sở Y tế tỉnh Quảng Trị", period: "2024-6T", level: "tinh" });
    const grid = readXlsx(await renderXlsx(layoutReport(t, meta, { values: totals }).model));
    const s = compared({ kind: "workbook", file: "so-lieu-2024.xlsx", sha256: "f00d", read: extractReport(grid) });
    const c = ok(s);
    expect(c.previous.kind).toBe("report");
    expect(c.units).toBeUndefined();
    expect(c.fields.find((f) => f.field === "children_total")?.previous).toBe(5000);
    // Cells left blank on the typed report are 0, as in any report.
    expect(c.fields.find((f) => f.field === "trainees")?.previous).toBe(0);
    expect(c.fields.find((f) => f.field === "forums")?.ratio).toBeNull();
    expect(c.notes[0].vi).toContain("Báo cáo chỉ có số tổng: không so sánh được từng đơn vị.");
    expect(s.files.flatMap((f) => f.findings).some((x) => x.code.startsWith("history_"))).toBe(false);
  });
});

describe("what cannot be compared is refused with the reason", () => {
  test("a whole year is not the same period as six months", () => {
    const wrong = lastYear.map((f) => file(`y/${f.file}`, f.read.ok ? f.read.report.meta.unitName : "", "2024", {}));
    const s = compared({ kind: "reports", source: "bao-cao-nam-2024", files: wrong });
    expect(s.comparison).toMatchObject({ ok: false, code: "not_comparable", found: ["2024"] });
    expect(s.comparison?.ok === false && s.comparison.message.vi).toContain("không có báo cáo nào của kỳ 2024-6T");
  });

  test("a summary of the whole year is refused, and compared when the user names that period", async () => {
    const year = consolidate(
      lastYear.map((f) => file(f.file, f.read.ok ? f.read.report.meta.unitName : "", "2024", {})),
      opts,
    ).summary as Summary;
    const grid = readXlsx(await renderXlsx(summaryPlan(year)));
    const read = extractReport(grid);
    const input: PreviousInput = { kind: "workbook", file: "tong-hop-nam-2024.xlsx", sha256: "x", read };
    const refused = compared(input).comparison;
    expect(refused).toMatchObject({ ok: false, code: "not_comparable", found: ["2024"] });
    expect(refused?.ok === false && refused.message.vi).toContain(
      "Số liệu kỳ trước là kỳ 2024, không phải cùng kỳ của kỳ 2025-6T (cùng kỳ năm trước là kỳ 2024-6T",
    );
    const named = ok(compared(input, { period: "2024" }));
    expect(named.sameTime).toBe(false);
    expect(named.sentences[0].lines[0].vi).toMatch(/so với năm 2024\.$/);
    expect(named.sentences[0].lines[0].en).toMatch(/compared with 2024\.$/);
  });

  test("another template, the same period, a file that is no report", async () => {
    const other = template("thang-hanh-dong");
    const meta = metaFor(other, { period: "2024" });
    const read = extractReport(readXlsx(await renderXlsx(layoutReport(other, meta, {}).model)), "x");
    expect(compared({ kind: "workbook", file: "khac.xlsx", sha256: "1", read }).comparison).toMatchObject({
      ok: false,
      code: "other_template",
    });
    expect(compared(reports, { period: "2025-6T" }).comparison).toMatchObject({ ok: false, code: "same_period" });
    const failed: PreviousInput = {
      kind: "workbook",
      file: "anh.png",
      sha256: "2",
      read: { ok: false, failure: { code: "picture", message: { vi: "Đây là ảnh.", en: "A picture." } } },
    };
    expect(compared(failed).comparison).toMatchObject({ ok: false, code: "unreadable" });
  });
});

test("another version of the form: fields of the same id and kind compared, the rest said", () => {
  const raw = JSON.parse(JSON.stringify(t)) as Template;
  raw.version = 2;
  const group = raw.tables[0].groups[2];
  group.fields = group.fields.filter((f) => f.id !== "trainees");
  const money = group.fields.find((f) => f.id === "inspections");
  if (money) money.kind = "money";
  const v2 = loadTemplate(raw);
  const files = lastYear.map((f) =>
    f.read.ok
      ? unitFile(`v2/${f.file}`, {
          ...f.read.report,
          template: v2,
          meta: { ...f.read.report.meta, templateVersion: 2 },
        })
      : f,
  );
  const c = ok(compared({ kind: "reports", source: "v2", files }));
  expect(c.notCompared).toEqual([
    { field: "trainees", reason: "not_in_previous" },
    { field: "inspections", reason: "kind_changed" },
  ]);
  expect(c.fields.map((f) => f.field)).not.toContain("trainees");
  expect(c.notes.map((n) => n.vi).join(" ")).toContain("Mẫu kỳ trước là phiên bản 2, mẫu kỳ này phiên bản 1");
});
