// The consolidation engine, as a district officer meets it on deadline day.
import fc from "fast-check";
import { consolidate, type FileStatus, type Summary, type UnitFile } from "../../../src/core/consolidate";
import { templateFields } from "../../../src/core/templates";
import { monthOfActionValues } from "../../../src/demo/samples";
import { template } from "../../helpers/reports";
import { unitFile, unitReport, type Values } from "../../helpers/unit-reports";

const t = template("thang-hanh-dong");
const v = (seed: number, over: Values = {}): Values => ({ ...monthOfActionValues(seed), ...over });
const statusOf = (s: Summary, file: string): FileStatus | undefined => s.files.find((f) => f.file === file)?.status;

function run(files: UnitFile[], opts: Parameters<typeof consolidate>[1] = {}): Summary {
  const s = consolidate(files, { consolidatingUnit: { name: "Huyện Mường Ảng" }, ...opts }).summary;
  if (!s) throw new Error("nothing consolidated");
  return s;
}

describe("file statuses", () => {
  test("the later report of a unit supersedes the older one", () => {
    const old = unitFile("old.xlsx", unitReport(t, { unitName: "Xã Xuân Lao", reportDate: "2024-06-25" }, v(1)));
    const newer = unitFile("new.xlsx", unitReport(t, { unitName: "Xã Xuân Lao", reportDate: "2024-07-01" }, v(2)));
    const s = run([newer, old]);
    expect(statusOf(s, "new.xlsx")).toBe("included");
    expect(statusOf(s, "old.xlsx")).toBe("superseded");
    expect(s.files.find((f) => f.file === "old.xlsx")?.reason?.vi).toContain("new.xlsx");
    expect(s.totals.launch_children).toBe(v(2).launch_children);
  });

  test("of byte-identical files exactly one is included", () => {
    const r = unitReport(t, { unitName: "Xã Ẳng Cang", reportDate: "2024-07-01" }, v(3));
    const s = run([
      unitFile("a.xlsx", r, "same"),
      unitFile("a (1).xlsx", r, "same"),
      unitFile("a - Copy.xlsx", r, "same"),
    ]);
    expect(s.files.map((f) => f.status).sort()).toEqual(["duplicate", "duplicate", "included"]);
    expect(s.totals.gifts_children).toBe(v(3).gifts_children);
  });

  test("the same content re-saved (different bytes) is a duplicate, counted once", () => {
    const a = unitFile("a.xlsx", unitReport(t, { unitName: "Xã Ẳng Cang", reportDate: "2024-07-01" }, v(3)), "sha-a");
    const b = unitFile("b.xlsx", unitReport(t, { unitName: "Ẳng Cang", reportDate: "2024-07-01" }, v(3)), "sha-b");
    const s = run([a, b]);
    expect([statusOf(s, "a.xlsx"), statusOf(s, "b.xlsx")].sort()).toEqual(["duplicate", "included"]);
    expect(s.totals.launch_sites).toBe(v(3).launch_sites);
  });

  test("two different reports of one unit with the same date are a conflict: neither is counted", () => {
    const a = unitFile("a.xlsx", unitReport(t, { unitName: "Xã Ẳng Tở", reportDate: "2024-07-01" }, v(4)));
    const b = unitFile("b.xlsx", unitReport(t, { unitName: "Xã Ẳng Tở", reportDate: "2024-07-01" }, v(5)));
    const other = unitFile("c.xlsx", unitReport(t, { unitName: "Xã Ẳng Nưa", reportDate: "2024-07-01" }, v(6)));
    const s = run([a, b, other], { roster: [{ name: "Xã Ẳng Tở" }, { name: "Xã Ẳng Nưa" }] });
    expect(statusOf(s, "a.xlsx")).toBe("conflict");
    expect(statusOf(s, "b.xlsx")).toBe("conflict");
    expect(s.totals.launch_children).toBe(v(6).launch_children);
    // It did send: "đã nộp, cần xử lý", never "chưa nộp".
    expect(s.missing).toEqual([]);
    expect(s.unresolved.map((u) => [u.name, u.files])).toEqual([["Xã Ẳng Tở", ["a.xlsx", "b.xlsx"]]]);
    expect(s.unresolved[0].reason.vi).toContain("--keep");
  });

  test("two different undated reports of one unit are a conflict", () => {
    const a = unitFile("a.xlsx", unitReport(t, { unitName: "Xã Ẳng Tở" }, v(4)));
    const b = unitFile("b.xlsx", unitReport(t, { unitName: "Xã Ẳng Tở" }, v(5)));
    expect(run([a, b]).files.map((f) => f.status)).toEqual(["conflict", "conflict"]);
  });

  test("unreadable files, other templates, other periods and unidentified units are rejected with a reason", () => {
    const good = unitFile("good.xlsx", unitReport(t, { unitName: "Xã Ẳng Cang", reportDate: "2024-07-01" }, v(1)));
    const broken: UnitFile = {
      file: "broken.xlsx",
      sha256: "x",
      read: { ok: false, failure: { code: "corrupt", message: { vi: "Tệp bị hỏng", en: "damaged" } } },
    };
    const other = unitFile("other.xlsx", unitReport(template("cong-tac-tre-em"), { unitName: "Xã Ẳng Tở" }, {}));
    const lastYear = unitFile("2023.xlsx", unitReport(t, { unitName: "Xã Ẳng Nưa", period: "2023" }, v(2)));
    const noMeta = unitFile("nometa.xlsx", {
      ...unitReport(t, { unitName: "nometa", period: "?" }, v(3)),
      metaSource: "headers",
    });
    const s = run([good, broken, other, lastYear, noMeta], { period: "2024" });
    expect(
      s.files
        .filter((f) => f.status === "rejected")
        .map((f) => f.file)
        .sort(),
    ).toEqual(["2023.xlsx", "broken.xlsx", "nometa.xlsx", "other.xlsx"]);
    expect(s.files.find((f) => f.file === "2023.xlsx")?.reason?.vi).toContain("kỳ 2023, không phải kỳ 2024");
    expect(s.files.find((f) => f.file === "other.xlsx")?.reason?.vi).toContain('mẫu "Báo cáo định kỳ công tác trẻ em"');
    expect(s.totals.launch_sites).toBe(v(1).launch_sites);
  });

  test("a previous summary of the consolidating unit itself is not counted", () => {
    const own = unitFile("tong-hop-cu.xlsx", unitReport(t, { unitName: "Huyện Mường Ảng", level: "huyen" }, v(9)));
    const commune = unitFile("x.xlsx", unitReport(t, { unitName: "Xã Ẳng Cang" }, v(1)));
    const s = run([own, commune]);
    expect(statusOf(s, "tong-hop-cu.xlsx")).toBe("rejected");
    expect(s.totals.launch_sites).toBe(v(1).launch_sites);
  });
});

