// Text as offices save it, decoded: checked against Python's cp1258 codec and
// ICU's windows-1258 (Node's TextDecoder where built with full ICU), which we
// did not write.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { parseRosterCsv } from "../../src/core/roster";
import { decodeText, decodeWindows1258 } from "../../src/core/text-decode";

// Every Vietnamese letter, lower and upper case, in a sentence.
const LETTERS = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
const TEXT = `${LETTERS} ${LETTERS.toLocaleUpperCase("vi")} — Xã Ẳng Tở, Ngối Cáy, 1.500.000₫`;

function python1258(text: string): Uint8Array {
  return new Uint8Array(
    execFileSync("/usr/bin/python3", [join(__dirname, "..", "fixtures", "intake_folder.py"), "--cp1258"], {
      input: text,
    }),
  );
}

test("Windows-1258 from Python's codec decodes to the same NFC text", () => {
  const bytes = python1258(TEXT);
  expect(bytes.some((b) => b === 0xec || b === 0xf2)).toBe(true); // combining tones really are there
  expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: "windows-1258" });
});

test("the Windows-1258 table agrees with ICU for every defined byte", () => {
  let icu: TextDecoder;
  try {
    icu = new TextDecoder("windows-1258");
  } catch {
    return; // Node without full ICU: the Python check above still holds.
  }
  for (let b = 0x80; b <= 0xff; b++) {
    const expected = icu.decode(Uint8Array.of(b));
    if (expected.codePointAt(0) === b && b < 0xa0) continue; // undefined in the code page
    expect([b, decodeWindows1258(Uint8Array.of(b)).normalize("NFD")]).toEqual([b, expected.normalize("NFD")]);
  }
});

test("UTF-8 with and without BOM, UTF-16 LE and BE with BOM", () => {
  const utf8 = new TextEncoder().encode(TEXT);
  const le = Uint8Array.from([
    0xff,
    0xfe,
    ...Array.from(TEXT).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
  ]);
  const be = Uint8Array.from([
    0xfe,
    0xff,
    ...Array.from(TEXT).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
  ]);
  expect(decodeText(utf8)).toEqual({ text: TEXT, encoding: "utf-8" });
  expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: TEXT, encoding: "utf-8" });
  expect(decodeText(le)).toEqual({ text: TEXT, encoding: "utf-16le" });
  expect(decodeText(be)).toEqual({ text: TEXT, encoding: "utf-16be" });
});

test("a roster whose header was typed in UTF-8 and rows added in Windows-1258 reads each line as written", () => {
  const header = new TextEncoder().encode("Mã ĐVHC,Tên đơn vị hành chính\n");
  const rows = python1258("03160,Xã Ẳng Cang\n03163,Xã Ngối Cáy\n");
  const bytes = new Uint8Array([...header, ...rows]);
  expect(decodeText(bytes).text).toBe("Mã ĐVHC,Tên đơn vị hành chính\n03160,Xã Ẳng Cang\n03163,Xã Ngối Cáy\n");
  // The roster finds its header and its names, not mojibake and a request to add a header it has.
  expect(parseRosterCsv(decodeText(bytes).text)).toEqual([
    { code: "03160", name: "Xã Ẳng Cang" },
    { code: "03163", name: "Xã Ngối Cáy" },
  ]);
});
