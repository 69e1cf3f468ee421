// The lean reader on hand-built files: every way a value can be written.
import { readXlsx, ReadError } from "../../src/xlsx/read";
import { readReportBytes } from "../../src/xlsx/report-file";
import { buildXlsx } from "../helpers/xlsx-parts";

describe("readXlsx", () => {
  test("reads shared, inline and formula strings, numbers, booleans and errors", () => {
    const bytes = buildXlsx(
      [
        {
          name: "Báo cáo",
          data:
            `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Xã Ẳng Tở</t></is></c></row>` +
            `<row r="2"><c r="A2"><v>1500000</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#VALUE!</v></c></row>` +
            `<row r="3"><c r="A3"><f>SUM(A2,1)</f><v>1500001</v></c><c r="B3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C3"><f>SUM(A2)</f></c><c r="D3" s="2"/><c r="E3"><f>SUM(A2)</f><v></v></c></row>`,
        },
      ],
      {
        sharedStrings: [
          "<t>Tặng quà &amp; học bổng</t>",
          '<r><t>Kinh </t></r><r><t xml:space="preserve">phí</t></r><rPh><t>x</t></rPh>',
        ],
      },
    );
    const grid = readXlsx(bytes);
    const s = grid.sheet("Báo cáo")!;
    expect(s.cell(1, 1)?.value).toEqual({ t: "s", v: "Tặng quà & học bổng" });
    expect(s.cell(1, 2)?.value).toEqual({ t: "s", v: "Kinh phí" });
    expect(s.cell(1, 3)?.value).toEqual({ t: "s", v: "Xã Ẳng Tở" });
    expect(s.cell(2, 1)?.value).toEqual({ t: "n", v: 1500000 });
    expect(s.cell(2, 2)?.value).toEqual({ t: "b", v: true });
    expect(s.cell(2, 3)?.value).toEqual({ t: "e", v: "#VALUE!" });
    expect(s.cell(3, 1)).toEqual({ value: { t: "n", v: 1500001 }, formula: "SUM(A2,1)" });
    expect(s.cell(3, 2)).toEqual({ value: { t: "s", v: "ab" }, formula: '"a"&"b"' });
    expect(s.cell(3, 3)).toEqual({ value: null, formula: "SUM(A2)" });
    expect(s.cell(3, 4)).toBeUndefined();
    // openpyxl's way of saying "no cached value".
    expect(s.cell(3, 5)).toEqual({ value: null, formula: "SUM(A2)" });
  });

  test("cells written without addresses are placed in sequence", () => {
    const grid = readXlsx(
      buildXlsx([{ name: "S", data: `<row r="4"><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>` }]),
    );
    const s = grid.sheet("S")!;
    expect(s.cell(4, 1)?.value).toEqual({ t: "n", v: 1 });
    expect(s.cell(4, 2)?.value).toEqual({ t: "n", v: 2 });
    expect(s.cell(5, 1)?.value).toEqual({ t: "n", v: 3 });
  });

  test("reads sheet states and defined names with quoted sheet names", () => {
    const grid = readXlsx(
      buildXlsx(
        [
          { name: "Báo cáo", data: "" },
          { name: "_tonghop", state: "hidden", data: "" },
        ],
        { definedNames: { th_launch_sites: "'Báo cáo'!$B$23" } },
      ),
    );
    expect(grid.sheetNames).toEqual(["Báo cáo", "_tonghop"]);
    expect(grid.sheet("_tonghop")?.state).toBe("hidden");
    expect(grid.names.get("th_launch_sites")).toBe("'Báo cáo'!$B$23");
  });

  test.each([
    ["a text file", new TextEncoder().encode("Báo cáo xã Ẳng Cang"), "not_xlsx"],
    ["an old .xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), "xls_binary"],
    ["a truncated zip", buildXlsx([{ name: "S", data: "" }]).subarray(0, 200), "corrupt"],
  ])("refuses %s with a reason", (_what, bytes, code) => {
    expect(() => readXlsx(bytes)).toThrow(ReadError);
    try {
      readXlsx(bytes);
    } catch (e) {
      expect((e as ReadError).code).toBe(code);
    }
  });

  test("refuses XML with a DTD (no entity expansion)", () => {
    const bytes = buildXlsx([{ name: "S", data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` }], {
      sharedStrings: ["<t>x</t>"],
      extraParts: {
        "xl/sharedStrings.xml": `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaa">]><sst><si><t>&a;</t></si></sst>`,
      },
    });
    const grid = readXlsx(bytes);
    expect(() => grid.sheet("S")).toThrow(/DTD/);
  });

  test("a workbook that is not a report is rejected with a reason in Vietnamese", () => {
    const r = readReportBytes(
      buildXlsx([{ name: "Sheet1", data: `<row r="1"><c r="A1" t="inlineStr"><is><t>Danh sách</t></is></c></row>` }]),
      "ds.xlsx",
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.code).toBe("not_a_report");
      expect(r.failure.message.vi).toContain("không phải là báo cáo theo mẫu");
    }
  });
});
