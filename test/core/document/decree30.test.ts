// The facts of Decree 30 that an office would otherwise correct by hand: leading zeros in dates, the number
// line with the issuer's abbreviation, who signs for which body, "- Như trên;" only under a Kính gửi, and the
// details a unit typed winning over the defaults.
import {
  dateLine,
  documentDetails,
  issuerAbbreviation,
  numberLine,
  parseNumberLine,
  parseRecipientLine,
  recipientsList,
  reportSubject,
  signatureLines,
} from "../../../src/core/form/decree30";
import type { ReportMeta } from "../../../src/core/meta";

const meta = (over: Partial<ReportMeta> = {}): ReportMeta => ({
  templateId: "thang-hanh-dong",
  templateVersion: 1,
  unitName: "Huyện Mường Ảng",
  level: "huyen",
  period: "2024",
  ...over,
});

test("a date takes a leading zero only before days below 10 and months 1 and 2", () => {
  expect(dateLine("Mường Ảng", "2024-07-03", 2024)).toBe("Mường Ảng, ngày 03 tháng 7 năm 2024");
  expect(dateLine("Mường Ảng", "2024-12-15", 2024)).toBe("Mường Ảng, ngày 15 tháng 12 năm 2024");
  expect(dateLine("Mường Ảng", "2025-02-09", 2024)).toBe("Mường Ảng, ngày 09 tháng 02 năm 2025");
  expect(dateLine("Mường Ảng", "2025-01-10", 2024)).toBe("Mường Ảng, ngày 10 tháng 01 năm 2025");
  // No date yet: blanks to fill by hand, in the period's year.
  expect(dateLine("Mường Ảng", undefined, 2024)).toMatch(/^Mường Ảng, ngày\s+tháng\s+năm 2024$/);
});

test("the number line says the issuer's abbreviation: UBND for a People's Committee at any level", () => {
  expect(issuerAbbreviation("ỦY BAN NHÂN DÂN XÃ ẲNG CANG")).toBe("UBND");
  expect(issuerAbbreviation("UBND TỈNH ĐIỆN BIÊN")).toBe("UBND");
  // A sector office: the initials of its name, before its place; "Xã hội" is not a commune.
  expect(issuerAbbreviation("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐIỆN BIÊN")).toBe("SLĐTBXH");
  expect(numberLine(undefined, "BC-UBND")).toMatch(/^Số:\s+\/BC-UBND$/);
  expect(numberLine("5", "BC-UBND")).toBe("Số: 05/BC-UBND");
  expect(numberLine("123", "BC-UBND")).toBe("Số: 123/BC-UBND");
});

test("who signs: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH, a deputy KT., a sector office its head", () => {
  expect(signatureLines("ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG")).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
  expect(signatureLines("ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG", "deputy")).toEqual([
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
  ]);
  expect(signatureLines("Sở Giáo dục và Đào tạo")).toEqual(["GIÁM ĐỐC"]);
  expect(signatureLines("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "deputy")).toEqual([
    "KT. TRƯỞNG PHÒNG",
    "PHÓ TRƯỞNG PHÒNG",
  ]);
});

test('"- Như trên;" only where a Kính gửi stands above; the list ends with "- Lưu: VT."', () => {
  expect(recipientsList(true)).toEqual(["- Như trên;", "- Lưu: VT."]);
  expect(recipientsList(false, ["Sở Lao động - Thương binh và Xã hội"])).toEqual([
    "- Sở Lao động - Thương binh và Xã hội;",
    "- Lưu: VT.",
  ]);
});

test("the unit's details and what it typed in the workbook win over the defaults", () => {
  const plain = documentDetails(meta(), 2024);
  expect(plain).toMatchObject({
    issuer: "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG",
    symbol: "BC-UBND",
    place: "Mường Ảng",
    signerTitle: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    issuerInText: "Ủy ban nhân dân huyện Mường Ảng",
  });
  expect(plain.recipient).toBeUndefined();
  const given = documentDetails(
    meta({ recipient: "Ủy ban nhân dân tỉnh Điện Biên", signer: "Lò Văn Hải", signAs: "deputy" }),
    2024,
  );
  expect(given).toMatchObject({ recipient: "Ủy ban nhân dân tỉnh Điện Biên", signerName: "Lò Văn Hải" });
  expect(given.signerTitle).toContain("KT. CHỦ TỊCH");
  const typed = documentDetails(meta({ recipient: "A" }), 2024, {
    number: "07",
    recipient: "Sở Y tế",
    signerName: "Quàng Thị Mai",
    recipientsList: ["- Như trên;", "- Lưu: VT, VHXH."],
  });
  expect(typed).toMatchObject({ number: "07", recipient: "Sở Y tế", signerName: "Quàng Thị Mai" });
  expect(typed.recipientsList).toEqual(["- Như trên;", "- Lưu: VT, VHXH."]);
});

test("lines a unit typed are read back: its number, its recipient; a blank line says nothing", () => {
  expect(parseNumberLine("Số: 05/BC-UBND")).toEqual({ number: "05", symbol: "BC-UBND" });
  expect(parseNumberLine("Số:        /BC-UBND")).toEqual({ symbol: "BC-UBND" });
  // An older form's "Số:   /BC-" had no abbreviation: the default stays.
  expect(parseNumberLine("Số:        /BC-")).toBeUndefined();
  expect(parseRecipientLine("Kính gửi: Ủy ban nhân dân huyện Mường Ảng")).toBe("Ủy ban nhân dân huyện Mường Ảng");
  expect(parseRecipientLine("Kính gửi: ……………………")).toBeUndefined();
});

test("the title under BÁO CÁO does not say BÁO CÁO again", () => {
  expect(reportSubject("BÁO CÁO KẾT QUẢ TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2024")).toBe(
    "KẾT QUẢ TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2024",
  );
});
