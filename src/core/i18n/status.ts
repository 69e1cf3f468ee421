// What a received file's status is called, and a roster unit's when none of its files is counted: the one
// wording for the summary's status sheet (full words, Vietnamese: the official form), the CLI's lines (full
// words, its language) and the pane's badges and lists (short words, its language). `--json` keeps the codes.
import type { FileStatus } from "../vocabulary";
import type { Localized } from "./lang";
import type { Lang } from "./lang";

/** A file's status, a file set aside when a conflict was settled, or a unit's state with nothing counted. */
export type StatusKey = FileStatus | "notKept" | "unresolved" | "missing";

export interface StatusWords {
  /** On the status sheet and in the CLI: says what to do where there is something to do. */
  full: Localized;
  /** In the pane's narrow badges and list heads. */
  short: Localized;
}

const same = (vi: string, en: string): StatusWords => ({ full: { vi, en }, short: { vi, en } });

export const STATUS_WORDS: Record<StatusKey, StatusWords> = {
  included: same("Đã tổng hợp", "Included"),
  superseded: {
    full: { vi: "Bản cũ (đã có bản mới hơn)", en: "Superseded (a newer version exists)" },
    short: { vi: "Bản cũ", en: "Superseded" },
  },
  duplicate: {
    full: { vi: "Trùng lặp (chỉ tính một lần)", en: "Duplicate (counted once)" },
    short: { vi: "Trùng lặp", en: "Duplicate" },
  },
  conflict: {
    full: { vi: "Mâu thuẫn — cần chọn bản đúng", en: "Conflict — choose the right version" },
    short: { vi: "Mâu thuẫn", en: "Conflict" },
  },
  // A report from a unit not on the roster: not counted until the user keeps it.
  held: {
    full: { vi: "Chờ xác nhận — không có trong danh sách", en: "Held — not on the roster" },
    short: { vi: "Chờ xác nhận", en: "Held" },
  },
  rejected: same("Không hợp lệ", "Rejected"),
  // A feedback workbook the unit sent back: its explanations are attached to the findings, it counts nothing.
  feedback: {
    full: { vi: "Phiếu phản hồi gửi lại (giải trình)", en: "Feedback sent back (explanations)" },
    short: { vi: "Phiếu phản hồi", en: "Feedback" },
  },
  notKept: {
    full: { vi: "Không giữ (đã chọn bản khác)", en: "Not kept (another version chosen)" },
    short: { vi: "Không giữ", en: "Not kept" },
  },
  // A unit that sent something that cannot be counted yet: never "Chưa nộp".
  unresolved: same("Đã nộp, cần xử lý", "Sent, needs attention"),
  missing: same("Chưa nộp", "Not reported"),
};

/**
 * Which words a file is shown with: a report set aside by the user's choice is "not kept", not "superseded".
 * Takes a FileOutcome or a file of the CLI's --json (notKept: false).
 */
export function fileStatusKey(f: { status: FileStatus; notKept?: boolean }): StatusKey {
  return f.notKept ? "notKept" : f.status;
}

/** The words for a status in a language, full (sheet, CLI) or short (pane). */
export function statusWord(key: StatusKey, lang: Lang, form: keyof StatusWords = "full"): string {
  return STATUS_WORDS[key][form][lang];
}