describe("roster, lateness and matching", () => {
  test("units whose only files were rejected sent something: not missing; late ones are after the deadline", () => {
    const roster = [
      { name: "Xã Ẳng Cang" },
      { name: "Xã Ẳng Tở" },
      { name: "Xã Nặm Lịch" },
      { name: "Thị trấn Mường Ảng" },
    ];
    const files = [
      unitFile("a.xlsx", unitReport(t, { unitName: "xã ẳng cang", reportDate: "2024-07-03" }, v(1))),
      unitFile("b.xlsx", unitReport(t, { unitName: "Xã Ẳng Tở", period: "2023" }, v(2))),
      unitFile("c.xlsx", unitReport(t, { unitName: "Mường Ảng", reportDate: "2024-07-05" }, v(3))),
    ];
    const s = run(files, { roster, deadline: "2024-07-03", period: "2024" });
    expect(s.missing.map((m) => m.name)).toEqual(["Xã Nặm Lịch"]);
    expect(s.unresolved.map((u) => u.name)).toEqual(["Xã Ẳng Tở"]);
    expect(s.unresolved[0].reason.vi).toContain("kỳ 2023");
    expect(s.late).toEqual(["Thị trấn Mường Ảng"]);
    expect(s.units.map((u) => u.name)).toEqual(["Xã Ẳng Cang", "Thị trấn Mường Ảng"]);
  });

  test("a near miss that fits one roster unit is matched with a warning naming both spellings", () => {
    const roster = [{ name: "Xã Ngối Cáy" }, { name: "Xã Ẳng Tở" }];
    const s = run(
      [
        unitFile("ngoi-cay.xlsx", unitReport(t, { unitName: "Xã Ngồi Cáy" }, v(1))),
        unitFile("ang-to.xlsx", unitReport(t, { unitName: "Xã Ăng Tở" }, v(2))),
      ],
      { roster },
    );
    expect(s.missing).toEqual([]);
    expect(s.units.map((u) => u.name)).toEqual(["Xã Ngối Cáy", "Xã Ẳng Tở"]);
    const f = s.files.find((x) => x.file === "ngoi-cay.xlsx")?.findings.find((x) => x.code === "unit_near_match");
    expect(f?.message.vi).toContain('"Xã Ngồi Cáy"');
    expect(f?.message.vi).toContain('"Xã Ngối Cáy"');
  });

  test("a near miss that fits two roster units is listed, never merged", () => {
    const roster = [{ name: "Xã Ngối Cáy" }, { name: "Xã Ngồi Cày" }];
    const s = run([unitFile("ngoi-cay.xlsx", unitReport(t, { unitName: "Xã Ngồi Cáy" }, v(1)))], { roster });
    expect(s.missing.map((m) => m.name)).toEqual(["Xã Ngối Cáy", "Xã Ngồi Cày"]);
    expect(s.missing[0].note?.vi).toContain("ngoi-cay.xlsx");
    // Not on the roster: held, not counted, until the officer keeps it.
    expect([s.files[0].status, s.files[0].reasonCode]).toEqual(["held", "not_in_roster"]);
    expect(s.files[0].reason?.vi).toContain("Tên gần giống: Xã Ngối Cáy, Xã Ngồi Cày.");
    expect(s.units).toHaveLength(0);
    expect(s.unresolved.map((u) => u.name)).toEqual(["Xã Ngồi Cáy"]);
  });

  test("a near miss is not used when another file already is that unit", () => {
    const roster = [{ name: "Xã Ngối Cáy" }];
    const s = run(
      [
        unitFile("a.xlsx", unitReport(t, { unitName: "Xã Ngồi Cáy" }, v(1))),
        unitFile("b.xlsx", unitReport(t, { unitName: "Xã Ngối Cáy" }, v(2))),
      ],
      { roster },
    );
    expect(s.files.map((f) => f.status)).toEqual(["held", "included"]);
    expect(s.files[0].rosterName).toBeUndefined();
    // Kept by the officer, it counts, with the warning that it is not on the roster.
    const kept = run(
      [
        unitFile("a.xlsx", unitReport(t, { unitName: "Xã Ngồi Cáy" }, v(1))),
        unitFile("b.xlsx", unitReport(t, { unitName: "Xã Ngối Cáy" }, v(2))),
      ],
      { roster, keep: ["a.xlsx"] },
    );
    expect(kept.files.map((f) => f.status)).toEqual(["included", "included"]);
    expect(kept.files[0].findings.some((x) => x.code === "unit_not_in_roster")).toBe(true);
  });

  test("units are matched by code when both sides have one", () => {
    const roster = [{ name: "Xã Ẳng Cang", code: "03160" }];
    const s = run([unitFile("a.xlsx", unitReport(t, { unitName: "UBND xã Ẳng Cang (cũ)", unitCode: "03160" }, v(1)))], {
      roster,
    });
    expect(s.missing).toEqual([]);
    expect(s.units[0].name).toBe("Xã Ẳng Cang");
  });
});

