// Ways real and hostile files go wrong, applied to valid report files.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export type Rand = () => number;

export const MUTATIONS = [
  "bit_flip",
  "truncate",
  "swap_entries",
  "shuffle_rows",
  "huge_string",
  "wrong_type",
  "formula",
  "merged_inputs",
  "delete_sheet",
  "rename_sheet",
  "garbage_xml",
  "delete_part",
  "duplicate_cells",
  // Packages that lie, text built to break scanners (issue 27).
  "duplicate_entry",
  "case_duplicate",
  "utf16_sheet",
  "declared_encoding",
  "shared_index",
  "nonfinite_number",
  "beyond_grid",
  "unclosed_tags",
  "long_text_cell",
  "meta_names",
  "encrypted_flag",
] as const;
export type Mutation = (typeof MUTATIONS)[number];

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

function edit(bytes: Uint8Array, fn: (parts: Record<string, string>) => void): Uint8Array {
  const raw = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) parts[k] = strFromU8(v);
  fn(parts);
  const out: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) out[k] = strToU8(v);
  return zipSync(out, { level: 1 });
}

/** Patches every occurrence of one entry name in a zip's headers (local and central) to another of the same length. */
function renameEntries(zip: Uint8Array, from: string, to: string): Uint8Array {
  const [a, b] = [strToU8(from), strToU8(to)];
  const out = zip.slice();
  for (let i = 0; i + a.length <= out.length; i++) if (a.every((x, k) => out[i + k] === x)) out.set(b, i);
  return out;
}

/** `unit` repeated to about `length` characters. */
const run = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++)
    [out[2 + 2 * i], out[3 + 2 * i]] = [text.charCodeAt(i) & 255, text.charCodeAt(i) >> 8];
  return out;
}

