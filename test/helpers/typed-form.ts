// A form typed by hand in a spreadsheet, as a commune does when it has no tonghop file: its own layout, its own
// spellings. Rows of cells → a CellGrid (for core tests) or the same rows for openpyxl to write (for file tests).
import { MemorySheet, type CellGrid } from "../../src/core/read/grid";

export type TypedRow = (string | number | null)[];

/** The 6-month child-work figures (cong-tac-tre-em) as a commune types them, with people's spellings. */
export function typedChildWorkRows(
  values: Record<string, number | string>,
  opts: { issuer?: string; title?: string; dateLine?: string; labels?: Record<string, string> } = {},
): TypedRow[] {
  const label = (id: string, own: string) => opts.labels?.[id] ?? own;
  const row = (no: string, id: string, own: string, unit: string): TypedRow => [no, label(id, own), unit, values[id]];
  return [
    [opts.issuer ?? "UBND XÃ HƯỚNG HOÁ", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [null, null, "Độc lập - Tự do - Hạnh phúc"],
    [null, null, opts.dateLine ?? "Hướng Hoá, ngày 06 tháng 6 năm 2025"],
    [opts.title ?? "BIỂU SỐ LIỆU CÔNG TÁC TRẺ EM 6 THÁNG ĐẦU NĂM 2025"],
    [],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"],
    ["(1)", "(2)", "(3)", "(4)"],
    ["I", "Bảo vệ trẻ em"],
    row("1", "children_total", "Tổng số trẻ em", "trẻ em"),
    row("2", "special_total", "Trẻ em có hoàn cảnh đặc biệt", "trẻ em"),
    row("", "special_assisted", "- trong đó được trợ giúp", "trẻ em"),
    row("3", "at_risk_total", "Trẻ em có nguy cơ rơi vào HCĐB", "trẻ em"),
    row("4", "abused_total", "Trẻ em bị bạo lực, xâm hại", "trẻ em"),
    row("", "abused_supported", "Trong đó: được hỗ trợ, can thiệp", "trẻ em"),
    row("5", "injury_total", "Trẻ em bị tai nạn, thương tích", "trẻ em"),
    row("6", "drowning_deaths", "Trẻ em tử vong do đuối nước", "trẻ em"),
    row("7", "child_labour", "Trẻ em lao động trái quy định của pháp luật", "trẻ em"),
    ["II", "Chăm sóc, vui chơi"],
    row("8", "under6_total", "Trẻ em dưới 6 tuổi", "trẻ em"),
    row("", "under6_insured", "- trong đó được cấp thẻ BHYT", "trẻ em"),
    row("9", "villages_total", "Số thôn, tổ dân phố", "thôn"),
    row("", "villages_with_venue", "- trong đó có điểm vui chơi, thiết chế văn hóa, thể thao cho trẻ em", "thôn"),
    row("10", "communes_total", "Số xã, phường, thị trấn", "xã"),
    row("", "communes_child_friendly", "- trong đó đạt tiêu chuẩn phù hợp với trẻ em", "xã"),
    ["III", "Hoạt động"],
    row("11", "forums", "Diễn đàn trẻ em", "diễn đàn"),
    row("12", "forum_children", "Trẻ em tham gia diễn đàn", "trẻ em"),
    row("13", "trainings", "Lớp tập huấn", "lớp"),
    row("14", "trainees", "Lượt người được tập huấn", "lượt"),
    row("15", "inspections", "Cuộc kiểm tra, giám sát", "cuộc"),
    row("16", "funds_state", "Kinh phí NSNN", "đồng"),
    row("17", "funds_mobilized", "Kinh phí vận động", "đồng"),
    [null, "Tổng cộng"],
    [null, "Ghi chú: số liệu tính đến ngày 31/5/2025."],
  ];
}

export function gridOf(rows: TypedRow[], sheetName = "Sheet1"): CellGrid {
  const sheet = new MemorySheet(sheetName);
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      sheet.set(r + 1, c + 1, { value: typeof v === "number" ? { t: "n", v } : { t: "s", v } });
    }),
  );
  return { sheetNames: [sheetName], sheet: (n) => (n === sheetName ? sheet : undefined), names: new Map() };
}
