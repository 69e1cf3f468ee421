// A CFB (OLE compound file: .xls, an encrypted .xlsx, .doc) checked before
// anything else walks it. SheetJS follows its sector chains and directory tree
// as they are written: a chain that loops, or points outside the file, makes
// it allocate without end (a damaged .xls filled 4 GB). Here every chain is
// followed once, each sector at most once in the whole file, every directory
// link at most once, so a container that lies is refused as damaged at once.
// No Node imports.

const FREE = 0xffffffff;
const END = 0xfffffffe;
const NONE = 0xffffffff;

/** Why a CFB cannot be trusted, or undefined when every chain and link holds. */
export function cfbDamage(bytes: Uint8Array): string | undefined {
  if (bytes.length < 512) return "shorter than its header";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (p: number) => view.getUint32(p, true);
  const shift = view.getUint16(0x1e, true);
  if (view.getUint16(0x1c, true) !== 0xfffe || (shift !== 9 && shift !== 12)) return "not a CFB header";
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size);
  const at = (s: number) => (s + 1) * size;
  const ok = (s: number) => s < sectors;

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = u32(0x2c);
  if (fatCount > sectors) return "more FAT sectors than the file has";
  for (let i = 0; i < Math.min(fatCount, 109); i++) fatSectors.push(u32(0x4c + 4 * i));
  const perSector = size / 4;
  const seenDifat = new Set<number>();
  for (let s = u32(0x44); fatSectors.length < fatCount; ) {
    if (!ok(s) || seenDifat.has(s)) return "a broken DIFAT chain";
    seenDifat.add(s);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(at(s) + 4 * i));
    s = u32(at(s) + size - 4);
  }
  if (fatSectors.some((s) => !ok(s))) return "a FAT sector outside the file";
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((s, k) => {
    for (let i = 0; i < perSector; i++) fat[k * perSector + i] = u32(at(s) + 4 * i);
  });

  // Every chain followed once; no sector in two chains or twice in one.
  const used = new Uint8Array(sectors);
  const chain = (start: number, what: string): number[] | string => {
    const out: number[] = [];
    for (let s = start; s !== END; s = fat[s]) {
      if (s === FREE && out.length === 0) return out;
      if (!ok(s) || s >= fat.length || used[s]) return `a broken ${what} chain`;
      used[s] = 1;
      out.push(s);
    }
    return out;
  };
  const dir = chain(u32(0x30), "directory");
  if (typeof dir === "string") return dir;
  if (dir.length === 0) return "no directory";
  const miniFat = chain(u32(0x3c) === END ? END : u32(0x3c), "mini FAT");
  if (typeof miniFat === "string") return miniFat;

  // The directory: 128-byte entries; the root first.
  const entries = (dir.length * size) / 128;
  const entry = (i: number) => at(dir[Math.floor((i * 128) / size)]) + ((i * 128) % size);
  if (bytes[entry(0) + 66] !== 5) return "no root storage";
  const cutoff = u32(0x38);
  const miniLinks = new Uint32Array(miniFat.length * perSector);
  miniFat.forEach((s, k) => {
    for (let i = 0; i < perSector; i++) miniLinks[k * perSector + i] = u32(at(s) + 4 * i);
  });
  const miniStream = chain(u32(entry(0) + 116), "mini stream");
  if (typeof miniStream === "string") return miniStream;
  const miniSectors = (miniStream.length * size) / 64;
  const usedMini = new Uint8Array(miniSectors);

  // The tree of entries (children, left and right siblings): each reached at most once from the root.
  const reached = new Uint8Array(entries);
  const stack = [0];
  reached[0] = 1;
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const p = entry(i);
    const type = bytes[p + 66];
    if (type !== 0 && type !== 1 && type !== 2 && type !== 5) return "an unknown directory entry";
    for (const link of [u32(p + 68), u32(p + 72), u32(p + 76)]) {
      if (link === NONE) continue;
      if (link >= entries || reached[link]) return "a directory that loops";
      reached[link] = 1;
      stack.push(link);
    }
    if (type !== 2) continue;
    // A stream's chain, in the FAT or the mini FAT, long enough for its size.
    const streamSize = u32(p + 120);
    const start = u32(p + 116);
    if (streamSize < cutoff) {
      let n = 0;
      for (let s = start; s !== END && streamSize > 0; s = miniLinks[s]) {
        if (s >= miniSectors || s >= miniLinks.length || usedMini[s]) return "a broken mini stream chain";
        usedMini[s] = 1;
        n++;
      }
      if (n * 64 < streamSize) return "a stream shorter than its size";
    } else {
      const sectorsOf = chain(start, "stream");
      if (typeof sectorsOf === "string") return sectorsOf;
      if (sectorsOf.length * size < streamSize) return "a stream shorter than its size";
    }
  }
  return undefined;
}