export function mutate(bytes: Uint8Array, m: Mutation, rand: Rand): Uint8Array {
  const SHEET = "xl/worksheets/sheet1.xml";
  const numberCells = (p: Record<string, string>) =>
    p[SHEET].match(/<c r="[A-Z]+\d+" s="\d+"><v>[^<]*<\/v><\/c>/g) ?? [];
  switch (m) {
    case "duplicate_entry": {
      // The sheet twice (the second with other numbers), under a name patched to the same one.
      const raw = unzipSync(bytes);
      const lie = strFromU8(raw[SHEET]).replace(/<v>\d+<\/v>/g, "<v>777</v>");
      const twin = "xl/worksheets/sheet1.xmx";
      const zip = zipSync({ ...raw, [twin]: strToU8(lie) }, { level: 1 });
      return renameEntries(zip, twin, SHEET);
    }
    case "case_duplicate": {
      const raw = unzipSync(bytes);
      const name = pick(rand, Object.keys(raw));
      return zipSync({ ...raw, [name.toUpperCase()]: raw[name] }, { level: 1 });
    }
    case "utf16_sheet": {
      const raw = unzipSync(bytes);
      const xml = strFromU8(raw[SHEET]).replace(/encoding="[^"]*"/, 'encoding="UTF-16"');
      return zipSync({ ...raw, [SHEET]: utf16le(xml) }, { level: 1 });
    }
    case "declared_encoding":
      return edit(bytes, (p) => {
        const target = pick(rand, [SHEET, "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]);
        const enc = pick(rand, ["ISO-8859-1", "Shift_JIS", "UTF-16", "windows-1258", "utf-32"]);
        p[target] = p[target].replace(/encoding="[^"]*"/, `encoding="${enc}"`);
      });
    case "shared_index":
      return edit(bytes, (p) => {
        const c = pick(rand, numberCells(p));
        const v = pick(rand, ["-1", "99999", "1.5", "x", "4294967296"]);
        if (c)
          p[SHEET] = p[SHEET].replace(
            c,
            c.replace(/s="(\d+)">/, 's="$1" t="s">').replace(/<v>[^<]*<\/v>/, `<v>${v}</v>`),
          );
      });
    case "nonfinite_number":
      return edit(bytes, (p) => {
        const c = pick(rand, numberCells(p));
        const v = pick(rand, ["NaN", "Infinity", "-Infinity", "1e309", "0x1F", "-0x10", "0b11", "1_0", "+5"]);
        if (c) p[SHEET] = p[SHEET].replace(c, c.replace(/<v>[^<]*<\/v>/, `<v>${v}</v>`));
      });
    case "beyond_grid":
      return edit(bytes, (p) => {
        const c = pick(rand, numberCells(p));
        const ref = pick(rand, ["XFE1", "A1048577", "ZZZ9", "A0", "AAAA1"]);
        if (c) p[SHEET] = p[SHEET].replace(c, c.replace(/r="[A-Z]+\d+"/, `r="${ref}"`));
      });
    case "unclosed_tags":
      return edit(bytes, (p) => {
        const size = 200_000 + Math.floor(rand() * 2_000_000);
        const kind = pick(rand, ["c", "row", "v", "t", "si", "sheet", "rel"]);
        if (kind === "si") {
          p["xl/sharedStrings.xml"] = `<?xml version="1.0"?><sst>${run("<si><t>x</t>", size)}</sst>`;
          p["xl/_rels/workbook.xml.rels"] = p["xl/_rels/workbook.xml.rels"].replace(
            "</Relationships>",
            '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
          );
        } else if (kind === "sheet" || kind === "rel") {
          const target = kind === "sheet" ? "xl/workbook.xml" : "xl/_rels/workbook.xml.rels";
          const tag = kind === "sheet" ? '<sheet name="x" ' : '<Relationship Id="r" ';
          p[target] = p[target].replace(/(<\/sheets>|<\/Relationships>)/, `${run(tag, size)}$1`);
        } else {
          const unit = { c: "<c", row: '<row r="1" ', v: "<c><v>1", t: '<c t="inlineStr"><is><t>x' }[kind] as string;
          const at = p[SHEET].indexOf("</sheetData>");
          p[SHEET] = p[SHEET].slice(0, at) + run(unit, size) + p[SHEET].slice(at);
        }
      });
    case "long_text_cell":
      return edit(bytes, (p) => {
        const c = pick(rand, numberCells(p));
        const n = 1000 + Math.floor(rand() * 100_000);
        const text = pick(rand, [
          `1${" ".repeat(n)}${"a".repeat(n)}1`,
          run("1 ", n) + "x",
          run("1.", n) + "x",
          run("1,", n) + "đ",
          run("tr ", n) + "1",
          run("-", n) + "1",
        ]);
        if (c)
          p[SHEET] = p[SHEET].replace(
            c,
            c.replace(/s="(\d+)">/, 's="$1" t="inlineStr">').replace(/<v>[^<]*<\/v>/, `<is><t>${text}</t></is>`),
          );
      });
    case "meta_names":
      return edit(bytes, (p) => {
        const meta = Object.keys(p).find((k) => k.startsWith("xl/worksheets/") && p[k].includes(">template_version<"));
        if (!meta) return;
        const key = pick(rand, ["template_version", "period", "template_id", "level"]);
        const value = pick(rand, ["Infinity", "__proto__", "constructor", "1e3", "-1", "valueOf", "toString", "NaN"]);
        const re = new RegExp(`(<t[^>]*>${key}</t></is></c><c [^>]*><is><t[^>]*>)[^<]*(</t>)`);
        p[meta] = p[meta].replace(re, `$1${value}$2`);
      });
    case "encrypted_flag": {
      // Bit 0 of an entry's flags (encrypted) set in the central directory.
      const out = bytes.slice();
      const view = new DataView(out.buffer);
      const heads: number[] = [];
      for (let i = 0; i + 46 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) heads.push(i);
      const at = pick(rand, heads);
      if (at !== undefined) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
      return out;
    }
    case "bit_flip": {
      const out = bytes.slice();
      const flips = 1 + Math.floor(rand() * 20);
      for (let i = 0; i < flips; i++) {
        const at = Math.floor(rand() * out.length);
        out[at] ^= 1 << Math.floor(rand() * 8);
      }
      return out;
    }
    case "truncate":
      return bytes.slice(0, Math.floor(rand() * bytes.length));
    case "swap_entries":
      return edit(bytes, (p) => {
        const names = Object.keys(p).filter((n) => n.endsWith(".xml"));
        const [a, b] = [pick(rand, names), pick(rand, names)];
        [p[a], p[b]] = [p[b], p[a]];
      });
    case "shuffle_rows":
      return edit(bytes, (p) => {
        const rows = p[SHEET].match(/<row\b[\s\S]*?<\/row>/g) ?? [];
        const shuffled = [...rows].sort(() => rand() - 0.5);
        let i = 0;
        p[SHEET] = p[SHEET].replace(/<row\b[\s\S]*?<\/row>/g, () => shuffled[i++]);
      });
    case "huge_string":
      return edit(bytes, (p) => {
        const huge = "Ẳ".repeat(50_000 + Math.floor(rand() * 100_000));
        p[SHEET] = p[SHEET].replace(/(<t xml:space="preserve">)([^<]*)(<\/t>)/, `$1${huge}$3`);
      });
    case "wrong_type":
      return edit(bytes, (p) => {
        const cells = p[SHEET].match(/<c r="[A-Z]+\d+" s="\d+"><v>[^<]*<\/v><\/c>/g) ?? [];
        const c = pick(rand, cells);
        if (!c) return;
        const t = pick(rand, ['t="b"', 't="e"', 't="s"', 't="str"', 't="d"', 't="n"']);
        const v = pick(rand, ["abc", "-1", "1e400", "#REF!", "NaN", "99999999999999999999", ""]);
        p[SHEET] = p[SHEET].replace(c, c.replace(/s="(\d+)">/, `s="$1" ${t}>`).replace(/<v>[^<]*<\/v>/, `<v>${v}</v>`));
      });
    case "formula":
      return edit(bytes, (p) => {
        const cells = p[SHEET].match(/<c r="[A-Z]+\d+" s="\d+"><v>[^<]*<\/v><\/c>/g) ?? [];
        const c = pick(rand, cells);
        if (!c) return;
        const f = pick(rand, [
          "<f>1/0</f>",
          "<f>SUM(A1:A3)</f><v>5</v>",
          '<f>HYPERLINK("http://x")</f>',
          "<f>A1</f><v></v>",
        ]);
        p[SHEET] = p[SHEET].replace(c, c.replace(/<v>[^<]*<\/v>/, f));
      });
    case "merged_inputs":
      return edit(bytes, (p) => {
        const rows = [...p[SHEET].matchAll(/<row r="(\d+)"/g)].map((x) => Number(x[1]));
        const r = pick(rand, rows);
        p[SHEET] = p[SHEET].includes("<mergeCells")
          ? p[SHEET].replace(/<mergeCells count="\d+">/, (x) => `${x}<mergeCell ref="A${r}:F${r}"/>`)
          : p[SHEET].replace(
              "</sheetData>",
              `</sheetData><mergeCells count="1"><mergeCell ref="A${r}:F${r}"/></mergeCells>`,
            );
      });
    case "delete_sheet":
      return edit(bytes, (p) => {
        const sheets = p["xl/workbook.xml"].match(/<sheet [^>]*\/>/g) ?? [];
        p["xl/workbook.xml"] = p["xl/workbook.xml"].replace(pick(rand, sheets), "");
      });
    case "rename_sheet":
      return edit(bytes, (p) => {
        p["xl/workbook.xml"] = p["xl/workbook.xml"].replace(
          /name="([^"]+)" sheetId="1"/,
          `name="Báo cáo xã ${Math.floor(rand() * 100)}" sheetId="1"`,
        );
      });
    case "garbage_xml":
      return edit(bytes, (p) => {
        const target = pick(rand, [SHEET, "xl/workbook.xml", "xl/worksheets/sheet2.xml", "[Content_Types].xml"]);
        const at = Math.floor(rand() * p[target].length);
        p[target] =
          p[target].slice(0, at) +
          pick(rand, ["<<<", "</c>", '"', "&bogus;", "\u0000", '<c r="ZZZZ9999999"><v>1</v></c>']) +
          p[target].slice(at);
      });
    case "delete_part":
      return edit(bytes, (p) => {
        delete p[pick(rand, Object.keys(p))];
      });
    case "duplicate_cells":
      return edit(bytes, (p) => {
        const cells = p[SHEET].match(/<c r="[A-Z]+\d+" s="\d+"><v>[^<]*<\/v><\/c>/g) ?? [];
        const c = pick(rand, cells);
        if (c) p[SHEET] = p[SHEET].replace(c, c + c.replace(/<v>[^<]*<\/v>/, "<v>777</v>"));
      });
  }
}
