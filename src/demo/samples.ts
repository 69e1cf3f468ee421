// Sample unit reports for the demo, tests and benchmarks: the communes of
// seed 000 (Mường Ảng district, 2024) with plausible numbers from a seeded
// generator, and a handful of the real-life slips the product exists to catch.
// Pure: returns data; the CLI writes the files.
import type { ReportMeta } from "../core/meta";
import type { Localized } from "../core/i18n/lang";
import type { ReportContents } from "../core/layout/report";
import { asciiSlug } from "../core/slug";

/** The district's roster as used in seed 000's area (names only: files rarely carry codes). */
export const MUONG_ANG_ROSTER = [
  "Xã Ẳng Cang",
  "Xã Ẳng Tở",
  "Xã Ẳng Nưa",
  "Xã Xuân Lao",
  "Xã Mường Lạn",
  "Xã Mường Đăng",
  "Xã Ngối Cáy",
  "Xã Búng Lao",
  "Xã Nặm Lịch",
  "Thị trấn Mường Ảng",
];

export const DEMO_DEADLINE = "2024-07-03";

export interface SampleReport {
  /** File name, ASCII. */
  file: string;
  meta: ReportMeta;
  contents: ReportContents;
  /** What this sample shows, printed by `tonghop demo`. */
  story: Localized;
}

/** mulberry32: a tiny deterministic generator, so samples are the same everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plausible Month of Action figures for one commune (all in đồng, whole numbers). */
export function monthOfActionValues(seed: number): Record<string, number> {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const money = (lo: number, hi: number) => int(lo / 100_000, hi / 100_000) * 100_000;
  const giftsChildren = int(30, 150);
  const scholarshipsChildren = int(5, 20);
  const healthcareChildren = int(50, 300);
  const v: Record<string, number> = {
    launch_sites: int(1, 3),
    launch_children: int(150, 600),
    works_new: int(0, 2),
    works_upgraded: int(0, 3),
    funds_state: money(5_000_000, 30_000_000),
    gifts_children: giftsChildren,
    gifts_funds: giftsChildren * int(2, 5) * 100_000,
    scholarships_children: scholarshipsChildren,
    scholarships_funds: scholarshipsChildren * int(10, 20) * 100_000,
    healthcare_children: healthcareChildren,
    healthcare_funds: healthcareChildren * int(5, 15) * 10_000,
    participation_activities: int(2, 8),
    participation_children: int(100, 400),
    recreation_activities: int(3, 10),
    recreation_children: int(200, 800),
  };
  const support = v.gifts_funds + v.scholarships_funds + v.healthcare_funds;
  v.funds_mobilized = Math.max(
    money(10_000_000, 60_000_000),
    Math.ceil((support - v.funds_state) / 100_000) * 100_000 + 5_000_000,
  );
  return v;
}

function narratives(unit: string): Record<string, string> {
  return {
    "I.1": `UBND ${unit} ban hành Kế hoạch triển khai Tháng hành động vì trẻ em năm 2024, phân công nhiệm vụ cho các ban, ngành, đoàn thể.`,
    "I.2": `Tổ chức Lễ phát động Tháng hành động vì trẻ em với chủ đề "Hành động thiết thực, ưu tiên nguồn lực cho trẻ em".`,
    "I.3": "Treo băng rôn tuyên truyền, tổ chức sinh hoạt hè, tuyên truyền phòng chống đuối nước và Tổng đài 111.",
    "I.4.a": "Ngân sách xã bố trí cho các hoạt động phát động và tặng quà.",
    "I.4.b": "Vận động các tổ chức, cá nhân ủng hộ Quỹ Bảo trợ trẻ em.",
    "I.5": "Tặng quà, trao học bổng cho trẻ em có hoàn cảnh đặc biệt; phối hợp trạm y tế khám bệnh miễn phí.",
    "I.6": "Tổ chức diễn đàn trẻ em, các hoạt động vui chơi, thể thao, văn nghệ dịp hè.",
    "II.1": "Các hoạt động được triển khai đúng chủ đề, thu hút đông đảo trẻ em tham gia.",
    "II.2": "Nguồn lực vận động còn hạn chế; địa bàn rộng, giao thông khó khăn.",
    "II.3": "Đề nghị cấp trên tiếp tục hỗ trợ kinh phí cho các hoạt động vì trẻ em.",
  };
}

