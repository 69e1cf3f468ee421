import { builtInTemplates, findTemplate, loadTemplate, TemplateError, templateFields } from "../../src/core/templates";
import thangHanhDong from "../../src/core/templates/thang-hanh-dong.json";

// Copied verbatim from the outline at the end of seed 000 (Mường Ảng, 2024).
const SEED_000_HEADERS = [
  "Biểu tổng hợp số liệu kinh phí thực hiện",
  "Tổ chức phát động Tháng hành động vì trẻ em",
  "Số điểm phát động",
  "Số trẻ em tham dự",
  "Công trình dành cho trẻ em",
  "Số công trình xây mới",
  "Số công trình nâng cấp",
  "Kinh phí cho Tháng hành động vì trẻ em",
  "Ngân sách Nhà nước",
  "Vận động",
  "Tặng quà",
  "Số lượng trẻ em",
  "Kinh phí",
  "Cấp học bổng",
  "Khám bệnh, chữa bệnh miễn phí cho trẻ em",
  "Các hoạt động có sự tham gia của trẻ em (Diễn đàn, hội nghị, hội thảo, tọa đàm, câu lạc bộ, đội, nhóm, tham vấn, thăm dò, lấy ý kiến trẻ em,...)",
  "Số lượng hoạt động",
  "Số lượng trẻ em tham gia",
  "Các hoạt động vui chơi, giải trí (hội thi, cắm trại, thể thao, du lịch, tham quan)",
];
const SEED_000_SECTIONS = [
  "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN",
  "1. Công tác chỉ đạo, ban hành kế hoạch triển khai",
  "2. Phát động Tháng hành động vì trẻ em",
  "3. Nội dung hoạt động đã triển khai",
  "4. Kinh phí thực hiện",
  "a) Ngân sách Nhà nước",
  "b) Ngân sách vận động",
  "5. Hoạt động hỗ trợ trẻ em",
  "6. Hoạt động có sự tham gia của trẻ em và vui chơi giải trí",
  "II. ĐÁNH GIÁ CHUNG",
  "1. Những kết quả đã đạt được, bài học kinh nghiệm",
  "2. Những khó khăn, tồn tại, hạn chế",
  "3. Kiến nghị, đề xuất",
];

describe("built-in templates", () => {
  test("both load and pass their schema", () => {
    expect(builtInTemplates().map((t) => t.id)).toEqual(["thang-hanh-dong", "cong-tac-tre-em"]);
  });

  test("the Month of Action report keeps the fixed field ids other tools rely on", () => {
    const t = findTemplate("thang-hanh-dong")!;
    expect(templateFields(t).map((f) => f.id)).toEqual([
      "launch_sites",
      "launch_children",
      "works_new",
      "works_upgraded",
      "funds_state",
      "funds_mobilized",
      "gifts_children",
      "gifts_funds",
      "scholarships_children",
      "scholarships_funds",
      "healthcare_children",
      "healthcare_funds",
      "participation_activities",
      "participation_children",
      "recreation_activities",
      "recreation_children",
    ]);
    expect(
      templateFields(t)
        .filter((f) => f.kind === "money")
        .map((f) => f.id),
    ).toEqual(["funds_state", "funds_mobilized", "gifts_funds", "scholarships_funds", "healthcare_funds"]);
  });

  test("its headings and headers are seed 000's, verbatim and in NFC", () => {
    const t = findTemplate("thang-hanh-dong")!;
    const texts = new Set<string>([
      ...t.sections.map((s) => s.heading),
      ...t.tables.flatMap((x) => [
        x.caption ?? "",
        ...x.groups.flatMap((g) => [g.label ?? "", ...g.fields.map((f) => f.label)]),
      ]),
    ]);
    for (const h of [...SEED_000_HEADERS, ...SEED_000_SECTIONS]) expect(texts).toContain(h);
    expect(t.sections.map((s) => s.heading)).toEqual(SEED_000_SECTIONS);
    for (const s of texts) expect(s).toBe(s.normalize("NFC"));
  });

  test("the periodic child-work report has the indicators of domain.md, rates as formulas only", () => {
    const t = findTemplate("cong-tac-tre-em")!;
    const ids = templateFields(t).map((f) => f.id);
    for (const id of [
      "children_total",
      "special_total",
      "special_assisted",
      "abused_total",
      "abused_supported",
      "under6_insured",
      "villages_with_venue",
      "communes_child_friendly",
      "funds_state",
      "funds_mobilized",
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids.some((id) => id.endsWith("_rate"))).toBe(false);
    expect(t.tables[0].rates.map((r) => r.id)).toContain("special_assisted_rate");
  });
});

describe("a malformed template definition", () => {
  const broken = (mutate: (t: typeof thangHanhDong) => void): unknown => {
    const copy = structuredClone(thangHanhDong);
    mutate(copy);
    return copy;
  };

  test("names the template, the path of the bad key and why", () => {
    const bad = broken((t) => {
      (t.tables[1].groups[0].fields[1] as { kind: string }).kind = "percent";
    });
    expect(() => loadTemplate(bad)).toThrow(TemplateError);
    try {
      loadTemplate(bad);
    } catch (e) {
      const err = e as TemplateError;
      expect(err.templateId).toBe("thang-hanh-dong");
      expect(err.message).toContain('Template "thang-hanh-dong"');
      expect(err.message).toContain("tables.1.groups.0.fields.1.kind");
    }
  });

  test("a rule over an unknown field is caught at load, not at a user's desk", () => {
    const bad = broken((t) => {
      t.rules[0].left = "launch_sitez";
    });
    expect(() => loadTemplate(bad)).toThrow(/rules\.0\.left: unknown field "launch_sitez"/);
  });

  test("a duplicated field id is refused", () => {
    const bad = broken((t) => {
      t.tables[2].groups[0].fields[0].id = "launch_sites";
    });
    expect(() => loadTemplate(bad)).toThrow(/duplicate field id "launch_sites"/);
  });

  test("a rule with broken arithmetic says where", () => {
    const bad = broken((t) => {
      t.rules[3].right = "funds_state +";
    });
    expect(() => loadTemplate(bad)).toThrow(/rules\.3\.right: expression "funds_state \+" ends too early/);
  });
});
