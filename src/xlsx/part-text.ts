// A package part's bytes → its XML text, in the encoding the part is really
// in: UTF-8 (Excel, LibreOffice, openpyxl) or UTF-16 (allowed by XML, written
// by a few tools), told by its byte order mark or first bytes, and only when
// its declaration agrees. A part that declares another encoding, declares one
// its bytes are not in, or holds bytes invalid in its encoding is refused:
// reading it anyway would turn a sheet into nothing, or numbers into other text.
import { ReadError } from "./read-error";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf16 = new TextDecoder("utf-16le", { fatal: true });

type Family = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding the first bytes show, and how many bytes of byte order mark to skip. */
function sniff(b: Uint8Array): { family: Family; bom: number } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { family: "utf-8", bom: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { family: "utf-16le", bom: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { family: "utf-16be", bom: 2 };
  // "<?" in UTF-16 without a mark.
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return { family: "utf-16le", bom: 0 };
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return { family: "utf-16be", bom: 0 };
  return { family: "utf-8", bom: 0 };
}

/** What the declaration (`<?xml … encoding="…"?>`) says, lower case; undefined when it says nothing. */
function declared(text: string): string | undefined {
  if (!text.startsWith("<?xml")) return undefined;
  const end = text.indexOf("?>");
  const decl = text.slice(0, end < 0 ? Math.min(text.length, 200) : end);
  return /\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(decl)?.[1].toLowerCase();
}

const FAMILY_NAMES: Record<Family, string[]> = {
  "utf-8": ["utf-8", "utf8"],
  "utf-16le": ["utf-16", "utf-16le", "utf16"],
  "utf-16be": ["utf-16", "utf-16be", "utf16"],
};

/** A part's text; throws ReadError ("encoding") when its encoding cannot be honoured, ("corrupt") when its bytes are invalid. */
export function partText(bytes: Uint8Array, part: string): string {
  const { family, bom } = sniff(bytes);
  let text: string;
  try {
    if (family === "utf-8") text = utf8.decode(bytes.subarray(bom));
    else {
      if ((bytes.length - bom) % 2 !== 0) throw new Error("odd length");
      let body = bytes.subarray(bom);
      if (family === "utf-16be") {
        body = body.slice();
        for (let i = 0; i + 1 < body.length; i += 2) [body[i], body[i + 1]] = [body[i + 1], body[i]];
      }
      text = utf16.decode(body);
    }
  } catch {
    throw new ReadError("corrupt", `${part}: bytes that are not ${family}`);
  }
  const said = declared(text);
  if (said !== undefined && !FAMILY_NAMES[family].includes(said))
    throw new ReadError("encoding", `${part}: declares ${said}, written in ${family}`);
  return text;
}