const day = (d: number, m: number) => `2024-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

type Values = Record<string, number | string>;

/** How a commune's file differs from a clean report named after the commune. */
interface Slip {
  /** The file's name, where it is not the commune's (an older copy). */
  file?: string;
  /** The name the commune wrote, in its report and its file's name, where it is not the roster's. */
  writtenAs?: string;
  /** Values typed differently from the generated ones. */
  values?: (generated: Values) => Values;
}

const ON_TIME: Localized = { vi: "đúng hạn, không lỗi", en: "on time, no errors" };

/** The demo set: nine of ten communes report (Xã Nặm Lịch does not), with typical slips. */
export function muongAngSamples(): SampleReport[] {
  const samples: SampleReport[] = [];
  /** `unit` as on the roster: it seeds the figures and the narratives. */
  const add = (unit: string, reportDate: string, story: Localized, slip: Slip = {}) => {
    const seed = MUONG_ANG_ROSTER.indexOf(unit) + 1 || 99;
    const generated: Values = monthOfActionValues(seed * 7919);
    const values = { ...generated, ...slip.values?.(generated) };
    const unitName = slip.writtenAs ?? unit;
    samples.push({
      file: `${asciiSlug(slip.file ?? unitName)}.xlsx`,
      meta: { templateId: "thang-hanh-dong", templateVersion: 1, unitName, level: "xa", period: "2024", reportDate },
      contents: { values, narratives: narratives(unit) },
      story,
    });
  };
  add("Xã Ẳng Cang", day(1, 7), ON_TIME);
  add(
    "Xã Ẳng Tở",
    day(2, 7),
    { vi: "có trẻ em tham gia nhưng số hoạt động bằng 0 (lỗi)", en: "children took part but 0 activities (error)" },
    { values: () => ({ participation_activities: 0 }) },
  );
  add("Xã Ẳng Nưa", day(28, 6), ON_TIME);
  add(
    "Xã Xuân Lao",
    day(25, 6),
    { vi: "bản cũ, đã được thay bằng bản mới hơn", en: "an old copy, replaced by a newer one" },
    { file: "Xã Xuân Lao (bản cũ)", values: (v) => ({ gifts_children: Number(v.gifts_children) - 10 }) },
  );
  add("Xã Xuân Lao", day(1, 7), { vi: "bản mới nhất của xã", en: "the commune's newest copy" });
  add("Xã Mường Lạn", day(30, 6), ON_TIME);
  add(
    "Xã Mường Đăng",
    day(2, 7),
    {
      vi: "kinh phí học bổng nhập theo triệu đồng (lỗi: dưới 10.000 đồng, không được tính)",
      en: "scholarship funds entered in millions of đồng (error: below 10,000 đồng, not counted)",
    },
    { values: (v) => ({ scholarships_funds: Math.round(Number(v.scholarships_funds) / 1_000_000) }) },
  );
  add(
    "Xã Ngối Cáy",
    day(3, 7),
    { vi: 'tên xã viết "Ngồi Cáy" khác danh sách', en: 'the commune written "Ngồi Cáy", unlike the roster' },
    { writtenAs: "Xã Ngồi Cáy" },
  );
  add(
    "Xã Búng Lao",
    day(1, 7),
    {
      vi: 'kinh phí tặng quà gõ dạng văn bản "1.500.000" (cảnh báo, vẫn được tính)',
      en: 'gift funds typed as text "1.500.000" (warning, still counted)',
    },
    { values: () => ({ gifts_funds: "1.500.000", gifts_children: 5 }) },
  );
  add("Thị trấn Mường Ảng", day(5, 7), {
    vi: "nộp muộn (sau hạn 03/7/2024)",
    en: "late (after the 03/7/2024 deadline)",
  });
  return samples;
}
