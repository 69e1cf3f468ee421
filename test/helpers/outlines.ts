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
