// Our own reading of where JSON stops being valid must agree with the JSON reader on what is JSON, or a
// message could point at a place that is fine (or call a valid file broken): checked on texts fast-check
// makes, valid ones and ones with a character cut out or slipped in.
import fc from "fast-check";
import { findJsonSlip } from "../../../src/core/templates/json-place";

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const SLIPS = [",", "]", "}", "[", "{", '"', ":", "\\", "-", ".", "e", "0", "t", "\n", " ", "\u0001"];

test("the scanner finds a slip exactly when JSON.parse refuses the text", () => {
  const broken = fc
    .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.constantFrom(...SLIPS), fc.boolean())
    .map(([json, n, c, cut]) => {
      const at = json.length === 0 ? 0 : n % json.length;
      return cut ? json.slice(0, at) + json.slice(at + 1) : json.slice(0, at) + c + json.slice(at);
    });
  fc.assert(
    fc.property(fc.oneof(fc.json({ maxDepth: 4 }), broken, fc.string()), (text) => {
      expect(findJsonSlip(text) === undefined).toBe(parses(text));
    }),
    { numRuns: 3000 },
  );
});

test("a list nested a million deep is read without overflowing", () => {
  expect(findJsonSlip("[".repeat(1_000_000))).toEqual({ line: 1, column: 1_000_001, trailingComma: false });
});
