// Packages that lie are refused, or flagged at the cell, never counted
// silently: two entries of one name, a sheet in an encoding it does not
// declare (or a UTF-16 sheet, read as it is), shared strings that are not
// there, numbers that are not numbers, cells outside Excel's grid, tags that
// never close (2 MB of them, answered at once), a password on the archive.
// Every hostile package here is written by Python's zipfile or fflate from
// parts the test edits, not by tonghop's writer.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { failures } from "../../src/core/i18n/messages";
import { a1, parseSheetRef } from "../../src/core/form/a1";
import { layoutReport } from "../../src/core/layout/report";
import { templateFields } from "../../src/core/templates";
import { validateReport } from "../../src/core/validate";
import { monthOfActionValues } from "../../src/demo/samples";
import { readInput } from "../../src/xlsx/received-file";
import { readXlsx } from "../../src/xlsx/read";
import { readReportBytes } from "../../src/xlsx/report-file";
import { renderXlsxSync } from "../../src/xlsx/write";
import { libreConvert } from "../helpers/libreoffice";
import { adversarial, MB, partText, pythonZip, utf16, withCellXml, withParts } from "../helpers/hostile";
import { metaFor, template } from "../helpers/reports";
import { buildXlsx } from "../helpers/xlsx-parts";

const t = template("thang-hanh-dong");
const values = monthOfActionValues(3);
const good = renderXlsxSync(layoutReport(t, metaFor(t, { unitName: "Xã Thật" }), { values }).model);
const SHEET = "xl/worksheets/sheet1.xml";
const sheetXml = partText(good, SHEET);
/** Where launch_children is, as the report's defined name says. */
const place = parseSheetRef(readXlsx(good).names.get("th_launch_children") as string)!;
const cell = a1(place.row, place.col);

function refused(bytes: Uint8Array): { code: string; vi: string } {
  const r = readReportBytes(bytes, "x.xlsx");
  if (r.ok) throw new Error("read as a report");
  return { code: r.failure.code, vi: r.failure.message.vi };
}

function numbersOf(bytes: Uint8Array): Record<string, number | null> {
  const r = readReportBytes(bytes, "x.xlsx");
  if (!r.ok) throw new Error(`refused: ${r.failure.message.en}`);
  return Object.fromEntries(templateFields(t).map((f) => [f.id, r.report.readings[f.id]?.value ?? null]));
}

/** The sheet with launch_children's cell holding `inner` (and `type`). */
const withCell = (inner: string, type?: string) => withCellXml(sheetXml, cell, inner, type);

test("the good report these lies are made from reads with its numbers", () => {
  expect(numbersOf(good)).toEqual(values);
});

describe("a number cell holding what is not a finite decimal is an error at its cell, counting nothing", () => {
  for (const raw of ["NaN", "Infinity", "-Infinity", "1e309", "0x1F", "0b101", "1_000"]) {
    test(raw, () => {
      const r = readReportBytes(withParts(good, { [SHEET]: withCell(`<v>${raw}</v>`) }), "x.xlsx");
      if (!r.ok) throw new Error(r.failure.message.en);
      expect(r.report.readings.launch_children).toMatchObject({ value: null, problem: "not_a_number", cell });
      const errors = validateReport(r.report).filter((f) => f.severity === "error");
      expect(errors.map((f) => f.cell)).toContain(cell);
      // The other figures are read as written.
      for (const f of templateFields(t))
        if (f.id !== "launch_children") expect(r.report.readings[f.id].value).toBe(values[f.id]);
    });
  }
});

describe("shared strings that are not there: the file is damaged, not a cell showing #REF!", () => {
  for (const index of ["2", "999999", "-1", "1.5", "x"]) {
    test(`index ${index}`, () => {
      const bytes = buildXlsx([{ name: "S", data: `<row r="1"><c r="A1" t="s"><v>${index}</v></c></row>` }], {
        sharedStrings: ["<t>một</t>", "<t>hai</t>"],
      });
      expect(() => readXlsx(bytes).sheet("S")).toThrow(expect.objectContaining({ code: "corrupt" }));
      expect(refused(bytes)).toEqual({ code: "corrupt", vi: failures.corrupt().vi });
    });
  }
  test("an index that is there is read", () => {
    const bytes = buildXlsx([{ name: "S", data: `<row r="1"><c r="A1" t="s"><v>1</v></c></row>` }], {
      sharedStrings: ["<t>một</t>", "<t>hai</t>"],
    });
    expect(readXlsx(bytes).sheet("S")?.cell(1, 1)?.value).toEqual({ t: "s", v: "hai" });
  });
});

