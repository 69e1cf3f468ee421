// Report dates as communes type them over the form's date line.
import { parseTypedDate } from "../../src/core/dates";

test.each([
  ["ngày 06 tháng 6 năm 2025", "2025-06-06"],
  ["Khe Sanh, ngày 06 tháng 6 năm 2025", "2025-06-06"],
  ["Khe Sanh, ngày 6 tháng 6 năm 2025", "2025-06-06"],
  ["KHE SANH, NGÀY 6 THÁNG 6 NĂM 2025", "2025-06-06"],
  ["Khe Sanh, ngày 06 tháng 6 năm 2025".normalize("NFD"), "2025-06-06"],
  ["Khe Sanh, ngay 6 thang 6 nam 2025", "2025-06-06"],
  ["Khe Sanh, ngày 06/6/2025", "2025-06-06"],
  ["06/6/2025", "2025-06-06"],
  ["6-6-2025", "2025-06-06"],
  ["06.06.2025", "2025-06-06"],
  ["ngày 6 / 6 / 2025", "2025-06-06"],
])("%s is %s", (typed, iso) => {
  expect(parseTypedDate(typed)).toBe(iso);
});

test("the form's date line not yet filled in is blank, not a date and not a mistake", () => {
  for (const line of ["Khe Sanh, ngày … tháng … năm 2025", "…, ngày … tháng … năm 2025", "ngày ... tháng ... năm 2025"])
    expect(parseTypedDate(line)).toBe("blank");
});

test("a date that does not exist, or no date, is unreadable", () => {
  for (const typed of ["31/6/2025", "ngày 30 tháng 2 năm 2025", "tháng 6", "6/6-2025", "abc"])
    expect(parseTypedDate(typed)).toBeNull();
});

test("a megabyte of text costs no more than its first line", () => {
  expect(parseTypedDate("ngày ".repeat(200_000) + "6 tháng 6 năm 2025")).toBeNull();
  expect(parseTypedDate("1/".repeat(500_000))).toBeNull();
});
