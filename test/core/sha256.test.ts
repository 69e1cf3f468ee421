// The JavaScript SHA-256 (pages without crypto.subtle; a template's identity): same digest as node:crypto.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { sha256Hex } from "../../src/core/sha256";

test("SHA-256 matches node:crypto for any bytes, across block boundaries", () => {
  expect(sha256Hex(new TextEncoder().encode("abc"))).toBe(
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (b) =>
      expect(sha256Hex(b)).toBe(createHash("sha256").update(b).digest("hex")),
    ),
    { numRuns: 300 },
  );
});