describe("cells outside Excel's grid (A1:XFD1048576) are damage", () => {
  const cases: [string, string][] = [
    ["column XFE", `<row r="1"><c r="XFE1"><v>5</v></c></row>`],
    ["row 1048577", `<row r="1048577"><c><v>5</v></c></row>`],
    ["a cell in row 1048577", `<row r="1"><c r="A1048577"><v>5</v></c></row>`],
    ["row 0", `<row r="0"><c><v>5</v></c></row>`],
    ["column AAAA", `<row r="1"><c r="AAAA1"><v>5</v></c></row>`],
    ["a cell without an address after XFD", `<row r="1"><c r="XFD1"><v>1</v></c><c><v>5</v></c></row>`],
  ];
  for (const [what, data] of cases)
    test(what, () => expect(refused(buildXlsx([{ name: "S", data }])).code).toBe("corrupt"));
  test("XFD1 and A2 are two cells", () => {
    const s = readXlsx(
      buildXlsx([
        { name: "S", data: `<row r="1"><c r="XFD1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>` },
      ]),
    ).sheet("S")!;
    expect([...s.cells()].map(([r, c, x]) => [r, c, x.value])).toEqual([
      [1, 16384, { t: "n", v: 1 }],
      [2, 1, { t: "n", v: 2 }],
    ]);
  });
});

