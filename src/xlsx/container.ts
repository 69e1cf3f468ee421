// The .xlsx container: a zip, refused when it is something else (an old .xls,
// an encrypted workbook), and inflated part by part with the guards a hostile
// file needs: entry count, part and total sizes (zip bombs), no two parts of
// one name, CRC-32 of every part read (zip.ts), each part's text in the
// encoding it is really in (part-text.ts). No Node imports.
import { MAX_PART_BYTES, MAX_TOTAL_BYTES } from "../core/limits";
import { partText } from "./part-text";
import { ReadError } from "./read-error";
import { duplicateNames, inflateEntry, jsCodec, zipDirectory, type ZipCodec, type ZipEntry } from "./zip";
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
  private total = 0;
  private readonly entries = new Map<string, ZipEntry>();
  /** Reads the zip's directory; throws ReadError when it is damaged (two parts of one name too) or has too many entries. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly codec: ZipCodec = jsCodec,
  ) {
    const entries = zipDirectory(bytes);
    const twice = duplicateNames(entries, true);
    if (twice.length > 0) throw new ReadError("corrupt", `two parts named ${twice[0]}`);
    for (const e of entries) this.entries.set(e.name, e);
  }

  /** Inflates the named parts that exist; checks sizes before inflating. */
  read(names: Set<string>): Map<string, string> {
    const wanted = [...names].flatMap((n) => this.entries.get(n) ?? []);
    for (const e of wanted) {
      if (e.size > MAX_PART_BYTES) throw new ReadError("zip_bomb", `${e.name} inflates to ${e.size} bytes`);
      this.total += e.size;
      if (this.total > MAX_TOTAL_BYTES)
        throw new ReadError("zip_bomb", `parts inflate to more than ${MAX_TOTAL_BYTES} bytes`);
    }
    return new Map(wanted.map((e) => [e.name, partText(inflateEntry(this.bytes, e, this.codec), e.name)]));
  }
}
