// Month of Action for Children results report: the outline and the three tally
// tables at the end of seed 000 (Mường Ảng, 2024), labels verbatim.
// Field ids are a contract: other tools and saved workbooks rely on them.
import type { TemplateInput } from "./schema";

const avgLow = (kind: string, kindEn: string) => ({
  vi: `Kinh phí ${kind} bình quân {left} đồng/trẻ em, thấp bất thường (dưới 10.000 đồng). Có thể kinh phí đã được nhập theo nghìn đồng hoặc triệu đồng: hãy nhập số tiền bằng đồng (ví dụ 1.500.000).`,
  en: `${kindEn} funds average {left} VND per child, unusually low (under 10,000). The amount may have been entered in thousands or millions of VND: enter it in VND (e.g. 1500000).`,
});
const avgHigh = (kind: string, kindEn: string) => ({
  vi: `Kinh phí ${kind} bình quân {left} đồng/trẻ em, cao bất thường (trên 20.000.000 đồng). Kiểm tra lại số trẻ em và số tiền (có thể thừa chữ số 0).`,
  en: `${kindEn} funds average {left} VND per child, unusually high (over 20,000,000). Check the number of children and the amount (an extra zero?).`,
});
const fundsWithoutChildren = (kind: string, kindEn: string, funds: string) => ({
  vi: `Có kinh phí ${kind} ({${funds}} đồng) nhưng số lượng trẻ em bằng 0. Nhập số trẻ em được hỗ trợ, hoặc kiểm tra lại kinh phí.`,
  en: `${kindEn} funds are reported ({${funds}} VND) but the number of children is 0. Enter the number of children, or check the amount.`,
});

function supportRules(prefix: "gifts" | "scholarships" | "healthcare", vi: string, en: string): TemplateInput["rules"] {
  const children = `${prefix}_children`;
  const funds = `${prefix}_funds`;
  return [
    {
      id: `${prefix}_funds_without_children`,
      severity: "warning",
      when: [{ left: funds, op: ">", right: "0" }],
      left: children,
      op: ">",
      right: "0",
      message: fundsWithoutChildren(vi, en, funds),
    },
    {
      id: `${prefix}_funds_per_child_low`,
      severity: "warning",
      when: [
        { left: children, op: ">", right: "0" },
        { left: funds, op: ">", right: "0" },
      ],
      left: `${funds} / ${children}`,
      op: ">=",
      right: "10000",
      cell: funds,
      message: avgLow(vi, en),
    },
    {
      id: `${prefix}_funds_per_child_high`,
      severity: "warning",
      when: [{ left: children, op: ">", right: "0" }],
      left: `${funds} / ${children}`,
      op: "<=",
      right: "20000000",
      cell: funds,
      message: avgHigh(vi, en),
    },
  ];
}

const childrenWithoutCount = (what: string, whatEn: string, children: string) => ({
  vi: `Có {${children}} trẻ em nhưng ${what} bằng 0. Nhập ${what}, hoặc sửa số trẻ em.`,
  en: `{${children}} children are reported but the number of ${whatEn} is 0. Enter the number of ${whatEn}, or correct the number of children.`,
});

