// The value rules, as a commune clerk meets them.
import fc from "fast-check";
import { moneyFromText, parseCellValue, wholeNumberFromText } from "../../../src/core/read/value";
import type { GridCell } from "../../../src/core/read/grid";
import { MAX_TYPED_COUNT, MAX_TYPED_MONEY } from "../../../src/core/limits";

const num = (v: number): GridCell => ({ value: { t: "n", v } });
const text = (v: string): GridCell => ({ value: { t: "s", v } });

describe("value rules", () => {
  test("a whole number ≥ 0 is its own value, with no finding", () => {
    expect(parseCellValue(num(25))).toEqual({ value: 25, raw: 25, blank: false });
  });

  test('a commune that typed "1.500.000" as text gets a warning and its number is counted', () => {
    expect(parseCellValue(text("1.500.000"))).toMatchObject({
      value: 1_500_000,
      problem: "number_as_text",
      suggestion: 1_500_000,
    });
    expect(parseCellValue(text("1 500 000"))).toMatchObject({ value: 1_500_000, problem: "number_as_text" });
    expect(parseCellValue(text("1\u00a0500\u00a0000"))).toMatchObject({ value: 1_500_000, problem: "number_as_text" });
    expect(parseCellValue(text("25"))).toMatchObject({ value: 25, problem: "number_as_text" });
  });

  test('"12 em" counts 12 with a warning where children are counted; elsewhere an error with 12 suggested', () => {
    const children = "Số lượng trẻ em";
    expect(parseCellValue(text("12 em"), "count", children)).toMatchObject({
      value: 12,
      problem: "count_with_noun",
      suggestion: 12,
    });
    for (const typed of ["12 trẻ", "12 cháu", "12 người", "1.200 em"])
      expect(parseCellValue(text(typed), "count", children).problem).toBe("count_with_noun");
    expect(parseCellValue(text("3 cuộc"), "count", "cuộc").value).toBe(3);
    expect(parseCellValue(text("2 công trình"), "count", "Số công trình xây mới").value).toBe(2);
    // Cases are not children, and a noun with no field to fit is not read.
    expect(parseCellValue(text("3 vụ"), "count", children)).toMatchObject({ value: null, suggestion: 3 });
    // A count of forums whose label names children ("Diễn đàn trẻ em") is told by its unit.
    expect(parseCellValue(text("12 em"), "count", "diễn đàn")).toMatchObject({ value: null, suggestion: 12 });
    expect(parseCellValue(text("12 em"))).toMatchObject({ value: null, problem: "not_a_number", suggestion: 12 });
  });

  test('"không", "không có", "-", "–", "—" and "x" are 0 with a warning, in count and money cells', () => {
    for (const typed of ["không", "Không có", "-", "–", "—", "x", "X", " - "]) {
      expect(parseCellValue(text(typed), "count", "Số trẻ em")).toMatchObject({ value: 0, problem: "none_as_word" });
      expect(parseCellValue(text(typed), "money", "Kinh phí")).toMatchObject({ value: 0, problem: "none_as_word" });
    }
    // "Chưa có" is "no data yet", not none.
    expect(parseCellValue(text("chưa có"), "count", "Số trẻ em").value).toBeNull();
  });

  test("money written with unit words is counted in đồng, multiplied, never truncated", () => {
    const cases: [string, number][] = [
      ["15tr", 15_000_000],
      ["15 triệu", 15_000_000],
      ["15 TRIỆU ĐỒNG", 15_000_000],
      ["1,5 triệu", 1_500_000],
      ["1.5 triệu", 1_500_000],
      ["500 nghìn", 500_000],
      ["500 ngàn", 500_000],
      ["500k", 500_000],
      ["2 tỷ", 2_000_000_000],
      ["1.500.000đ", 1_500_000],
      ["1,500,000 đ", 1_500_000],
      ["1.500.000 đồng", 1_500_000],
      ["1.500.000 VNĐ", 1_500_000],
      ["1,500,000 VND", 1_500_000],
    ];
    for (const [typed, amount] of cases) {
      expect([typed, parseCellValue(text(typed), "money")]).toEqual([
        typed,
        expect.objectContaining({ value: amount, problem: "money_with_unit", suggestion: amount }),
      ]);
    }
  });

  test("a money amount that reads two ways, or is implausibly small, is an error with no suggestion", () => {
    for (const typed of ["1,500 đ", "1,500 nghìn"]) {
      const p = parseCellValue(text(typed), "money");
      expect([typed, p.value, p.problem, p.suggestion]).toEqual([typed, null, "money_ambiguous", undefined]);
    }
    for (const cell of [num(15), text("15"), text("20 đồng"), num(9_999)]) {
      const p = parseCellValue(cell, "money");
      expect([p.value, p.problem, p.suggestion]).toEqual([null, "money_too_small", undefined]);
    }
    expect(parseCellValue(num(10_000), "money")).toEqual({ value: 10_000, raw: 10_000, blank: false });
    expect(parseCellValue(num(0), "money").value).toBe(0);
  });

  test("property: an amount with unit words is that amount in đồng, whatever the spelling", () => {
    const words: [string, number][] = [
      ["tr", 1e6],
      [" triệu", 1e6],
      [" Triệu đồng", 1e6],
      [" nghìn", 1e3],
      [" ngàn", 1e3],
      [" tỷ", 1e9],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 999 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(...words),
        (n, tenth, [word, factor]) => {
          expect(moneyFromText(`${n}${word}`)).toBe(n * factor);
          expect(moneyFromText(`${n},${tenth}${word}`)).toBe(Math.round((n + tenth / 10) * factor));
          const dong = n * 1_000_000 + tenth * 1000;
          for (const written of [
            `${dong.toLocaleString("de-DE")}đ`,
            `${dong.toLocaleString("en-US")} VNĐ`,
            `${dong} đồng`,
          ]) {
            expect([written, moneyFromText(written)]).toEqual([written, dong]);
          }
        },
      ),
    );
  });

  test("money words in a count cell suggest nothing: 15 triệu is not 15 of anything", () => {
    for (const typed of ["15 triệu", "2 tỷ", "500 nghìn", "1.500.000 đồng", "15tr"]) {
      const p = parseCellValue(text(typed));
      expect([typed, p.value, p.suggestion]).toEqual([typed, null, undefined]);
    }
    expect(moneyFromText("12 em")).toBeNull();
    expect(moneyFromText("12 trẻ em")).toBeNull();
  });

  test("ambiguous text gets no suggestion", () => {
    for (const s of ["1,5", "1.5", "khoảng 20", "1,500", "12/6"]) {
      const p = parseCellValue(text(s));
      expect(p.value).toBeNull();
      expect(p.suggestion).toBeUndefined();
    }
  });

  test("negative and fractional counts are errors", () => {
    expect(parseCellValue(num(-3))).toMatchObject({ value: null, problem: "negative" });
    expect(parseCellValue(text("-3"))).toMatchObject({ value: null, problem: "negative" });
    expect(parseCellValue(num(2.5))).toMatchObject({ value: null, problem: "fraction" });
  });

  test("spreadsheet arithmetic noise is not a fraction", () => {
    expect(parseCellValue(num(0.1 * 30))).toMatchObject({ value: 3 });
    expect(parseCellValue(num(-0))).toMatchObject({ value: 0 });
  });

  test("error values and booleans count nothing", () => {
    expect(parseCellValue({ value: { t: "e", v: "#VALUE!" } })).toMatchObject({ value: null, problem: "error_value" });
    expect(parseCellValue({ value: { t: "e", v: "#REF!" } })).toMatchObject({ value: null, problem: "error_value" });
    expect(parseCellValue({ value: { t: "b", v: true } })).toMatchObject({ value: null, problem: "not_a_number" });
  });

  test("a formula uses its cached value; without one it is an error", () => {
    expect(parseCellValue({ value: { t: "n", v: 40 }, formula: "SUM(A1:A3)" })).toMatchObject({
      value: 40,
      blank: false,
    });
    expect(parseCellValue({ value: null, formula: "SUM(A1:A3)" })).toMatchObject({
      value: null,
      problem: "formula_no_value",
    });
  });

  test("a number beyond 2^53, where a spreadsheet no longer keeps every whole number, is an error that counts nothing", () => {
    for (const n of [2 ** 53 + 2, 1e16, 1.5e20, Number.MAX_VALUE]) {
      for (const kind of ["count", "money"] as const) {
        const p = parseCellValue(num(n), kind);
        expect([n, kind, p.value, p.problem]).toEqual([n, kind, null, "too_large"]);
      }
    }
  });

  test("a number larger than a cell may hold is an error that counts nothing, as Excel's validation in a report file would stop it", () => {
    // 99,999,999 children and 99 nghìn tỷ đồng still count; one more is refused, typed as a number or as text.
    expect(parseCellValue(num(MAX_TYPED_COUNT))).toEqual({ value: 99_999_999, raw: 99_999_999, blank: false });
    expect(parseCellValue(num(MAX_TYPED_COUNT + 1))).toEqual({
      value: null,
      raw: 100_000_000,
      blank: false,
      problem: "too_large",
    });
    expect(parseCellValue(text("100.000.000"))).toMatchObject({ value: null, problem: "too_large" });
    expect(parseCellValue(num(MAX_TYPED_MONEY), "money").value).toBe(99_999_999_999_999);
    expect(parseCellValue(num(MAX_TYPED_MONEY + 1), "money")).toMatchObject({ value: null, problem: "too_large" });
    expect(parseCellValue(text("100000 tỷ"), "money")).toMatchObject({ value: null, problem: "too_large" });
    expect(parseCellValue(num(MAX_TYPED_COUNT + 1), "money").value).toBe(100_000_000);
  });

  test("a blank input is 0 with no finding", () => {
    expect(parseCellValue(undefined)).toEqual({ value: 0, raw: null, blank: true });
    expect(parseCellValue(text("   "))).toEqual({ value: 0, raw: null, blank: true });
  });

  test("property: any whole number from 0 to the largest a count may hold, as a number or as grouped text, reads back equal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_TYPED_COUNT }), (n) => {
        expect(parseCellValue(num(n)).value).toBe(n);
        expect(parseCellValue(text(String(n))).value).toBe(n);
        expect(parseCellValue(text(n.toLocaleString("de-DE"))).value).toBe(n); // 1.500.000
      }),
    );
  });

  test("property: text that is not a whole number is an error or a reading with a warning, never a silent 0", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== "" && wholeNumberFromText(s) === null),
        (s) => {
          const p = parseCellValue(text(s));
          expect(p.problem).toBeDefined();
          if (p.value !== null) expect(p.problem).toBe("none_as_word");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
