// Hostile inputs made by the tests themselves (never by tonghop's writer): zip
// packages written by Python's zipfile (duplicate names and all), parts of a
// good report re-encoded or edited, long adversarial strings.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync } from "fflate";

const PYTHON = "/usr/bin/python3";

export type Entries = [name: string, data: Uint8Array | string][];

/** Zip packages written by Python's zipfile, entries in the order given (a name may appear twice). */
export function pythonZips(zips: { out: string; entries: Entries }[]): void {
  const dir = mkdtempSync(join(tmpdir(), "tonghop-hostile-"));
  const spec = join(dir, "spec.json");
  const encoded = zips.map((z) => ({
    out: z.out,
    entries: z.entries.map(([n, d]) => [n, Buffer.from(typeof d === "string" ? strToU8(d) : d).toString("base64")]),
  }));
  writeFileSync(spec, JSON.stringify(encoded));
  execFileSync(PYTHON, [join(__dirname, "..", "fixtures", "hostile_zip.py"), spec], { stdio: "pipe" });
}

/** One zip package as bytes (see pythonZips). */
export function pythonZip(entries: Entries): Uint8Array {
  const out = join(mkdtempSync(join(tmpdir(), "tonghop-hostile-")), "p.zip");
  pythonZips([{ out, entries }]);
  return new Uint8Array(readFileSync(out));
}

/** A package's entries, in order, as text or bytes. */
export function partsOf(bytes: Uint8Array): Entries {
  return Object.entries(unzipSync(bytes));
}

/** The text of one part of a package. */
export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes)[name];
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

/** A package with some parts replaced (by name) or added, written again by Python's zipfile. */
export function withParts(
  bytes: Uint8Array,
  replace: Record<string, Uint8Array | string>,
  add: Entries = [],
): Uint8Array {
  const entries: Entries = partsOf(bytes).map(([n, d]) => [n, n in replace ? replace[n] : d]);
  return pythonZip([...entries, ...add]);
}

/** UTF-16 bytes of a text (with a byte order mark unless `bom` is false). */
export function utf16(text: string, order: "le" | "be", bom = true): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  const out = Buffer.alloc(le.length + (bom ? 2 : 0));
  if (bom) out.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < le.length; i += 2) {
    out[(bom ? 2 : 0) + i] = order === "le" ? le[i] : le[i + 1];
    out[(bom ? 2 : 0) + i + 1] = order === "le" ? le[i + 1] : le[i];
  }
  return new Uint8Array(out);
}

/** `unit` repeated to `length` characters (cut), with `head` before and `tail` after. */
export function adversarial(unit: string, length: number, head = "", tail = ""): string {
  return head + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail;
}

export const MB = 1024 * 1024;

/** A report's input cell for `field`, as its defined name says: the sheet part and the address. */
export function inputCell(bytes: Uint8Array, field: string): { part: string; cell: string } {
  const names = partText(bytes, "xl/workbook.xml");
  const m = new RegExp(`<definedName name="th_${field}">'([^']+)'!\\$([A-Z]+)\\$(\\d+)</definedName>`).exec(names);
  if (!m) throw new Error(`no defined name for ${field}`);
  const sheets = [...names.matchAll(/<sheet name="([^"]+)"/g)].map((x) => x[1]);
  return { part: `xl/worksheets/sheet${sheets.indexOf(m[1]) + 1}.xml`, cell: `${m[2]}${m[3]}` };
}

/** The sheet XML with `cell` holding `inner` (e.g. "<v>0x1F</v>"), typed `type` when given. */
export function withCellXml(xml: string, cell: string, inner: string, type?: string): string {
  const re = new RegExp(`<c r="${cell}"([^>]*?)(?:/>|>.*?</c>)`);
  if (!re.test(xml)) throw new Error(`no cell ${cell}`);
  return xml.replace(re, (_m, attrs: string) => {
    const kept = attrs.replace(/\s*\/$/, "").replace(/\st="[^"]*"/, "");
    return `<c r="${cell}"${kept}${type ? ` t="${type}"` : ""}>${inner}</c>`;
  });
}

/** A report whose input cells for the given fields hold what is given ([inner XML, type?]). */
export function withInputs(bytes: Uint8Array, cells: Record<string, [string, string?]>): Uint8Array {
  let part = "";
  let xml = "";
  for (const [field, [inner, type]] of Object.entries(cells)) {
    const at = inputCell(bytes, field);
    if (!xml) [part, xml] = [at.part, partText(bytes, at.part)];
    xml = withCellXml(xml, at.cell, inner, type);
  }
  return withParts(bytes, { [part]: xml });
}
