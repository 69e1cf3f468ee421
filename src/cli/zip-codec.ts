// Node's native zlib as the reader's ZipCodec (src/xlsx/zip.ts): it inflates
// about twice and checksums about five times as fast as fflate and our
// JavaScript CRC-32 (measured on the bench's reports). zlib.crc32 exists from
// Node 20.15 / 22.2; older Nodes use the JavaScript one.
import * as zlib from "node:zlib";
import { jsCodec, type ZipCodec } from "../xlsx/zip";

/** Node's CRC-32 (continued from `previous` when given), when this Node has it. */
export const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, previous?: number) => number }).crc32;

export const nodeCodec: ZipCodec = {
  // One output chunk of the declared size (zlib's default 16 KB chunks cost a copy per part); a part that
  // inflates past its declared size is refused (maxOutputLength) before it fills memory.
  inflateRaw: (data, size) =>
    zlib.inflateRawSync(data, { chunkSize: Math.max(64, size + 1), maxOutputLength: Math.max(1, size) }),
  crc32: nativeCrc32 ? (data) => nativeCrc32(data) >>> 0 : jsCodec.crc32,
};
