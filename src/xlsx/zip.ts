// A zip's central directory, read once per file, and its entries inflated
// through a ZipCodec: fflate and our own CRC-32 by default (the browser, the
// pane's workers), Node's native zlib in the CLI (src/cli/zip-codec.ts), which
// inflates and checksums several times faster. Either way an entry is checked
// the same: its method, its bounds, its size and its CRC-32 (a flipped bit must
// not become a wrong number). No Node imports.
import { inflateSync } from "fflate";
import { MAX_ZIP_ENTRIES } from "../core/limits";
import { crc32 } from "./crc32";
import { ReadError } from "./read-error";

/** How entries are inflated and checksummed. */
export interface ZipCodec {
  /** Inflates raw DEFLATE data expected to give `size` bytes (throws, or gives another length, when it does not). */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** The codec of the browser and the workers: fflate, and the CRC-32 of crc32.ts. */
export const jsCodec: ZipCodec = {
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  crc32,
};

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  compressedSize: number;
  /** Uncompressed size, as the directory declares it. */
  size: number;
  /** CRC-32 of the uncompressed bytes, as the directory declares it. */
  crc: number;
  /** Where the entry's local header starts. */
  offset: number;
  /** Encrypted with a password (flag bit 0): its bytes cannot be read without it. */
  encrypted: boolean;
}

const corrupt = (what: string) => new ReadError("corrupt", `cannot unzip: ${what}`);
const utf8 = new TextDecoder();

/** Entry names as fflate decodes them: UTF-8 when the entry says so (flag bit 11), else byte for byte. */
function entryName(bytes: Uint8Array, flags: number): string {
  return flags & 0x800 ? utf8.decode(bytes) : String.fromCharCode(...bytes);
}

/** The entries of a zip's central directory, in order. Throws ReadError (corrupt, zip_bomb). */
export function zipDirectory(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (p: number) => view.getUint16(p, true);
  const u32 = (p: number) => view.getUint32(p, true);
  const u64 = (p: number) => u32(p) + u32(p + 4) * 2 ** 32;
  // End of central directory: the last signature within the final 64 KiB (its comment may follow it).
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end of central directory");
  let count = u16(eocd + 10);
  let p = u32(eocd + 16);
  // Zip64: the counts and offset that do not fit are in the zip64 record the locator (just before) points to.
  if ((count === 0xffff || p === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const z = u64(eocd - 12);
    if (z + 56 > zip.length || u32(z) !== 0x06064b50) throw corrupt("bad zip64 record");
    count = u64(z + 32);
    p = u64(z + 48);
  }
  if (count > MAX_ZIP_ENTRIES) throw new ReadError("zip_bomb", `more than ${MAX_ZIP_ENTRIES} zip entries`);
  const out: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > zip.length || u32(p) !== 0x02014b50) throw corrupt("bad central directory");
    const nameLen = u16(p + 28);
    const extraStart = p + 46 + nameLen;
    const next = extraStart + u16(p + 30) + u16(p + 32);
    if (next > zip.length) throw corrupt("bad central directory");
    const entry: ZipEntry = {
      name: entryName(zip.subarray(p + 46, extraStart), u16(p + 8)),
      method: u16(p + 10),
      crc: u32(p + 16),
      compressedSize: u32(p + 20),
      size: u32(p + 24),
      offset: u32(p + 42),
      encrypted: (u16(p + 8) & 1) === 1,
    };
    zip64Sizes(entry, view, extraStart, extraStart + u16(p + 30));
    out.push(entry);
    p = next;
  }
  return out;
}

/** Sizes and offset too large for 32 bits are in the zip64 extra field (id 1), in this order, only those that are. */
function zip64Sizes(entry: ZipEntry, view: DataView, start: number, end: number): void {
  const keys = (["size", "compressedSize", "offset"] as const).filter((k) => entry[k] === 0xffffffff);
  if (keys.length === 0) return;
  for (let q = start; q + 4 <= end; q += 4 + view.getUint16(q + 2, true)) {
    if (view.getUint16(q, true) !== 1) continue;
    keys.forEach((k, i) => {
      const at = q + 4 + i * 8;
      if (at + 8 > end) throw corrupt(`${entry.name}: bad zip64 field`);
      entry[k] = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
    });
    return;
  }
  throw corrupt(`${entry.name}: missing zip64 field`);
}

/**
 * Names given to more than one entry, compared as OOXML compares part names (case-insensitively): a package
 * holding two of one name may be read one way here and another way in Excel, so it is damaged.
 */
export function duplicateNames(entries: readonly ZipEntry[], ignoreCase: boolean): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const e of entries) {
    const key = ignoreCase ? e.name.toLowerCase() : e.name;
    if (seen.has(key)) twice.add(e.name);
    seen.add(key);
  }
  return [...twice];
}

/** An entry's bytes, inflated and checked against its declared size and CRC-32. Throws ReadError (corrupt, encrypted). */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry, codec: ZipCodec): Uint8Array {
  if (entry.encrypted) throw new ReadError("encrypted", `${entry.name}: encrypted zip entry`);
  const p = entry.offset;
  if (p + 30 > zip.length || zip[p] !== 0x50 || zip[p + 1] !== 0x4b || zip[p + 2] !== 3 || zip[p + 3] !== 4)
    throw corrupt(`${entry.name}: bad local header`);
  const start = p + 30 + (zip[p + 26] | (zip[p + 27] << 8)) + (zip[p + 28] | (zip[p + 29] << 8));
  if (start + entry.compressedSize > zip.length) throw corrupt(`${entry.name}: truncated`);
  const raw = zip.subarray(start, start + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = codec.inflateRaw(raw, entry.size);
    } catch (e) {
      throw corrupt(`${entry.name}: ${(e as Error).message}`);
    }
  } else throw corrupt(`${entry.name}: unknown compression type ${entry.method}`);
  if (data.length !== entry.size) throw corrupt(`${entry.name}: ${data.length} bytes, ${entry.size} declared`);
  // fflate does not check checksums, nor does zlib on raw DEFLATE data: we do.
  if (codec.crc32(data) !== entry.crc) throw new ReadError("corrupt", `${entry.name}: checksum mismatch`);
  return data;
}