describe("tags that never close: 2 MB of them are refused as damage at once", () => {
  const cases: [string, () => Uint8Array][] = [
    ["<c start tags", () => buildXlsx([{ name: "S", data: adversarial("<c", 2 * MB) }])],
    ["<c r=… without >", () => buildXlsx([{ name: "S", data: adversarial('<c r="A1" ', 2 * MB) }])],
    ["<row without >", () => buildXlsx([{ name: "S", data: adversarial("<row", 2 * MB) }])],
    [
      "a cell whose <v> never closes",
      () => buildXlsx([{ name: "S", data: `<row><c>${adversarial("<v>1", 2 * MB)}</c></row>` }]),
    ],
    ["<sheetData> that never ends", () => withParts(good, { [SHEET]: sheetXml.replace("</sheetData>", "") })],
    [
      "<si> never closed in the shared strings",
      () =>
        buildXlsx([{ name: "S", data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` }], {
          sharedStrings: [adversarial("<si><t>x</t>", 2 * MB)],
        }),
    ],
  ];
  for (const [what, make] of cases)
    test(what, () => {
      const r = refused(make());
      expect(r.code).toBe("corrupt");
    });
});

describe("two entries of one name: the package is damaged", () => {
  test("the report sheet twice, the second with 777", () => {
    const lie = withParts(good, {}, [[SHEET, withCell("<v>777</v>")]]);
    expect(refused(lie)).toEqual({ code: "corrupt", vi: failures.corrupt().vi });
  });
  test("the same part in other letter case (OOXML names ignore case)", () => {
    const lie = withParts(good, {}, [["XL/WORKSHEETS/SHEET1.XML", withCell("<v>777</v>")]]);
    expect(refused(lie).code).toBe("corrupt");
  });
  test("an archive of reports holding two files of one name: that name refused, the others read", async () => {
    const other = renderXlsxSync(layoutReport(t, metaFor(t, { unitName: "Xã Khác" }), { values }).model);
    const zip = pythonZip([
      ["xa-a.xlsx", good],
      ["xa-a.xlsx", withParts(good, { [SHEET]: withCell("<v>777</v>") })],
      ["xa-khac.xlsx", other],
    ]);
    const intake = await readInput(zip, "hop-thu.zip", () => "");
    const states = intake.files.map((f) => [f.file, f.read.ok ? "ok" : f.read.failure.message.vi]);
    expect(states).toEqual([
      ["hop-thu.zip › xa-a.xlsx", failures.duplicateMember().vi],
      ["hop-thu.zip › xa-khac.xlsx", "ok"],
    ]);
  });
});

describe("a part's encoding: UTF-16 read as it is, anything not honoured refused", () => {
  const declared = (xml: string, encoding: string) => xml.replace(/encoding="[^"]*"/, `encoding="${encoding}"`);
  test("the report sheet in UTF-16 LE with its mark and declaration reads with the same numbers", () => {
    expect(numbersOf(withParts(good, { [SHEET]: utf16(declared(sheetXml, "UTF-16"), "le") }))).toEqual(values);
  });
  test("in UTF-16 BE without a mark, too", () => {
    expect(numbersOf(withParts(good, { [SHEET]: utf16(declared(sheetXml, "UTF-16"), "be", false) }))).toEqual(values);
  });
  test("a sheet declaring ISO-8859-1 is refused in words, not read as something else", () => {
    const r = refused(withParts(good, { [SHEET]: declared(sheetXml, "ISO-8859-1") }));
    expect(r).toEqual({ code: "encoding", vi: failures.unsupportedEncoding().vi });
  });
  test("a sheet declaring UTF-16 that is written in UTF-8 is refused", () => {
    expect(refused(withParts(good, { [SHEET]: declared(sheetXml, "UTF-16") })).code).toBe("encoding");
  });
  test("bytes that are not UTF-8 in a UTF-8 sheet: damaged", () => {
    const bytes = new Uint8Array(Buffer.from(sheetXml, "utf8"));
    const at = Buffer.from(sheetXml, "utf8").indexOf("Tháng");
    bytes[at + 3] = 0xff;
    expect(refused(withParts(good, { [SHEET]: bytes })).code).toBe("corrupt");
  });
});

test("a password-protected .zip of reports is said to be password-protected, not damaged", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tonghop-zip-"));
  writeFileSync(join(dir, "xa-a.xlsx"), good);
  execFileSync("zip", ["-q", "-P", "mat-khau", "hop-thu.zip", "xa-a.xlsx"], { cwd: dir });
  const intake = await readInput(new Uint8Array(readFileSync(join(dir, "hop-thu.zip"))), "hop-thu.zip", () => "");
  expect(intake.files.map((f) => (f.read.ok ? "ok" : [f.read.failure.code, f.read.failure.message.vi]))).toEqual([
    ["encrypted", failures.encryptedArchive().vi],
  ]);
});

describe("a damaged .xls report is damaged, never 'not a report' or other numbers", () => {
  let xls: Uint8Array;
  let numbers: Record<string, number | null>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "tonghop-xls-"));
    writeFileSync(join(dir, "bao-cao.xlsx"), good);
    xls = new Uint8Array(readFileSync(libreConvert([join(dir, "bao-cao.xlsx")], "xls", dir)[0]));
    numbers = await legacyNumbers(xls);
  }, 180_000);

  async function legacyNumbers(bytes: Uint8Array): Promise<Record<string, number | null>> {
    const intake = await readInput(bytes, "bao-cao.xls", () => "");
    const r = intake.files[0].read;
    if (!r.ok) throw Object.assign(new Error(r.failure.message.en), { code: r.failure.code });
    return Object.fromEntries(templateFields(t).map((f) => [f.id, r.report.readings[f.id]?.value ?? null]));
  }

  test("the .xls LibreOffice wrote reads with the report's numbers", () => expect(numbers).toEqual(values));

  test("cut short, zeroed or overwritten anywhere: the same numbers (unused bytes) or damaged", async () => {
    const outcomes = new Set<string>();
    for (let at = 512; at < xls.length; at += 512) {
      const variants = [xls.slice(0, at), xls.slice(), xls.slice()];
      variants[1].fill(0, at, at + 512);
      for (let i = at; i < Math.min(at + 512, xls.length); i++) variants[2][i] = (i * 7919) & 255;
      for (const v of variants) {
        const got = await legacyNumbers(v).then(
          (n) => (JSON.stringify(n) === JSON.stringify(numbers) ? "same numbers" : `other numbers at ${at}`),
          (e: { code: string }) => e.code,
        );
        outcomes.add(got);
      }
    }
    expect([...outcomes].filter((o) => o !== "same numbers" && o !== "corrupt")).toEqual([]);
    expect(outcomes.has("corrupt")).toBe(true);
  }, 120_000);
});
