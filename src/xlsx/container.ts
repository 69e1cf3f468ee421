// The .xlsx container: a zip, refused when it is something else (an old .xls,
// an encrypted workbook), and inflated part by part with the guards a hostile
// file needs: entry count, part and total sizes (zip bombs), CRC-32 of every
// part read (fflate does not check them). No Node imports.
import { unzipSync, type UnzipFileInfo } from "fflate";
import { MAX_PART_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES } from "../core/limits";
import { crc32, declaredCrcs } from "./crc32";
import { ReadError } from "./read-error";

const utf8 = new TextDecoder("utf-8");
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export function isCfb(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

/** Whether a CFB (OLE) container names a stream: names are UTF-16 in its directory, found in its first 4 MB. */
export function cfbHasStream(bytes: Uint8Array, name: string): boolean {
  const limit = Math.min(bytes.length, 1 << 22);
  outer: for (let i = 0; i + name.length * 2 <= limit; i++) {
    for (let j = 0; j < name.length; j++) {
      if (bytes[i + j * 2] !== name.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** A password-protected .xlsx is a CFB container holding an "EncryptedPackage" stream. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return cfbHasStream(bytes, "EncryptedPackage");
}

/** Inflates the parts asked for, each checked against its size limits and its checksum. */
export class PartReader {
  private entries = 0;
  private total = 0;
  private crcs: Map<string, number> | undefined;
  constructor(private readonly bytes: Uint8Array) {}

  /** Inflates the named parts that exist; checks sizes before inflating. */
  read(names: Set<string>): Map<string, string> {
    let files: Record<string, Uint8Array>;
    try {
      this.entries = 0;
      files = unzipSync(this.bytes, { filter: (f: UnzipFileInfo) => this.accept(f, names) });
    } catch (e) {
      if (e instanceof ReadError) throw e;
      throw new ReadError("corrupt", `cannot unzip: ${(e as Error).message}`);
    }
    // fflate does not check checksums: a flipped bit must not become a wrong number.
    this.crcs ??= declaredCrcs(this.bytes);
    const out = new Map<string, string>();
    for (const [name, data] of Object.entries(files)) {
      const declared = this.crcs.get(name);
      if (declared === undefined || crc32(data) !== declared)
        throw new ReadError("corrupt", `${name}: checksum mismatch`);
      out.set(name, utf8.decode(data));
    }
    return out;
  }

  private accept(f: UnzipFileInfo, names: Set<string>): boolean {
    if (++this.entries > MAX_ZIP_ENTRIES) throw new ReadError("zip_bomb", `more than ${MAX_ZIP_ENTRIES} zip entries`);
    if (!names.has(f.name)) return false;
    if (f.originalSize > MAX_PART_BYTES)
      throw new ReadError("zip_bomb", `${f.name} inflates to ${f.originalSize} bytes`);
    this.total += f.originalSize;
    if (this.total > MAX_TOTAL_BYTES)
      throw new ReadError("zip_bomb", `parts inflate to more than ${MAX_TOTAL_BYTES} bytes`);
    return true;
  }
}
