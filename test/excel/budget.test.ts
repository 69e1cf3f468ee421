// The byte count behind the request-size limit: the budget syncs before a
// request would pass 4 MB only if it counts what Excel receives, the UTF-8
// bytes of the values as JSON — Vietnamese letters take 2 or 3 bytes, text
// pasted from Word brings curly quotes and dashes (3), a phone's emoji 4.
import fc from "fast-check";
import { jsonBytes } from "../../src/excel/budget";

const wire = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

test("a row of a summary in Vietnamese is counted as the bytes Excel receives", () => {
  const rows = [
    ["Xã Ẳng Tở", "Ủy ban nhân dân huyện Mường Ảng", 15_000_000, ""],
    ["“Tháng hành động vì trẻ em” – tổ chức tại 12 thôn, bản…", 0, "Đã nộp 👍"],
  ];
  expect(jsonBytes(rows)).toBe(wire(rows));
  expect(jsonBytes("Ẳng")).toBe(wire("Ẳng")); // 3 + 1 + 1 + 2 quotes
});

test("property: for any text and numbers, the count is the UTF-8 length of the JSON", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.integer()))),
      (rows) => expect(jsonBytes(rows)).toBe(wire(rows)),
    ),
    { numRuns: 200 },
  );
});
