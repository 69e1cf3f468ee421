// The zip checksum: same as zlib's (Node's), on every length.
import { crc32 as zlibCrc } from "node:zlib";
import fc from "fast-check";
import { crc32 } from "../../src/xlsx/crc32";

test("CRC-32 matches zlib for any bytes", () => {
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (b) => expect(crc32(b)).toBe(zlibCrc(b) >>> 0)),
    { numRuns: 500 },
  );
});
