// Intake: what a received file is, judged by its first bytes (never only by
// its name: a commune's "bao cao.xls" may be a renamed .xlsx, a picture or a
// Word document). Pure; the xlsx adapter opens containers (zip, CFB) further.
import { ARCHIVE_SEP, baseName } from "./paths";

/** What the first bytes of a file say it is. */
export type Sniffed = "empty" | "zip" | "cfb" | "pdf" | "image" | "text" | "unknown";

const MAGIC: [Sniffed, number[]][] = [
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["zip", [0x50, 0x4b, 0x05, 0x06]],
  ["cfb", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["pdf", [0x25, 0x50, 0x44, 0x46]],
  ["image", [0x89, 0x50, 0x4e, 0x47]],
  ["image", [0xff, 0xd8, 0xff]],
  ["image", [0x47, 0x49, 0x46, 0x38]],
  ["image", [0x42, 0x4d]],
  ["image", [0x49, 0x49, 0x2a, 0x00]],
  ["image", [0x4d, 0x4d, 0x00, 0x2a]],
];

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return "empty";
  for (const [kind, magic] of MAGIC)
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return kind;
  // WebP and HEIC (phone photos) keep their mark a few bytes in.
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image";
  if (bytes.length >= 12 && ascii(4, 8) === "ftyp" && /^(heic|heix|mif1|avif)$/.test(ascii(8, 12))) return "image";
  const head = bytes.subarray(0, 4096);
  if (head.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return "text";
  return "unknown";
}

/**
 * Whether text bytes are a table saved as text (CSV, or Excel's "Unicode text"): several lines that each split
 * into the same number (≥ 2) of cells by one separator. A UTF-16 file is looked at through its even bytes.
 */
export function looksLikeTable(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  const utf16 = head[0] === 0xff && head[1] === 0xfe;
  const text = String.fromCharCode(...(utf16 ? head.filter((_, i) => i % 2 === 0) : head));
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  if (lines.length < 2) return false;
  return [",", ";", "\t"].some((sep) => {
    const counts = lines.slice(0, -1).map((l) => l.split(sep).length);
    return counts[0] >= 2 && counts.filter((n) => n === counts[0]).length >= Math.max(2, counts.length * 0.6);
  });
}

/**
 * Files an operating system or Office leaves beside real ones: Excel's lock
 * file while a workbook is open (~$name.xlsx), macOS folder data, Windows
 * thumbnails. Skipped and counted, never read as reports.
 */
export function isSystemFile(path: string): boolean {
  const name = baseName(path);
  return name.startsWith("~$") || name.startsWith(".") || /^(thumbs\.db|desktop\.ini|ehthumbs\.db)$/i.test(name);
}

export function memberLabel(archive: string, member: string): string {
  return (
    archive +
    ARCHIVE_SEP +
    member
      .split("/")
      .filter((s) => s !== "")
      .join(ARCHIVE_SEP)
  );
}

/** What a file picker offers for reports (other files still get a status when dropped or found in folders). */
export const REPORT_FILE_TYPES = ".xlsx,.xlsm,.xls,.ods,.zip";