describe("numbers", () => {
  test("an erroneous cell contributes nothing; a number typed as text counts", () => {
    const a = unitFile(
      "a.xlsx",
      unitReport(t, { unitName: "Xã A" }, v(1, { launch_children: "12 vụ", gifts_funds: "1.500.000" })),
    );
    const b = unitFile("b.xlsx", unitReport(t, { unitName: "Xã B" }, v(2)));
    const s = run([a, b]);
    expect(s.totals.launch_children).toBe(v(2).launch_children);
    expect(s.totals.gifts_funds).toBe(1_500_000 + (v(2).gifts_funds as number));
    expect(s.files.find((f) => f.file === "a.xlsx")?.findings.some((f) => f.code === "not_a_number")).toBe(true);
  });

  test('money typed with unit words ("15tr") is counted in đồng with a warning, not an error', () => {
    const a = unitFile("a.xlsx", unitReport(t, { unitName: "Xã A" }, v(1, { funds_state: "15tr" })));
    const b = unitFile("b.xlsx", unitReport(t, { unitName: "Xã B" }, v(2)));
    const s = run([a, b]);
    expect(s.totals.funds_state).toBe(15_000_000 + (v(2).funds_state as number));
    const findings = s.files.find((f) => f.file === "a.xlsx")?.findings.filter((f) => f.field === "funds_state");
    expect(findings?.map((f) => [f.code, f.severity, f.suggestion])).toEqual([
      ["money_with_unit", "warning", 15_000_000],
    ]);
    expect(s.incomplete).toBeUndefined();
  });

  test("a figure too large for a spreadsheet to hold exactly (above 2^53) is an error and leaves the total exact", () => {
    const a = unitFile("a.xlsx", unitReport(t, { unitName: "Xã A" }, v(1, { gifts_funds: 2 ** 53 + 2 })));
    const b = unitFile("b.xlsx", unitReport(t, { unitName: "Xã B" }, v(2)));
    const s = run([a, b]);
    expect(s.totals.gifts_funds).toBe(v(2).gifts_funds);
    const found = s.files.find((f) => f.file === "a.xlsx")?.findings.find((f) => f.field === "gifts_funds");
    expect([found?.code, found?.severity]).toEqual(["too_large", "error"]);
    expect(found?.message.vi).toContain("quá lớn");
    expect(s.incomplete).toEqual({ errorCells: 1, missingFields: 0, units: 1 });
  });

  test("a value more than 10× the other units' median is flagged as a likely unit slip", () => {
    const files = [1, 2, 3, 4, 5].map((i) =>
      unitFile(
        `${i}.xlsx`,
        unitReport(t, { unitName: `Xã ${i}` }, v(i, { funds_state: i === 5 ? 15_000_000_000 : 15_000_000 })),
      ),
    );
    const s = run(files);
    const flagged = s.files.filter((f) => f.findings.some((x) => x.code === "outlier" && x.field === "funds_state"));
    expect(flagged.map((f) => f.file)).toEqual(["5.xlsx"]);
    expect(flagged[0].findings.find((x) => x.code === "outlier")?.message.vi).toContain("gấp 1000 lần");
  });

  test("no outlier is called with fewer than five units", () => {
    const files = [1, 2, 3, 4].map((i) =>
      unitFile(
        `${i}.xlsx`,
        unitReport(t, { unitName: `Xã ${i}` }, v(i, { funds_state: i === 4 ? 15_000_000_000 : 15_000_000 })),
      ),
    );
    expect(run(files).files.some((f) => f.findings.some((x) => x.code === "outlier"))).toBe(false);
  });

  test("rates are recomputed from summed counts, never averaged", () => {
    const ct = template("cong-tac-tre-em");
    const a = unitFile("a.xlsx", unitReport(ct, { unitName: "Xã A" }, { special_total: 10, special_assisted: 10 }));
    const b = unitFile("b.xlsx", unitReport(ct, { unitName: "Xã B" }, { special_total: 90, special_assisted: 45 }));
    const s = run([a, b]);
    expect(s.rates.special_assisted_rate).toBeCloseTo(55 / 100);
  });

  test("narratives are pre-filled, each paragraph prefixed by its unit", () => {
    const a = unitFile("a.xlsx", unitReport(t, { unitName: "Xã Ẳng Cang" }, v(1), { "I.1": "Đã ban hành kế hoạch." }));
    const b = unitFile(
      "b.xlsx",
      unitReport(t, { unitName: "Xã Ẳng Tở" }, v(2), { "I.1": "Ban hành kế hoạch ngày 20/5." }),
    );
    expect(run([a, b], { roster: [{ name: "Xã Ẳng Tở" }, { name: "Xã Ẳng Cang" }] }).narratives["I.1"]).toBe(
      "Xã Ẳng Tở: Ban hành kế hoạch ngày 20/5.\nXã Ẳng Cang: Đã ban hành kế hoạch.",
    );
  });
});

