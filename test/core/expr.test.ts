import { evalExpr, exprFields, parseExpr } from "../../src/core/templates/expr";

const values = (v: Record<string, number | null>) => (id: string) => (id in v ? v[id] : 0);

describe("rule expressions", () => {
  test("sums and ratios of fields evaluate with usual precedence", () => {
    const e = parseExpr("gifts_funds + scholarships_funds * 2 - 1");
    expect(evalExpr(e, values({ gifts_funds: 10, scholarships_funds: 5 }))).toBe(19);
    expect(evalExpr(parseExpr("(a + b) / c"), values({ a: 3, b: 3, c: 2 }))).toBe(3);
  });

  test("an unknown value or a division by zero leaves the rule unjudged", () => {
    expect(evalExpr(parseExpr("a + b"), values({ a: null, b: 1 }))).toBeNull();
    expect(evalExpr(parseExpr("a / b"), values({ a: 5, b: 0 }))).toBeNull();
  });

  test("lists the fields it reads", () => {
    expect(exprFields(parseExpr("x + y / x"))).toEqual(["x", "y"]);
  });

  test.each(["a +", "a b", "(a", "a $ b", ""])("refuses %p", (src) => {
    expect(() => parseExpr(src)).toThrow();
  });
});