export const thangHanhDong: TemplateInput = {
  id: "thang-hanh-dong",
  version: 1,
  title: "BÁO CÁO KẾT QUẢ TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM {period}",
  name: { vi: "Báo cáo kết quả Tháng hành động vì trẻ em", en: "Month of Action for Children results report" },
  periodKind: "year",
  source: "Đề cương kèm theo Kế hoạch triển khai Tháng hành động Vì trẻ em năm 2024 (huyện Mường Ảng); Thông tư 28/2019/TT-BLĐTBXH",
  sections: [
    { id: "I", heading: "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN", narrative: false },
    { id: "I.1", heading: "1. Công tác chỉ đạo, ban hành kế hoạch triển khai", narrative: true },
    { id: "I.2", heading: "2. Phát động Tháng hành động vì trẻ em", narrative: true },
    { id: "I.3", heading: "3. Nội dung hoạt động đã triển khai", narrative: true },
    { id: "I.4", heading: "4. Kinh phí thực hiện", narrative: false },
    { id: "I.4.a", heading: "a) Ngân sách Nhà nước", narrative: true },
    { id: "I.4.b", heading: "b) Ngân sách vận động", narrative: true },
    { id: "I.5", heading: "5. Hoạt động hỗ trợ trẻ em", narrative: true },
    { id: "I.6", heading: "6. Hoạt động có sự tham gia của trẻ em và vui chơi giải trí", narrative: true },
    { id: "II", heading: "II. ĐÁNH GIÁ CHUNG", narrative: false },
    { id: "II.1", heading: "1. Những kết quả đã đạt được, bài học kinh nghiệm", narrative: true },
    { id: "II.2", heading: "2. Những khó khăn, tồn tại, hạn chế", narrative: true },
    { id: "II.3", heading: "3. Kiến nghị, đề xuất", narrative: true },
  ],
  tables: [
    {
      id: "kinh_phi",
      name: "Bảng 1 - Kinh phí thực hiện",
      caption: "Biểu tổng hợp số liệu kinh phí thực hiện",
      afterSection: "I.4.b",
      orientation: "columns",
      groups: [
        {
          label: "Tổ chức phát động Tháng hành động vì trẻ em",
          fields: [
            { id: "launch_sites", label: "Số điểm phát động", kind: "count" },
            { id: "launch_children", label: "Số trẻ em tham dự", kind: "count" },
          ],
        },
        {
          label: "Công trình dành cho trẻ em",
          fields: [
            { id: "works_new", label: "Số công trình xây mới", kind: "count" },
            { id: "works_upgraded", label: "Số công trình nâng cấp", kind: "count" },
          ],
        },
        {
          label: "Kinh phí cho Tháng hành động vì trẻ em",
          fields: [
            { id: "funds_state", label: "Ngân sách Nhà nước", kind: "money" },
            { id: "funds_mobilized", label: "Vận động", kind: "money" },
          ],
        },
      ],
    },
    {
      id: "ho_tro",
      name: "Bảng 2 - Hoạt động hỗ trợ trẻ em",
      afterSection: "I.5",
      orientation: "columns",
      groups: [
        {
          label: "Tặng quà",
          fields: [
            { id: "gifts_children", label: "Số lượng trẻ em", kind: "count" },
            { id: "gifts_funds", label: "Kinh phí", kind: "money" },
          ],
        },
        {
          label: "Cấp học bổng",
          fields: [
            { id: "scholarships_children", label: "Số lượng trẻ em", kind: "count" },
            { id: "scholarships_funds", label: "Kinh phí", kind: "money" },
          ],
        },
        {
          label: "Khám bệnh, chữa bệnh miễn phí cho trẻ em",
          fields: [
            { id: "healthcare_children", label: "Số lượng trẻ em", kind: "count" },
            { id: "healthcare_funds", label: "Kinh phí", kind: "money" },
          ],
        },
      ],
    },
    {
      id: "tham_gia",
      name: "Bảng 3 - Tham gia và vui chơi giải trí",
      afterSection: "I.6",
      orientation: "columns",
      groups: [
        {
          label:
            "Các hoạt động có sự tham gia của trẻ em (Diễn đàn, hội nghị, hội thảo, tọa đàm, câu lạc bộ, đội, nhóm, tham vấn, thăm dò, lấy ý kiến trẻ em,...)",
          fields: [
            { id: "participation_activities", label: "Số lượng hoạt động", kind: "count" },
            { id: "participation_children", label: "Số lượng trẻ em tham gia", kind: "count" },
          ],
        },
        {
          label: "Các hoạt động vui chơi, giải trí (hội thi, cắm trại, thể thao, du lịch, tham quan)",
          fields: [
            { id: "recreation_activities", label: "Số lượng hoạt động", kind: "count" },
            { id: "recreation_children", label: "Số lượng trẻ em tham gia", kind: "count" },
          ],
        },
      ],
    },
  ],
  rules: [
    {
      id: "launch_children_without_sites",
      severity: "error",
      when: [{ left: "launch_children", op: ">", right: "0" }],
      left: "launch_sites",
      op: ">",
      right: "0",
      message: childrenWithoutCount("số điểm phát động", "launch sites", "launch_children"),
    },
    {
      id: "participation_children_without_activities",
      severity: "error",
      when: [{ left: "participation_children", op: ">", right: "0" }],
      left: "participation_activities",
      op: ">",
      right: "0",
      message: childrenWithoutCount("số lượng hoạt động có sự tham gia của trẻ em", "participation activities", "participation_children"),
    },
    {
      id: "recreation_children_without_activities",
      severity: "error",
      when: [{ left: "recreation_children", op: ">", right: "0" }],
      left: "recreation_activities",
      op: ">",
      right: "0",
      message: childrenWithoutCount("số lượng hoạt động vui chơi, giải trí", "recreation activities", "recreation_children"),
    },
    ...supportRules("gifts", "tặng quà", "Gift"),
    ...supportRules("scholarships", "cấp học bổng", "Scholarship"),
    ...supportRules("healthcare", "khám, chữa bệnh", "Healthcare"),
    {
      id: "support_above_total_funds",
      severity: "warning",
      left: "gifts_funds + scholarships_funds + healthcare_funds",
      op: "<=",
      right: "funds_state + funds_mobilized",
      message: {
        vi: "Tổng kinh phí hỗ trợ trẻ em ở Bảng 2 ({left} đồng) lớn hơn tổng kinh phí cho Tháng hành động ở Bảng 1 ({right} đồng). Kiểm tra lại đơn vị tính (đồng) và số liệu hai bảng.",
        en: "Support spending in table 2 ({left} VND) exceeds the Month's total funds in table 1 ({right} VND). Check the unit (VND) and the figures of both tables.",
      },
    },
  ],
  summaryChart: {
    title: "Số trẻ em được hưởng lợi theo hoạt động, theo đơn vị",
    fields: ["launch_children", "gifts_children", "scholarships_children", "healthcare_children", "participation_children", "recreation_children"],
  },
  deadlines: [
    { level: "xa", day: 10, month: 7 },
    { level: "huyen", day: 20, month: 7 },
    { level: "tinh", day: 31, month: 7 },
  ],
};
