import { parseRosterCsv, rosterFromGrid } from "../../src/core/roster";
import { MemorySheet } from "../../src/core/read/grid";

describe("rosters", () => {
  test("CSV with a BOM, a header and quoted names", () => {
    expect(parseRosterCsv('\uFEFFcode,name\n03160,"Xã Ẳng Cang"\n,Xã Ẳng Tở\n\n')).toEqual([{ code: "03160", name: "Xã Ẳng Cang" }, { name: "Xã Ẳng Tở" }]);
  });

  test("semicolon-separated with Vietnamese headers in any order (as Excel saves CSV in vi-VN)", () => {
    expect(parseRosterCsv("Tên đơn vị;Mã\nXã Xuân Lao;03163\nXã Búng Lao;03166")).toEqual([
      { name: "Xã Xuân Lao", code: "03163" },
      { name: "Xã Búng Lao", code: "03166" },
    ]);
  });

  test("a bare list of names", () => {
    expect(parseRosterCsv("Xã Ẳng Cang\nXã Ẳng Nưa\nXã Ẳng Cang")).toEqual([{ name: "Xã Ẳng Cang" }, { name: "Xã Ẳng Nưa" }]);
  });

  test("the first sheet of a workbook", () => {
    const s = new MemorySheet("Danh sách");
    s.set(1, 1, { value: { t: "s", v: "Mã" } });
    s.set(1, 2, { value: { t: "s", v: "Tên" } });
    s.set(2, 1, { value: { t: "n", v: 3160 } });
    s.set(2, 2, { value: { t: "s", v: "Xã Ẳng Cang" } });
    const grid = { sheetNames: ["Danh sách"], names: new Map(), sheet: (n: string) => (n === "Danh sách" ? s : undefined) };
    expect(rosterFromGrid(grid)).toEqual([{ code: "3160", name: "Xã Ẳng Cang" }]);
  });
});
