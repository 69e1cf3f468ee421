// The roster index matches exactly as the rule says (sameUnit, first in roster
// order), however the roster and the files spell names and codes.
import fc from "fast-check";
import { RosterIndex } from "../../../src/core/consolidate/roster-match";
import { sameUnit } from "../../../src/core/units";

const names = ["Xã Ẳng Cang", "ẳng cang", "Xã Ẳng Cang".normalize("NFD"), "Xã Ăng Cang", "Phường Hoà Bình", "Hòa Bình", "Thị trấn Mường Ảng", "Huyện Mường Ảng", "Xã Ngối Cáy", "Xã Ngồi Cáy"];
const identity = fc.record({ name: fc.constantFrom(...names), code: fc.option(fc.constantFrom("03160", "3160", "03161", "X1"), { nil: undefined }) });
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
