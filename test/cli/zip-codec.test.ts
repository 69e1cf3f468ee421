// The CLI inflates and checksums with Node's zlib (src/cli/zip-codec.ts); the
// browser and the pane's workers with fflate and our CRC-32. Both must read
// the same report from files other programs wrote (openpyxl, LibreOffice,
// Info-ZIP's zip64 records), and both must refuse a damaged file rather than
// read a wrong number.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { a1 } from "../../src/core/form/a1";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { layoutReport } from "../../src/core/layout/report";
import { monthOfActionValues } from "../../src/demo/samples";
import { nodeCodec } from "../../src/cli/zip-codec";
import { readReportBytes } from "../../src/xlsx/report-file";
import { jsCodec, zipDirectory, type ZipCodec } from "../../src/xlsx/zip";
import { libreConvert } from "../helpers/libreoffice";
import { openpyxlEdit } from "../helpers/openpyxl";
import { metaFor, template, tempDir, writeReport } from "../helpers/reports";

const t = template("thang-hanh-dong");
const layout = layoutReport(t, metaFor(t));
const values = monthOfActionValues(7);
const CODECS: [string, ZipCodec][] = [
  ["fflate and the JavaScript CRC-32", jsCodec],
  ["Node's zlib", nodeCodec],
];
const files: Record<string, string> = {};

beforeAll(async () => {
  const dir = tempDir();
  const own = await writeReport(dir, "tonghop.xlsx", t, metaFor(t), { values });
  // openpyxl rewrites the whole package (shared strings, its own zip) and changes two inputs.
  const cell = (id: string) => a1(layout.fields[id].row, layout.fields[id].col);
  [files.openpyxl] = openpyxlEdit([
    {
      src: own,
      out: join(dir, "openpyxl.xlsx"),
      cells: [
        { sheet: REPORT_SHEET, cell: cell("gifts_children"), kind: "number", value: 4321 },
        { sheet: REPORT_SHEET, cell: cell("gifts_funds"), kind: "text", value: "1.500.000" },
      ],
    },
  ]);
  [files.libreoffice] = libreConvert([files.openpyxl], "xlsx", join(dir, "lo"));
  // Info-ZIP's zip, forced to zip64: the directory's offset and sizes live in zip64 records.
  const unpacked = join(dir, "unpacked");
  mkdirSync(unpacked);
  for (const [name, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(files.libreoffice))))) {
    mkdirSync(join(unpacked, name, ".."), { recursive: true });
    writeFileSync(join(unpacked, name), data);
  }
  files.zip64 = join(dir, "zip64.xlsx");
  execFileSync("/usr/bin/zip", ["-q", "-X", "-fz", "-r", files.zip64, "."], { cwd: unpacked });
});

describe.each(["openpyxl", "libreoffice", "zip64"])("a report written by %s", (writer) => {
  test("reads the same under both codecs, with the values written", () => {
    const bytes = new Uint8Array(readFileSync(files[writer]));
    const [js, native] = CODECS.map(([, codec]) => readReportBytes(bytes, "xa.xlsx", { codec }));
    if (!js.ok || !native.ok) throw new Error(JSON.stringify([js, native]));
    expect(native.report).toEqual(js.report);
    expect(native.report.readings.gifts_children.value).toBe(4321);
    expect(native.report.readings.gifts_funds).toMatchObject({ value: 1_500_000, problem: "number_as_text" });
    expect(native.report.readings.launch_sites.value).toBe(values.launch_sites);
  });
});

/** The report's parts zipped again, stored (not deflated), so a flipped byte leaves the zip itself intact. */
function storedWithDigitFlipped(): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(files.openpyxl)));
  const zip = zipSync(parts, { level: 0 });
  // The cell holding 4321, inside the stored sheet: "4321" becomes "9321".
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  const at = sheet.indexOf("<v>4321</v>");
  expect(at).toBeGreaterThan(0);
  const needle = strToU8(sheet.slice(at - 40, at + 11));
  const start = zip.findIndex((_, i) => needle.every((b, k) => zip[i + k] === b));
  zip[start + 40 + 3] = "9".charCodeAt(0);
  return zip;
}

describe.each(CODECS)("with %s", (_name, codec) => {
  test("a digit changed inside the file is refused by its checksum, never read as a wrong number", () => {
    const r = readReportBytes(storedWithDigitFlipped(), "xa.xlsx", { codec });
    expect(r.ok ? "read" : r.failure.code).toBe("corrupt");
    expect(r.ok ? "" : r.failure.message.vi).toMatch(/hỏng/);
  });

  test("a part that inflates past the size its directory declares is refused", () => {
    const zip = new Uint8Array(readFileSync(files.libreoffice));
    const sheet = zipDirectory(zip).find((e) => e.name === "xl/worksheets/sheet1.xml");
    if (!sheet) throw new Error("no sheet1");
    // The central directory entry's uncompressed size (offset 24) says 100 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const entry = zip.findIndex(
      (_, i) => view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 42, true) === sheet.offset,
    );
    view.setUint32(entry + 24, 100, true);
    const r = readReportBytes(zip, "xa.xlsx", { codec });
    expect(r.ok ? "read" : r.failure.code).toBe("corrupt");
  });

  test("a damaged deflate stream is refused", () => {
    const zip = new Uint8Array(readFileSync(files.libreoffice));
    const sheet = zipDirectory(zip).find((e) => e.name === "xl/worksheets/sheet1.xml");
    if (!sheet) throw new Error("no sheet1");
    // Garbage over the middle of the report sheet's deflated data (its local header is 30 bytes + its name).
    const middle = sheet.offset + 30 + sheet.name.length + Math.floor(sheet.compressedSize / 2);
    zip.fill(0xa5, middle, middle + 16);
    const r = readReportBytes(zip, "xa.xlsx", { codec });
    expect(r.ok ? "read" : r.failure.code).toBe("corrupt");
  });
});
