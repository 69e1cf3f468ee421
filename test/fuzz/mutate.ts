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

export function mutate(bytes: Uint8Array, m: Mutation, rand: Rand): Uint8Array {
  const SHEET = "xl/worksheets/sheet1.xml";
  switch (m) {
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
