// The roster index matches exactly as the rule says (sameUnit, first in roster
// order), however the roster and the files spell names and codes.
import fc from "fast-check";
import { identify } from "../../../src/core/consolidate/identify";
import { RosterIndex } from "../../../src/core/consolidate/roster-match";
import { sameUnit } from "../../../src/core/units";

const names = [
  "Xã Ẳng Cang",
  "ẳng cang",
  "Xã Ẳng Cang".normalize("NFD"),
  "Xã Ăng Cang",
  "Phường Hoà Bình",
  "Hòa Bình",
  "Thị trấn Mường Ảng",
  "Huyện Mường Ảng",
  "Xã Ngối Cáy",
  "Xã Ngồi Cáy",
];
const identity = fc.record({
  name: fc.constantFrom(...names),
  code: fc.option(fc.constantFrom("03160", "3160", "03161", "X1"), { nil: undefined }),
});
const strip = (x: { name: string; code?: string }) => (x.code ? x : { name: x.name });

test("property: the index finds what a scan with sameUnit finds", () => {
  fc.assert(
    fc.property(fc.array(identity, { maxLength: 12 }), identity, (entries, unit) => {
      const roster = entries.map(strip);
      expect(new RosterIndex(roster).match(strip(unit))).toBe(roster.find((e) => sameUnit(strip(unit), e)));
    }),
    { numRuns: 3000 },
  );
});

describe("names as people write them find their roster unit", () => {
  const syllables = [
    "Mường",
    "Ảng",
    "Búng",
    "Lao",
    "Xuân",
    "Nặm",
    "Lịch",
    "Ẳng",
    "Tở",
    "Nưa",
    "Đăng",
    "Lạn",
    "Ngối",
    "Cáy",
    "Chiềng",
    "Đông",
    "Hòa",
  ];
  const unitName = fc.tuple(
    fc.constantFrom("Xã ", "Phường ", "Thị trấn ", "Đặc khu "),
    fc.array(fc.constantFrom(...syllables), { minLength: 2, maxLength: 3 }),
  );
  const unaccented = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D");
  const spellings: ((prefix: string, name: string) => string)[] = [
    (p, n) => unaccented(p + n),
    (p, n) => `UBND ${p.toLowerCase()}${n}`,
    (p, n) => `Ủy ban nhân dân ${p}${n}`.toUpperCase(),
    (p, n) => `${{ "Xã ": "X. ", "Phường ": "P. ", "Thị trấn ": "TT ", "Đặc khu ": "" }[p]}${n}`,
    (p, n) => (p + n).normalize("NFD"),
  ];

  test("property: each spelling finds exactly its unit when the roster has one such name", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(unitName, {
          minLength: 1,
          maxLength: 8,
          selector: ([, w]) => unaccented(w.join(" ")).toLowerCase(),
        }),
        fc.nat(),
        fc.nat(),
        (units, pick, how) => {
          const roster = units.map(([p, w]) => ({ name: p + w.join(" ") }));
          const [prefix, words] = units[pick % units.length];
          const written = spellings[how % spellings.length](prefix, words.join(" "));
          const id = identify([{ key: 0, name: written, file: "bao-cao.xlsx" }], new RosterIndex(roster)).get(0);
          expect([written, id?.entry?.name, id?.finding]).toEqual([
            written,
            roster[pick % units.length].name,
            undefined,
          ]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
