// Minimal XML helpers for the .xlsx reader: elements, attributes and entities.
// Refuses DTDs outright: no entity expansion, no external entities, ever.
// Every scan here is linear in the text it is given: each element is found
// with indexOf from where the last one ended, and a tag or element that never
// closes is damage found at once (undefined), never searched for again from
// the next "<" (2 MB of "<c" would otherwise cost 2 MB × 2 MB).
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

export const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
export const isNameStart = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a;
export const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;

/** Whether a tag's name ends at `i` (`<c` in `<c r=…>`, `<c>`, `<c/>`, not in `<col>`). */
export function nameEndsAt(xml: string, i: number): boolean {
  const c = xml.charCodeAt(i);
  return c === 0x3e || c === 0x2f || isSpace(c);
}

/**
 * A start tag's attribute text (` r="B2" t="s"`) as name → value, entities decoded, names with their prefix;
 * undefined when it is not well-formed (a value without quotes, a "<" inside, junk between attributes).
 * A record without a prototype: an attribute named "constructor" or "__proto__" is only an attribute.
 */
export function parseAttributes(text: string): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const n = text.length;
  let i = 0;
  for (;;) {
    const start = i;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) return out;
    // Attributes are separated by spaces.
    if (i === start || !isNameStart(text.charCodeAt(i))) return undefined;
    const nameStart = i;
    while (i < n && isNameChar(text.charCodeAt(i))) i++;
    const name = text.slice(nameStart, i);
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 0x3d) return undefined;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = text.indexOf(quote, i + 1);
    if (end < 0) return undefined;
    const raw = text.slice(i + 1, end);
    if (raw.includes("<")) return undefined;
    out[name] = decodeXml(raw);
    i = end + 1;
  }
}

/** Attributes of a start tag's attribute text; throws ReadError (corrupt) when they are not well-formed. */
export function attrs(text: string, part = "XML"): Record<string, string> {
  const a = parseAttributes(text);
  if (!a) throw new ReadError("corrupt", `${part}: malformed attributes`);
  return a;
}

/** One element found by `findElement`. */
export interface XmlElement {
  /** Where its start tag begins. */
  start: number;
  /** The start tag's attribute text, without a self-closing "/". */
  attrs: string;
  /** What is between its start and end tags; undefined when it closes itself (`<v/>`). */
  inner: string | undefined;
  /** Just after the element. */
  end: number;
}

/**
 * The first `<name …>` element at or after `from`, with its content up to the first `</name>`:
 * null when there is none, undefined when one begins but its tag or the element never closes
 * (damage: the caller refuses the file).
 */
export function findElement(xml: string, name: string, from = 0): XmlElement | null | undefined {
  const open = `<${name}`;
  let i = xml.indexOf(open, from);
  while (i >= 0 && !nameEndsAt(xml, i + open.length)) i = xml.indexOf(open, i + open.length);
  if (i < 0) return null;
  const gt = xml.indexOf(">", i + open.length);
  if (gt < 0) return undefined;
  let text = xml.slice(i + open.length, gt);
  if (text.includes("<")) return undefined;
  if (text.endsWith("/")) return { start: i, attrs: text.slice(0, -1), inner: undefined, end: gt + 1 };
  const close = xml.indexOf(`</${name}>`, gt + 1);
  if (close < 0) return undefined;
  text = text.trimEnd();
  return { start: i, attrs: text, inner: xml.slice(gt + 1, close), end: close + name.length + 3 };
}

/** Every `<name …>` element in order; throws ReadError (corrupt) when one never closes. */
export function* elements(xml: string, name: string, part: string): Generator<XmlElement> {
  for (let from = 0; ; ) {
    const e = findElement(xml, name, from);
    if (e === null) return;
    if (e === undefined) throw new ReadError("corrupt", `${part}: a <${name}> never closes`);
    yield e;
    from = e.end;
  }
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

/**
 * Text content of every <t> inside a fragment (shared or inline rich text), ignoring phonetic runs
 * (<rPh>); undefined when a <t> or <rPh> never closes.
 */
export function textRuns(fragment: string): string | undefined {
  let out = "";
  for (let pos = 0; ; ) {
    const lt = fragment.indexOf("<", pos);
    if (lt < 0) break;
    if (fragment.startsWith("<rPh", lt) && nameEndsAt(fragment, lt + 4)) {
      const e = findElement(fragment, "rPh", lt);
      if (!e) return undefined;
      pos = e.end;
    } else if (fragment.startsWith("<t", lt) && nameEndsAt(fragment, lt + 2)) {
      const e = findElement(fragment, "t", lt);
      if (!e) return undefined;
      out += e.inner ?? "";
      pos = e.end;
    } else pos = lt + 1;
  }
  return runText(out);
}

/** A run's text as written between <t> and </t> → the text: entities, and "_xHHHH_" escapes (ECMA-376 ST_Xstring). */
function runText(raw: string): string {
  const text = decodeXml(raw);
  // "_x000D_" is a carriage return.
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
