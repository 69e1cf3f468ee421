// --json is written in pieces; whatever the data, the pieces joined are the very text JSON.stringify(…, null, 2)
// gives — also when a list is given as an iterator that makes its items one at a time.
import fc from "fast-check";
import { jsonPieces } from "../../src/cli/json-pieces";

test("the pieces are JSON.stringify's text, for any JSON value and lists of any length", () => {
  fc.assert(
    fc.property(
      fc.jsonValue({ maxDepth: 5 }),
      fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 700 }),
      (v, list) => {
        for (const x of [v, list, { a: list, b: v, c: [list, [list]] }])
          expect([...jsonPieces(x)].join("")).toBe(JSON.stringify(x, null, 2));
        const made = (function* () {
          yield* list;
        })();
        expect([...jsonPieces({ files: made, after: v })].join("")).toBe(
          JSON.stringify({ files: list, after: v }, null, 2),
        );
      },
    ),
    { numRuns: 200 },
  );
});
