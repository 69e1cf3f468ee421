// What SheetJS is given, checked first: SheetJS parses a file in one call that
// no clock can cut short, trusting what the file says of itself. So an .xls
// reaches it only as its workbook stream alone, in a new container, after the
// container's chains (cfb.ts) and the stream's BIFF records were found whole
// (a looping chain filled 4 GB; garbage in a document-properties stream made
// it allocate without end); an .ods only after every part is within the size
// limits and inflates to exactly what its directory says, checksum included
// (SheetJS would inflate a lying zip bomb in full). No Node imports.
import { MAX_PART_BYTES, MAX_TOTAL_BYTES } from "../core/limits";
import { cfbDamage } from "./cfb";
import { isCfb } from "./container";
import { ReadError } from "./read-error";
import { duplicateNames, inflateEntry, jsCodec, zipDirectory, type ZipCodec } from "./zip";

type SheetJs = typeof import("@e965/xlsx");
/** What SheetJS's CFB module (typed `any` by SheetJS) is used for here. */
interface Cfb {
  read(bytes: Uint8Array, o: { type: "array" }): unknown;
  find(cfb: unknown, name: string): { content?: unknown } | null;
  write(cfb: unknown, o: { type: "array" }): ArrayLike<number>;
  utils: { cfb_new(): unknown; cfb_add(cfb: unknown, name: string, content: Uint8Array): void };
}

/**
 * Whether a workbook stream is a whole chain of BIFF records: each record's length leads to the next, none
 * runs past the stream, every substream (BOF … EOF) closes, and no record of type 0 (zeroed bytes, which BIFF
 * never writes) comes before the last EOF (past it a stream may be padded). SheetJS reads past such damage
 * and gives a workbook missing what was there; a report whose bytes were damaged is damaged.
 */
function biffIntact(stream: Uint8Array): boolean {
  let lastEof = -1;
  let zero = -1;
  let open = 0;
  let p = 0;
  while (p + 4 <= stream.length) {
    const type = stream[p] | (stream[p + 1] << 8);
    if (type === 0x0809) open++;
    if (type === 0x000a) [open, lastEof] = [open - 1, p];
    if (type === 0 && zero < 0) zero = p;
    p += 4 + (stream[p + 2] | (stream[p + 3] << 8));
  }
  return lastEof >= 0 && open === 0 && p <= stream.length && (zero < 0 || zero > lastEof);
}

/** An .xls: its workbook stream, checked, alone in a new container (other streams are never parsed). */
function xlsForSheetJs(X: SheetJs, bytes: Uint8Array): Uint8Array {
  const damage = cfbDamage(bytes);
  if (damage) throw new ReadError("corrupt", damage);
  const CFB = X.CFB as Cfb;
  let cfb: unknown;
  try {
    cfb = CFB.read(bytes, { type: "array" });
  } catch (e) {
    throw new ReadError("corrupt", `CFB: ${String((e as Error)?.message ?? e)}`);
  }
  const name = CFB.find(cfb, "Workbook") ? "Workbook" : "Book";
  const content = CFB.find(cfb, name)?.content;
  // No workbook stream: SheetJS says what it is (a file it cannot read), as before.
  if (!content) return bytes;
  const stream = content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>);
  if (!biffIntact(stream)) throw new ReadError("corrupt", "the workbook stream's records do not hold together");
  const only = CFB.utils.cfb_new();
  CFB.utils.cfb_add(only, name, stream);
  return Uint8Array.from(CFB.write(only, { type: "array" }));
}

/** An .ods (a zip): every part within the limits and inflating to what the directory says, before SheetJS. */
function odsForSheetJs(bytes: Uint8Array, codec: ZipCodec): Uint8Array {
  const entries = zipDirectory(bytes);
  if (duplicateNames(entries, false).length > 0) throw new ReadError("corrupt", "two parts of one name");
  let total = 0;
  for (const e of entries) {
    if (e.size > MAX_PART_BYTES) throw new ReadError("zip_bomb", `${e.name} inflates to ${e.size} bytes`);
    total += e.size;
    if (total > MAX_TOTAL_BYTES) throw new ReadError("zip_bomb", `parts inflate to more than ${MAX_TOTAL_BYTES} bytes`);
  }
  for (const e of entries) if (!e.name.endsWith("/")) inflateEntry(bytes, e, codec);
  return bytes;
}

/** The bytes SheetJS may parse, or ReadError saying why the file cannot be read. */
export function legacyBytesForSheetJs(X: SheetJs, bytes: Uint8Array, codec: ZipCodec = jsCodec): Uint8Array {
  return isCfb(bytes) ? xlsForSheetJs(X, bytes) : odsForSheetJs(bytes, codec);
}
