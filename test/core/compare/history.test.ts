// Each unit against its own history: each threshold of HISTORY_RULES, on both sides of its line, as a
// consolidating officer would meet it (a commune that typed money in nghìn this year, a real rise).
import { checkHistory, historyMessage } from "../../../src/core/compare/history";
import { HISTORY_RULES } from "../../../src/core/compare/rules";
import { historyWords } from "../../../src/core/i18n/compare";

const R = HISTORY_RULES;

test("×10 and more is flagged, a genuine rise under ×10 is not", () => {
  expect(checkHistory("count", 1000, 100)).toMatchObject({ code: "history_jump", factor: R.factor });
  expect(checkHistory("count", 990, 100)).toBeUndefined();
  expect(checkHistory("count", 600, 100)).toBeUndefined();
});

test("÷10 and more is flagged, a fall to a little over a tenth is not", () => {
  expect(checkHistory("count", 100, 1000)).toMatchObject({ code: "history_drop", factor: R.factor });
  expect(checkHistory("count", 101, 1000)).toBeUndefined();
});

test("small counts are left alone: 1 forum to 12 is a real change, 2 to 20 children is looked at", () => {
  expect(checkHistory("count", 12, 1)).toBeUndefined();
  expect(checkHistory("count", R.countMinLarger - 1, 1)).toBeUndefined();
  expect(checkHistory("count", R.countMinLarger, 2)).toMatchObject({ code: "history_jump" });
});

test("from 0 to many, and from many to 0, by kind of value", () => {
  expect(checkHistory("count", R.fromZero.count, 0)).toEqual({ code: "history_from_zero" });
  expect(checkHistory("count", R.fromZero.count - 1, 0)).toBeUndefined();
  expect(checkHistory("count", 0, R.fromZero.count)).toEqual({ code: "history_to_zero" });
  expect(checkHistory("count", 0, R.fromZero.count - 1)).toBeUndefined();
  expect(checkHistory("money", R.fromZero.money, 0)).toEqual({ code: "history_from_zero" });
  expect(checkHistory("money", 50_000_000, 0)).toBeUndefined();
  expect(checkHistory("count", 0, 0)).toBeUndefined();
});

test("money 1,000× below last year looks typed in nghìn đồng; 1,000,000× in triệu; within the tolerance only", () => {
  expect(checkHistory("money", 12_000, 12_000_000)).toEqual({ code: "history_scale_down", scale: 1000 });
  expect(checkHistory("money", 15, 15_000_000)).toEqual({ code: "history_scale_down", scale: 1_000_000 });
  expect(checkHistory("money", 12_000_000, 12_000)).toEqual({ code: "history_scale_up", scale: 1000 });
  // 1,000 ÷ tolerance is still a nghìn slip; a little below it is a plain ÷ drop.
  expect(checkHistory("money", 10_000 * (1000 / R.scaleTolerance), 10_000)).toMatchObject({
    code: "history_scale_up",
  });
  expect(checkHistory("money", 10_000, 10_000 * (1000 / R.scaleTolerance - 10))).toMatchObject({
    code: "history_drop",
  });
  // A tenfold change of money that is far from any scale is a plain jump.
  expect(checkHistory("money", 150_000_000, 10_000_000)).toMatchObject({ code: "history_jump" });
});

test("the warning names both values the way the issue's officer would say them", () => {
  const facts = {
    cell: "D20",
    label: "Kinh phí ngân sách nhà nước",
    kind: "money",
    noun: "",
    current: 12_000,
    previous: 12_000_000,
    ...historyWords(true, "2024"),
    source: "tong-hop-2024.xlsx, Tổng hợp theo đơn vị!E12",
  };
  const m = historyMessage({ code: "history_scale_down", scale: 1000 }, facts);
  expect(m.vi).toContain("năm trước 12.000.000 đồng, năm nay 12.000 đồng: có thể nhập theo nghìn đồng");
  expect(m.vi).toContain("tong-hop-2024.xlsx, Tổng hợp theo đơn vị!E12");
  expect(m.en).toContain("12,000,000 VND last year, 12,000 VND this year: possibly entered in thousands of VND");
});
