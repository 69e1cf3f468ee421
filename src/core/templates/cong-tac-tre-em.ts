// Periodic child-work report (6 months / year) of seed 002's reporting regime
// (Sơn Hà 2024, indicators after Thông tư 13/2021/TT-BLĐTBXH as named in the
// seeds). Every indicator is a count; rates are formulas over counts.
import type { TemplateInput } from "./schema";

const subNotAbove = (id: string, sub: string, total: string, what: string, whatEn: string): TemplateInput["rules"][number] => ({
  id,
  severity: "error",
  left: sub,
  op: "<=",
  right: total,
  message: {
    vi: `Số ${what} ({left}) lớn hơn tổng số ({right}). Số "trong đó" không được vượt tổng số: kiểm tra lại hai ô.`,
    en: `The number ${whatEn} ({left}) exceeds its total ({right}). A "of which" count cannot exceed its total: check both cells.`,
  },
});

const target = (id: string, sub: string, total: string, what: string, whatEn: string): TemplateInput["rules"][number] => ({
  id,
  severity: "warning",
  when: [{ left: total, op: ">", right: "0" }],
  left: sub,
  op: ">=",
  right: total,
  message: {
    vi: `Tỷ lệ ${what} mới đạt {pct} ({left}/{right}), chưa đạt mục tiêu 100%. Kiểm tra lại số liệu hoặc nêu lý do trong phần đánh giá.`,
    en: `The rate of ${whatEn} is {pct} ({left}/{right}), short of the 100% target. Check the figures or explain in the assessment.`,
  },
});