describe("properties", () => {
  const unitArb = fc.record({
    name: fc.constantFrom(
      "Xã Ẳng Cang",
      "Xã Ẳng Tở",
      "Xã Ẳng Nưa",
      "Xã Xuân Lao",
      "Xã Mường Lạn",
      "Xã Búng Lao",
      "Thị trấn Mường Ảng",
    ),
    day: fc.integer({ min: 20, max: 30 }),
    seed: fc.integer({ min: 1, max: 50 }),
    bad: fc.boolean(),
  });
  const filesArb = fc
    .array(unitArb, { minLength: 1, maxLength: 12 })
    .map((list) =>
      list.map((u, i) =>
        unitFile(
          `f${i}.xlsx`,
          unitReport(
            t,
            { unitName: u.name, reportDate: `2024-06-${u.day}` },
            v(u.seed, u.bad ? { works_new: "hai" } : {}),
          ),
        ),
      ),
    );

  test("any permutation of the inputs gives the same summary", () => {
    fc.assert(
      fc.property(filesArb, fc.integer(), (files, seed) => {
        const shuffled = [...files].sort(
          (a, b) => ((a.sha256.charCodeAt(seed & 7) ^ seed) & 15) - ((b.sha256.charCodeAt(seed & 7) ^ seed) & 15),
        );
        const s1 = run(files);
        const s2 = run(shuffled.reverse());
        expect(s2.totals).toEqual(s1.totals);
        expect(Object.fromEntries(s2.files.map((f) => [f.file, f.status]))).toEqual(
          Object.fromEntries(s1.files.map((f) => [f.file, f.status])),
        );
        expect(s2.units.map((u) => u.file)).toEqual(s1.units.map((u) => u.file));
      }),
      { numRuns: 150 },
    );
  });

  test("no included unit's valid value is lost or counted twice", () => {
    fc.assert(
      fc.property(filesArb, (files) => {
        const s = run(files);
        const names = s.units.map((u) => u.name);
        expect(new Set(names).size).toBe(names.length);
        for (const f of templateFields(t)) {
          expect(s.totals[f.id]).toBe(s.units.reduce((n, u) => n + (u.readings[f.id].value ?? 0), 0));
        }
        expect(s.files.filter((f) => f.status === "included")).toHaveLength(s.units.length);
      }),
      { numRuns: 150 },
    );
  });

  test("consolidating the summaries of a partition equals consolidating all units directly", () => {
    const distinct = fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 1, max: 500 }),
        seed: fc.integer({ min: 1, max: 99 }),
        part: fc.integer({ min: 0, max: 3 }),
      }),
      {
        minLength: 1,
        maxLength: 20,
        selector: (u) => u.id,
      },
    );
    fc.assert(
      fc.property(distinct, (units) => {
        const files = units.map((u) =>
          unitFile(`x${u.id}.xlsx`, unitReport(t, { unitName: `Xã Số ${u.id}` }, v(u.seed))),
        );
        const direct = run(files);
        const districts = [0, 1, 2, 3]
          .map((p) => files.filter((_, i) => units[i].part === p))
          .filter((g) => g.length > 0)
          .map((g, p) => run(g, { consolidatingUnit: { name: `Huyện ${p}`, level: "huyen" } }));
        const upper = run(
          districts.map((d, p) =>
            unitFile(`h${p}.xlsx`, unitReport(t, { unitName: `Huyện ${p}`, level: "huyen" }, d.totals)),
          ),
          { consolidatingUnit: { name: "Tỉnh Điện Biên", level: "tinh" } },
        );
        expect(upper.totals).toEqual(direct.totals);
      }),
      { numRuns: 100 },
    );
  });
});

test("narratives of many units are cut at a paragraph to fit one Excel cell, saying how many were left out", () => {
  const files = Array.from({ length: 600 }, (_, i) =>
    unitFile(
      `n${i}.xlsx`,
      unitReport(t, { unitName: `Xã Số ${i}` }, v(1), {
        "I.1": "Đã ban hành kế hoạch triển khai Tháng hành động vì trẻ em năm 2024.",
      }),
    ),
  );
  const text = run(files).narratives["I.1"];
  expect(text.length).toBeLessThanOrEqual(32_767);
  expect(text).toMatch(/\n\(… và \d+ đơn vị khác: xem báo cáo của từng đơn vị\.\)$/);
  expect(
    text
      .split("\n")
      .slice(0, -1)
      .every((p) => /^Xã Số \d+: Đã ban hành/.test(p)),
  ).toBe(true);
});
