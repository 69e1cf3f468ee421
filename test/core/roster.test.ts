import { parseRosterCsv, RosterError, rosterFromGrid } from "../../src/core/roster";
import { MemorySheet } from "../../src/core/read/grid";

describe("rosters", () => {
  test("CSV with a BOM, a header and quoted names", () => {
    expect(parseRosterCsv('\uFEFFcode,name\n03160,"Xã Ẳng Cang"\n,Xã Ẳng Tở\n\n')).toEqual([
      { code: "03160", name: "Xã Ẳng Cang" },
      { name: "Xã Ẳng Tở" },
    ]);
  });

  test("semicolon-separated with Vietnamese headers in any order (as Excel saves CSV in vi-VN)", () => {
    expect(parseRosterCsv("Tên đơn vị;Mã\nXã Xuân Lao;03163\nXã Búng Lao;03166")).toEqual([
      { name: "Xã Xuân Lao", code: "03163" },
      { name: "Xã Búng Lao", code: "03166" },
    ]);
  });

  test("a bare list of names", () => {
    expect(parseRosterCsv("Xã Ẳng Cang\nXã Ẳng Nưa\nXã Ẳng Cang")).toEqual([
      { name: "Xã Ẳng Cang" },
      { name: "Xã Ẳng Nưa" },
    ]);
  });

  test("the first sheet of a workbook", () => {
    const s = new MemorySheet("Danh sách");
    s.set(1, 1, { value: { t: "s", v: "Mã" } });
    s.set(1, 2, { value: { t: "s", v: "Tên" } });
    s.set(2, 1, { value: { t: "n", v: 3160 } });
    s.set(2, 2, { value: { t: "s", v: "Xã Ẳng Cang" } });
    const grid = {
      sheetNames: ["Danh sách"],
      names: new Map(),
      sheet: (n: string) => (n === "Danh sách" ? s : undefined),
    };
    expect(rosterFromGrid(grid)).toEqual([{ code: "3160", name: "Xã Ẳng Cang" }]);
  });

  test("a title row, blank rows and an STT column before the header, as offices keep rosters", () => {
    const csv =
      "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH CẤP XÃ,,\n,,\nSTT,Mã ĐVHC,Tên đơn vị hành chính\n1,03160,Xã Ẳng Cang\n,,\n2,03161,Xã Ẳng Nưa\n";
    expect(parseRosterCsv(csv)).toEqual([
      { code: "03160", name: "Xã Ẳng Cang" },
      { code: "03161", name: "Xã Ẳng Nưa" },
    ]);
    expect(parseRosterCsv("Mã đơn vị\tTên đơn vị\n03160\tXã Ẳng Cang")).toEqual([
      { code: "03160", name: "Xã Ẳng Cang" },
    ]);
  });

  test("a roster that cannot be understood is refused with the reason, never read as units", () => {
    const why = (text: string) => {
      try {
        parseRosterCsv(text);
        return "read";
      } catch (e) {
        return e instanceof RosterError ? e.why.vi : String(e);
      }
    };
    expect(why("1,03160,Xã Ẳng Cang\n2,03161,Xã Ẳng Nưa")).toMatch(/dòng tiêu đề có cột "Tên đơn vị"/);
    expect(why("Tên đơn vị\nX\u0001\u0002ã\ufffd")).toMatch(/dòng 2 .* không phải tên đơn vị/);
    expect(why("Tên đơn vị\n12345")).toMatch(/dòng 2 .* không phải tên đơn vị/);
    expect(why("Mã;Tên\n03 160;Xã Ẳng Cang")).toMatch(/mã đơn vị ở dòng 2/);
    expect(why("\n ,\n")).toMatch(/trống/);
  });
});

test("a remarks column ('Ghi chú') is kept with each unit, as merger notes are", () => {
  const r = parseRosterCsv(
    'STT,Tên đơn vị hành chính,Ghi chú\n1,Xã Tân Gianh,"Sáp nhập xã Quảng Trung, xã Quảng Tùng"\n2,Xã Ẳng Cang,\n',
  );
  expect(r).toEqual([
    { name: "Xã Tân Gianh", remark: "Sáp nhập xã Quảng Trung, xã Quảng Tùng" },
    { name: "Xã Ẳng Cang" },
  ]);
});