export const congTacTreEm: TemplateInput = {
  id: "cong-tac-tre-em",
  version: 1,
  title: "BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TRẺ EM {period}",
  name: { vi: "Báo cáo định kỳ công tác trẻ em", en: "Periodic child-work report" },
  periodKind: "half-or-year",
  source: "Kế hoạch triển khai thực hiện công tác trẻ em năm 2024 (huyện Sơn Hà), mục V. Chế độ báo cáo; Thông tư 13/2021/TT-BLĐTBXH",
  sections: [
    { id: "I", heading: "I. KẾT QUẢ THỰC HIỆN", narrative: false },
    { id: "I.1", heading: "1. Tăng cường sự chỉ đạo, triển khai, phối hợp thực hiện", narrative: true },
    {
      id: "I.2",
      heading: "2. Đẩy mạnh các hoạt động truyền thông, giáo dục, vận động xã hội nâng cao trách nhiệm về bảo vệ, chăm sóc, giáo dục trẻ em",
      narrative: true,
    },
    {
      id: "I.3",
      heading: "3. Củng cố hệ thống tổ chức, nhân lực và nâng cao năng lực cho đội ngũ cán bộ làm công tác trẻ em",
      narrative: true,
    },
    {
      id: "I.4",
      heading:
        "4. Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em (Từ ngày 01/6 đến ngày 30/6), Diễn đàn trẻ em, Tết Trung thu",
      narrative: true,
    },
    {
      id: "I.5",
      heading:
        "5. Kiểm tra, giám sát việc thực hiện pháp luật, chính sách về bảo vệ chăm sóc trẻ em và thực hiện quyền trẻ em trên địa bàn",
      narrative: true,
    },
    { id: "II", heading: "II. SỐ LIỆU THỐNG KÊ VỀ TRẺ EM", narrative: false },
    { id: "III", heading: "III. ĐÁNH GIÁ CHUNG", narrative: false },
    { id: "III.1", heading: "1. Những kết quả đạt được", narrative: true },
    { id: "III.2", heading: "2. Những khó khăn, hạn chế", narrative: true },
    { id: "III.3", heading: "3. Kiến nghị, đề xuất", narrative: true },
  ],
  tables: [
    {
      id: "chi_tieu",
      name: "Biểu số liệu thống kê",
      caption: "Biểu số liệu thống kê về trẻ em",
      afterSection: "II",
      orientation: "rows",
      groups: [
        {
          label: "Bảo vệ trẻ em",
          fields: [
            { id: "children_total", label: "Tổng số trẻ em", kind: "count", unit: "trẻ em" },
            { id: "special_total", label: "Trẻ em có hoàn cảnh đặc biệt", kind: "count", unit: "trẻ em" },
            { id: "special_assisted", label: "— trong đó được trợ giúp", kind: "count", unit: "trẻ em" },
            { id: "at_risk_total", label: "Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", kind: "count", unit: "trẻ em" },
            { id: "abused_total", label: "Trẻ em bị bạo lực, xâm hại", kind: "count", unit: "trẻ em" },
            { id: "abused_supported", label: "— trong đó được hỗ trợ, can thiệp", kind: "count", unit: "trẻ em" },
            { id: "injury_total", label: "Trẻ em bị tai nạn, thương tích", kind: "count", unit: "trẻ em" },
            { id: "drowning_deaths", label: "Trẻ em tử vong do đuối nước", kind: "count", unit: "trẻ em" },
            { id: "child_labour", label: "Trẻ em lao động trái quy định của pháp luật", kind: "count", unit: "trẻ em" },
          ],
        },
        {
          label: "Chăm sóc, vui chơi",
          fields: [
            { id: "under6_total", label: "Trẻ em dưới 6 tuổi", kind: "count", unit: "trẻ em" },
            { id: "under6_insured", label: "— trong đó được cấp thẻ bảo hiểm y tế", kind: "count", unit: "trẻ em" },
            { id: "villages_total", label: "Số thôn, tổ dân phố", kind: "count", unit: "thôn, tổ" },
            {
              id: "villages_with_venue",
              label: "— trong đó có điểm vui chơi, thiết chế văn hóa, thể thao cho trẻ em",
              kind: "count",
              unit: "thôn, tổ",
            },
            { id: "communes_total", label: "Số xã, phường, thị trấn", kind: "count", unit: "xã" },
            { id: "communes_child_friendly", label: "— trong đó đạt tiêu chuẩn phù hợp với trẻ em", kind: "count", unit: "xã" },
          ],
        },
        {
          label: "Hoạt động",
          fields: [
            { id: "forums", label: "Diễn đàn trẻ em", kind: "count", unit: "diễn đàn" },
            { id: "forum_children", label: "Trẻ em tham gia diễn đàn", kind: "count", unit: "trẻ em" },
            { id: "trainings", label: "Lớp tập huấn", kind: "count", unit: "lớp" },
            { id: "trainees", label: "Lượt người được tập huấn", kind: "count", unit: "lượt người" },
            { id: "inspections", label: "Cuộc kiểm tra, giám sát", kind: "count", unit: "cuộc" },
            { id: "funds_state", label: "Kinh phí ngân sách nhà nước", kind: "money" },
            { id: "funds_mobilized", label: "Kinh phí vận động", kind: "money" },
          ],
        },
      ],
      rates: [
        {
          id: "special_assisted_rate",
          label: "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp",
          numerator: "special_assisted",
          denominator: "special_total",
          afterField: "special_assisted",
        },
        {
          id: "abused_supported_rate",
          label: "Tỷ lệ trẻ em bị bạo lực, xâm hại được hỗ trợ, can thiệp",
          numerator: "abused_supported",
          denominator: "abused_total",
          afterField: "abused_supported",
        },
        {
          id: "under6_insured_rate",
          label: "Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế",
          numerator: "under6_insured",
          denominator: "under6_total",
          afterField: "under6_insured",
        },
        {
          id: "villages_with_venue_rate",
          label: "Tỷ lệ thôn, tổ dân phố có điểm vui chơi, thiết chế văn hóa, thể thao cho trẻ em",
          numerator: "villages_with_venue",
          denominator: "villages_total",
          afterField: "villages_with_venue",
        },
        {
          id: "communes_child_friendly_rate",
          label: "Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em",
          numerator: "communes_child_friendly",
          denominator: "communes_total",
          afterField: "communes_child_friendly",
        },
      ],
    },
  ],
  rules: [
    subNotAbove("special_assisted_not_above_total", "special_assisted", "special_total", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", "of children in special circumstances assisted"),
    subNotAbove("abused_supported_not_above_total", "abused_supported", "abused_total", "trẻ em bị bạo lực, xâm hại được hỗ trợ, can thiệp", "of abused children supported"),
    subNotAbove("under6_insured_not_above_total", "under6_insured", "under6_total", "trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế", "of children under 6 insured"),
    subNotAbove("villages_with_venue_not_above_total", "villages_with_venue", "villages_total", "thôn, tổ dân phố có điểm vui chơi", "of villages with a play venue"),
    subNotAbove("communes_child_friendly_not_above_total", "communes_child_friendly", "communes_total", "xã, phường, thị trấn phù hợp với trẻ em", "of child-friendly communes"),
    subNotAbove("special_not_above_children", "special_total", "children_total", "trẻ em có hoàn cảnh đặc biệt", "of children in special circumstances"),
    subNotAbove("under6_not_above_children", "under6_total", "children_total", "trẻ em dưới 6 tuổi", "of children under 6"),
    target("special_assisted_target", "special_assisted", "special_total", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", "children in special circumstances assisted"),
    target("abused_supported_target", "abused_supported", "abused_total", "trẻ em bị bạo lực, xâm hại được hỗ trợ, can thiệp", "abused children supported"),
    {
      id: "child_friendly_with_harm",
      severity: "warning",
      levels: ["xa"],
      when: [{ left: "communes_child_friendly", op: ">", right: "0" }],
      left: "drowning_deaths + abused_total",
      op: "=",
      right: "0",
      cell: "communes_child_friendly",
      message: {
        vi: "Xã tự đánh giá đạt tiêu chuẩn phù hợp với trẻ em nhưng có trẻ em tử vong do đuối nước hoặc bị bạo lực, xâm hại ({left} trường hợp): theo quy định, xã như vậy không được công nhận. Kiểm tra lại ô này.",
        en: "The commune reports itself child-friendly but has drowning deaths or abused children ({left} cases): such a commune is not recognised. Check this cell.",
      },
    },
  ],
  summaryChart: {
    title: "Trẻ em có hoàn cảnh đặc biệt, bị bạo lực, xâm hại và được hỗ trợ, theo đơn vị",
    fields: ["special_total", "special_assisted", "abused_total", "abused_supported"],
  },
  deadlines: [
    { span: "half", day: 31, month: 5 },
    { span: "year", day: 30, month: 11 },
    { span: "year", level: "huyen", day: 10, month: 12 },
  ],
};
