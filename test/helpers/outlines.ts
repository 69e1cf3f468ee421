// Outlines as users paste them: seed 000's, and ones written for the tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Seed 000's outline as pasted: from "Đề cương" to the end of the seed, verbatim (tabs and all). */
export const SEED_000_OUTLINE = readFileSync(join(__dirname, "..", "fixtures", "seed-000-outline.txt"), "utf8");

/** Written for the tests: a half-year Children's Forum report with a one-level column and repeated sub-labels. */
export const FORUM_OUTLINE = [
  "ĐỀ CƯƠNG",
  "BÁO CÁO KẾT QUẢ TỔ CHỨC DIỄN ĐÀN TRẺ EM",
  "6 tháng đầu năm 2025",
  "",
  "I. KẾT QUẢ THỰC HIỆN",
  "1. Công tác chỉ đạo",
  "2. Tổ chức Diễn đàn trẻ em các cấp",
  "Biểu 1. Diễn đàn trẻ em",
  "STT\tSố xã tổ chức diễn đàn\tDiễn đàn cấp xã\t\tDiễn đàn cấp tỉnh\t\tKinh phí (đồng)",
  "\t\tSố diễn đàn\tSố trẻ em tham gia\tSố diễn đàn\tSố trẻ em tham gia\t",
  "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)",
  "II. KIẾN NGHỊ",
].join("\n");

/**
 * Written for the tests: a year's drowning-prevention report in the style of
 * seed 000 (Word's layout, "- a)" items, captions, two tables), with one-level
 * columns at both ends of a table, the same sub-labels under three groups, and
 * money in a group ("Kinh phí" over "Ngân sách" / "Xã hội hóa").
 */
export const DROWNING_OUTLINE = [
  "Đề cương",
  "BÁO CÁO KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG ĐUỐI NƯỚC TRẺ EM",
  "NĂM 2025",
  "",
  "(Kèm theo Kế hoạch số: /KH-UBND ngày tháng năm 2025)",
  "",
  "I. KẾT QUẢ THỰC HIỆN",
  "",
  "1. Công tác tuyên truyền",
  "2. Dạy bơi, kỹ năng an toàn trong môi trường nước",
  " - a) Lớp dạy bơi",
  " - b) Điểm bơi an toàn",
  "",
  "Biểu 1. Kết quả dạy bơi",
  "",
  "Số xã có lớp dạy bơi\tTrẻ em dưới 6 tuổi\t\tTrẻ em 6 - 11 tuổi\t\tTrẻ em 12 - 16 tuổi\t\tKinh phí\t",
  "\tSố trẻ học bơi\tSố trẻ biết bơi\tSố trẻ học bơi\tSố trẻ biết bơi\tSố trẻ học bơi\tSố trẻ biết bơi\tNgân sách\tXã hội hóa",
  "",
  "3. Tình hình trẻ em bị đuối nước",
  "",
  "Số vụ đuối nước\tSố trẻ em tử vong\tSố trẻ em được cứu sống",
  "",
  "II. ĐÁNH GIÁ CHUNG",
  "",
  "1. Kết quả đạt được",
  "2. Khó khăn, hạn chế",
  "",
  "III. KIẾN NGHỊ, ĐỀ XUẤT",
].join("\n");
