// Minimal XML helpers for the .xlsx reader: attributes and entities only.
// Refuses DTDs outright: no entity expansion, no external entities, ever.
import { ReadError } from "./read-error";

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/** Attributes of one start tag's attribute text, e.g. ` r="B2" t="s"`; names keep their prefix. */
export function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = decodeXml(m[2] ?? m[3] ?? "");
  return out;
}

/**
 * Throws on a document type declaration: entity declarations (and so entity
 * expansion attacks) can only live in one, and it must come before the root
 * element, so only the prolog is searched.
 */
export function refuseDtd(xml: string, part: string): void {
  const root = xml.search(/<[A-Za-z_]/);
  const prolog = (root < 0 ? xml : xml.slice(0, root)).toUpperCase();
  if (prolog.includes("<!DOCTYPE") || prolog.includes("<!ENTITY")) {
    throw new ReadError("dtd", `${part} declares a DTD or entities`);
  }
}

/** Text content of every <t> inside a fragment (shared or inline rich text), ignoring phonetic runs. */
export function textRuns(fragment: string): string {
  const body = fragment.includes("<rPh") ? fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : fragment;
  let out = "";
  const re = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1] ?? "";
  return runText(out);
}

/** A run's text as written between <t> and </t> → the text: entities, and "_xHHHH_" escapes (ECMA-376 ST_Xstring). */
function runText(raw: string): string {
  const text = decodeXml(raw);
  // "_x000D_" is a carriage return.
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
