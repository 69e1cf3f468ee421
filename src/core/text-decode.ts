// Text files as Vietnamese offices save them: UTF-8 with or without BOM
// (Excel's "CSV UTF-8"), UTF-16 with BOM (Excel's "Unicode Text"), or
// Windows-1258 (Excel's plain "CSV" on a Vietnamese Windows). TextDecoder has
// no windows-1258 in Node, so its table is here. Windows-1258 writes most tone
// marks as combining characters after the letter; the result is NFC.

/** Windows-1258 bytes 0x80–0xFF; 0 where the code page defines nothing. */
const CP1258_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0, 0x2039, 0x0152, 0, 0, 0, 0, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0, 0x203a, 0x0153, 0, 0, 0x0178,
];
/** Where 0xA0–0xFF differ from Latin-1. */
const CP1258_VIETNAMESE: Record<number, number> = {
  0xc3: 0x0102,
  0xcc: 0x0300,
  0xd0: 0x0110,
  0xd2: 0x0309,
  0xd5: 0x01a0,
  0xdd: 0x01af,
  0xde: 0x0303,
  0xe3: 0x0103,
  0xec: 0x0301,
  0xf0: 0x0111,
  0xf2: 0x0323,
  0xf5: 0x01a1,
  0xfd: 0x01b0,
  0xfe: 0x20ab,
};

// TextDecoder exists wherever tonghop runs (Node, browsers, workers) but is not in the core's ES-only lib.
declare const TextDecoder: new (label: "utf-8", options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

function codeUnits(units: number[]): string {
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

export function decodeWindows1258(bytes: Uint8Array): string {
  const units: number[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b < 0x80 ? b : b < 0xa0 ? CP1258_HIGH[b - 0x80] || 0xfffd : (CP1258_VIETNAMESE[b] ?? b);
  }
  return codeUnits(units).normalize("NFC");
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, from: number): string {
  const units: number[] = [];
  for (let i = from; i + 1 < bytes.length; i += 2)
    units.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  return codeUnits(units).normalize("NFC");
}

/** UTF-16 without a BOM: most ASCII characters leave a zero byte on the same side. */
function utf16Side(bytes: Uint8Array): "le" | "be" | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even === 0) return "le";
  if (even > n / 4 && odd === 0) return "be";
  return undefined;
}

/** Decodes a text file, saying which encoding it was in. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)).normalize("NFC"), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, true, 2), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, false, 2), encoding: "utf-16be" };
  const side = utf16Side(bytes);
  if (side) return { text: decodeUtf16(bytes, side === "le", 0), encoding: side === "le" ? "utf-16le" : "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).normalize("NFC"), encoding: "utf-8" };
  } catch {
    return { text: decodeLines(bytes), encoding: "windows-1258" };
  }
}

/**
 * A file that is not UTF-8 throughout, line by line: a line that is UTF-8 (a header typed in one program) is
 * read as UTF-8, the others as Windows-1258 (rows added in Excel on a Vietnamese Windows). A file all in
 * Windows-1258 reads as before; a mixed one reads as each of its lines was written, never as garbled text.
 */
function decodeLines(bytes: Uint8Array): string {
  const strict = new TextDecoder("utf-8", { fatal: true });
  const out: string[] = [];
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    let text: string;
    try {
      text = strict.decode(line).normalize("NFC");
    } catch {
      text = decodeWindows1258(line);
    }
    out.push(text);
    start = end + 1;
  }
  return out.join("\n");
}
