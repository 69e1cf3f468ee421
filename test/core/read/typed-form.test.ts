// A commune that typed the form itself: its own layout, people's spellings, the date typed over the line,
// a title in its own words. Every field is read; a label that still cannot be matched costs only that field.
import { extractReport } from "../../../src/core/read/extract";
import { templateFields } from "../../../src/core/templates";
import { validateReport } from "../../../src/core/validate";
import { template } from "../../helpers/reports";
import { gridOf, typedChildWorkRows } from "../../helpers/typed-form";

const t = template("cong-tac-tre-em");
const values = Object.fromEntries(
  templateFields(t).map((f, i) => [f.id, f.kind === "money" ? 1_000_000 * (i + 1) : 10 + i]),
);

function read(opts: Parameters<typeof typedChildWorkRows>[1] = {}, fileName = "Huong Hoa - BC 6T 2025") {
  const r = extractReport(gridOf(typedChildWorkRows(values, opts)), fileName);
  if (!r.ok) throw new Error(r.failure.message.vi);
  return r.report;
}

test("every field is read: hyphens, 'Trong đó:', BHYT, HCĐB, NSNN, a column-number row, a total and a note row", () => {
  const r = read();
  for (const f of templateFields(t)) expect([f.id, r.readings[f.id]?.value]).toEqual([f.id, values[f.id]]);
  expect(r.structure.filter((x) => x.severity === "error")).toEqual([]);
});

test("unit, period and date come from the issuer, the title in the commune's words and the typed date line", () => {
  const r = read();
  expect(r.metaSource).toBe("printed");
  expect([r.meta.unitName, r.meta.period, r.meta.reportDate]).toEqual(["Xã Hướng Hoá", "2025-6T", "2025-06-06"]);
  for (const title of ["BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2025", "Biểu số liệu công tác trẻ em 6 tháng năm 2025"])
    expect(read({ title }).meta.period).toBe("2025-6T");
  expect(read({ title: "BÁO CÁO CÔNG TÁC TRẺ EM NĂM 2025" }).meta.period).toBe("2025");
  expect(read({ issuer: "ỦY BAN NHÂN DÂN\nXÃ HƯỚNG HÓA" }).meta.unitName).toBe("Xã Hướng Hóa");
  for (const dateLine of ["Hướng Hoá, ngày 6/6/2025", "ngày 06.06.2025", "Hướng Hóa, ngay 6 thang 6 nam 2025"])
    expect(read({ dateLine }).meta.reportDate).toBe("2025-06-06");
});

test("without an issuer line the unit is the file's name, said in a warning", () => {
  const r = read({ issuer: "" }, "Bao cao Huong Hoa");
  expect([r.metaSource, r.meta.unitName]).toEqual(["file-name", "Bao cao Huong Hoa"]);
  expect(r.structure.find((f) => f.code === "meta_unit_from_file")?.severity).toBe("warning");
});

test.each([
  ["injury_total", "Số cháu bị ngã, bỏng"],
  ["special_assisted", "- trong đó được cấp tiền"],
  ["funds_state", "Kinh phí (triệu đồng)"],
])(
  "a label that cannot be matched (%s typed %p) costs that field alone, named with its table and the nearest label",
  (id, typed) => {
    const r = read({ labels: { [id]: typed } });
    expect(r.readings[id]).toBeUndefined();
    for (const f of templateFields(t).filter((x) => x.id !== id)) expect(r.readings[f.id]?.value).toBe(values[f.id]);
    const missing = validateReport(r).filter((f) => f.code === "field_missing");
    expect(missing.map((m) => [m.field, m.severity, m.table])).toEqual([[id, "error", "chi_tieu"]]);
    expect(missing[0].message.vi).toContain('Bảng "Biểu số liệu thống kê"');
    expect(missing[0].message.vi).toContain("chưa được tính vào tổng");
  },
);

test("the nearest printed label is named, with its cell", () => {
  const r = read({ labels: { child_labour: "Trẻ em lao động trái quy định pháp luật xx" } });
  const missing = validateReport(r).find((f) => f.code === "field_missing");
  expect(missing?.message.vi).toContain('gần nhất là "Trẻ em lao động trái quy định pháp luật xx" ở ô B17');
  expect(missing?.cell).toBe("B17");
});

test("a sheet with too little of the form says what it looked for and what came closest", () => {
  // A page torn off after the first indicators.
  const r = extractReport(gridOf(typedChildWorkRows(values).slice(0, 12)), "x");
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.failure.code).toBe("not_a_report");
  expect(r.failure.message.vi).toContain(`Gần nhất là mẫu "${t.name.vi}": tìm thấy 0 trong 1 bảng`);
  expect(r.failure.message.vi).toContain(
    'bảng "Biểu số liệu thống kê" không khớp (tìm chỉ tiêu "Trẻ em bị bạo lực, xâm hại"',
  );
});
