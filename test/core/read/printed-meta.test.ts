// The issuer line, title and date printed on a report, read back when its
// metadata sheet is lost.
import { periodFromTitle, unitFromIssuer } from "../../../src/core/read/printed-meta";
import { template } from "../../helpers/reports";

test("the issuer line names the unit and its level", () => {
  expect(unitFromIssuer("ỦY BAN NHÂN DÂN XÃ MƯỜNG LẠN")).toEqual({ unitName: "Xã Mường Lạn", level: "xa" });
  expect(unitFromIssuer("UỶ BAN NHÂN DÂN\nTHỊ TRẤN MƯỜNG ẢNG")).toEqual({
    unitName: "Thị trấn Mường Ảng",
    level: "xa",
  });
  expect(unitFromIssuer("UBND PHƯỜNG 1")).toEqual({ unitName: "Phường 1", level: "xa" });
  expect(unitFromIssuer("ỦY BAN NHÂN DÂN THỊ XÃ MƯỜNG LAY")).toEqual({ unitName: "Thị xã Mường Lay", level: "huyen" });
  expect(unitFromIssuer("ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG")).toEqual({ unitName: "Huyện Mường Ảng", level: "huyen" });
  expect(unitFromIssuer("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeUndefined();
  expect(unitFromIssuer("ỦY BAN NHÂN DÂN")).toBeUndefined();
});

test("the title gives the period, a year or the first six months where the template has them", () => {
  const year = template("thang-hanh-dong");
  const half = template("cong-tac-tre-em");
  expect(periodFromTitle(year, "BÁO CÁO KẾT QUẢ TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2024")).toBe("2024");
  expect(periodFromTitle(year, "Báo cáo kết quả triển khai  Tháng hành động vì trẻ em năm 2023")).toBe("2023");
  expect(periodFromTitle(half, half.title.replace("{period}", "6 THÁNG ĐẦU NĂM 2024"))).toBe(
    half.periodKind === "half-or-year" ? "2024-6T" : undefined,
  );
  expect(periodFromTitle(year, "Mường Lạn, ngày 02 tháng 7 năm 2024")).toBeUndefined();
});
