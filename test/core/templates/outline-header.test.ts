// A Word table whose header cells were merged pastes its upper row with one cell per group ("Tặng quà⇥Cấp học
// bổng⇥Khám bệnh…" over six sub-headers): the outline reader asks how many columns each group takes, proposing
// the even split, instead of making wrong columns; answered, the template is the one the full row gives. Where
// only one reading is possible it is taken without asking. The title's period is given for the report's form.
import { templateFields, type Template } from "../../../src/core/templates";
import { templateFromOutline } from "../../../src/core/templates/outline";
import { FORUM_OUTLINE, SEED_000_OUTLINE } from "../../helpers/outlines";

const FULL_ROW = "Tặng quà\t\tCấp học bổng\t\tKhám bệnh, chữa bệnh miễn phí cho trẻ em\t";
const MERGED_ROW = "Tặng quà\tCấp học bổng\tKhám bệnh, chữa bệnh miễn phí cho trẻ em";
/** Seed 000's outline with its second table's header as a Word table with merged cells pastes it. */
const MERGED = SEED_000_OUTLINE.replace(FULL_ROW, MERGED_ROW);
const LINE = SEED_000_OUTLINE.split(/\r?\n/).findIndex((l) => l === FULL_ROW) + 1;

/** A small outline around one table's two header rows. */
const outline = (top: string, sub: string) =>
  ["BÁO CÁO KẾT QUẢ NĂM 2024", "I. KẾT QUẢ", "1. Hỗ trợ trẻ em", top, sub, "II. KIẾN NGHỊ"].join("\n");

test("three group names over six columns are asked about, 2 each proposed, and no template is made meanwhile", () => {
  expect(MERGED).not.toBe(SEED_000_OUTLINE);
  const r = templateFromOutline(MERGED);
  expect(r.template).toBeUndefined();
  expect(r.questions).toEqual([
    {
      line: LINE,
      labels: ["Tặng quà", "Cấp học bổng", "Khám bệnh, chữa bệnh miễn phí cho trẻ em"],
      columns: 6,
      suggested: [2, 2, 2],
    },
  ]);
  const errors = r.problems.filter((p) => p.severity === "error");
  expect(errors.map((p) => p.line)).toEqual([LINE]);
  expect(errors[0].message.vi).toMatch(new RegExp(`^Dòng ${LINE}: 3 tên nhóm trên 6 cột: mỗi nhóm 2 cột\\?`));
  expect(errors[0].message.en).toMatch(new RegExp(`^Line ${LINE}: 3 group names over 6 columns: 2 columns each\\?`));
});

test("answered, the merged row gives exactly the template of the row written out in full", () => {
  const full = templateFromOutline(SEED_000_OUTLINE).template as Template;
  const r = templateFromOutline(MERGED, { groupColumns: { [LINE]: [2, 2, 2] } });
  expect(r.problems).toEqual([]);
  expect(r.questions).toEqual([]);
  expect(r.template).toEqual(full);
  expect(templateFields(full).map((f) => f.id)).toContain("kham_benh_chua_benh_mien_phi_cho_tre_em_kinh_phi");
});

test("another split can be answered; one that does not add up is refused, saying what fits", () => {
  const r = templateFromOutline(MERGED, { groupColumns: { [LINE]: [1, 3, 2] } });
  const t = r.template as Template;
  expect(t.tables[1].groups.map((g) => [g.label, g.fields.length])).toEqual([
    ["Tặng quà", 1],
    ["Cấp học bổng", 3],
    ["Khám bệnh, chữa bệnh miễn phí cho trẻ em", 2],
  ]);
  const bad = templateFromOutline(MERGED, { groupColumns: { [LINE]: [2, 2] } });
  expect(bad.template).toBeUndefined();
  expect(bad.questions).toHaveLength(1);
  expect(bad.problems.find((p) => p.severity === "error")?.message.vi).toBe(
    `Dòng ${LINE}: cách chia 2, 2 không khớp: cần 3 số (mỗi tên nhóm một số, ít nhất 1), cộng lại bằng 6 cột.`,
  );
});

test("names over an empty sub-header are one column each; the groups between them are proposed an even share", () => {
  const r = templateFromOutline(
    outline("STT\tTặng quà\tCấp học bổng\tGhi chú", "\tSố lượng\tKinh phí\tSố lượng\tKinh phí\t"),
  );
  expect(r.questions.map((q) => [q.columns, q.suggested])).toEqual([[6, [1, 2, 2, 1]]]);
  expect(r.problems.find((p) => p.severity === "error")?.message.vi).toMatch(
    /^Dòng 4: 4 tên nhóm trên 6 cột: "STT" 1 cột, "Tặng quà" 2 cột, "Cấp học bổng" 2 cột, "Ghi chú" 1 cột\?/,
  );
  const odd = templateFromOutline(outline("Tặng quà\tCấp học bổng", "Số lượng\tKinh phí\tSố lượng"));
  expect(odd.questions.map((q) => [q.columns, q.suggested])).toEqual([[3, undefined]]);
  expect(odd.problems.find((p) => p.severity === "error")?.message.vi).toMatch(
    /^Dòng 4: 2 tên nhóm trên 3 cột: mỗi nhóm mấy cột\?/,
  );
});

test("where only one reading is possible nothing is asked: a single group takes the columns left", () => {
  const r = templateFromOutline(outline("STT\tSố điểm\tKinh phí\tGhi chú", "\t\tNgân sách\tVận động\t"));
  expect(r.questions).toEqual([]);
  const t = r.template as Template;
  expect(t.tables[0].groups.map((g) => [g.label, g.fields.map((f) => f.label)])).toEqual([
    [undefined, ["Số điểm"]],
    ["Kinh phí", ["Ngân sách", "Vận động"]],
    [undefined, ["Ghi chú"]],
  ]);
});

test("the title's period is given for the report's form: a year, or the first six months", () => {
  expect(templateFromOutline(SEED_000_OUTLINE).period).toBe("2024");
  expect(templateFromOutline(FORUM_OUTLINE).period).toBe("2025-6T");
  expect(templateFromOutline(outline("Số điểm\tSố trẻ", "").replace(" NĂM 2024", "")).period).toBeUndefined();
});
