import { nameKey, nearMiss, plainName, sameName, sameUnit } from "../../src/core/units";

describe("unit names", () => {
  test.each([
    ["Xã Ẳng Cang", "xã ẳng cang"],
    ["Xã Ẳng Cang", "Ẳng Cang"],
    ["Xã Ẳng Cang", "  Xã   Ẳng  Cang "],
    ["Xã Ẳng Cang", "Xã Ẳng Cang".normalize("NFD")],
    ["Phường Hoà Bình", "Hòa Bình"],
    ["Xã Thuỷ An", "xã thủy an"],
    ["Thị trấn Mường Ảng", "Mường Ảng"],
  ])("%p and %p are the same unit", (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(nameKey(a)).toBe(nameKey(b));
  });

  test.each([
    ["Xã Ngối Cáy", "Xã Ngồi Cáy"],
    ["Xã Ẳng Cang", "Xã Ăng Cang"],
    ["Xã Búng Lao", "Xã Bung Lao"],
    ["Xã Nặm Lịch", "Xã Nậm Lịch"],
  ])("%p and %p are one tone or letter apart: suggested, never merged", (a, b) => {
    expect(sameName(a, b)).toBe(false);
    expect(nearMiss(a, b)).toBe(true);
  });

  test("a district is not its town, and different communes are not near misses", () => {
    expect(sameName("Huyện Mường Ảng", "Thị trấn Mường Ảng")).toBe(false);
    expect(nearMiss("Xã Ẳng Cang", "Xã Ẳng Tở")).toBe(false);
  });

  test("codes decide when both sides have one, even against the name", () => {
    expect(sameUnit({ name: "Xã A", code: "03160" }, { name: "Xã B", code: "3160" })).toBe(true);
    expect(sameUnit({ name: "Xã Ẳng Cang", code: "03160" }, { name: "Xã Ẳng Cang", code: "03161" })).toBe(false);
    expect(sameUnit({ name: "Xã Ẳng Cang", code: "03160" }, { name: "Ẳng Cang" })).toBe(true);
  });
});

describe("names as people write them", () => {
  test.each([
    ["Xa Bung Lao", "bung lao"],
    ["UBND xã Mường Đăng", "mường đăng"],
    ["Ủy ban nhân dân Xã Ẳng Cang", "ẳng cang"],
    ["TT Mường Ảng", "mường ảng"],
    ["TT.Mường Ảng", "mường ảng"],
    ["X. Nặm Lịch", "nặm lịch"],
    ["P. Tân Phong", "tân phong"],
    ["Đặc khu Côn Đảo", "côn đảo"],
    ["Xá Lượng", "xá lượng"],
    ["Xã Xá Lượng", "xá lượng"],
    ["Huyện Mường Ảng", "huyện mường ảng"],
  ])("%s → %s", (written, plain) => {
    expect(plainName(written)).toBe(plain);
  });
});
