// Every parser of text from a file answers a 1 MB adversarial string: long
// runs of the characters its patterns repeat (spaces, digits with dots or
// commas, letters, colons, tabs, dashes), with what breaks the match at the
// end. A pattern that tried its splits one by one would take hours on them
// (the 6 KB money cell of the report that stopped a whole run took minutes);
// here each parser gives its ordinary answer. Outlines and rosters are refused
// in words before they are read when a line is longer than any outline's or
// roster's, or there are more lines or columns than one has.
import { parseVnDate } from "../../src/core/dates";
import { outlineMessages } from "../../src/core/i18n/template-messages";
import { rosterMessages } from "../../src/core/i18n/roster";
import {
  MAX_OUTLINE_COLUMNS,
  MAX_OUTLINE_LINE,
  MAX_OUTLINE_LINES,
  MAX_ROSTER_COLUMNS,
  MAX_ROSTER_LINE,
  MAX_ROSTER_LINES,
  MAX_TEMPLATE_BYTES,
} from "../../src/core/limits";
import { parsePeriod } from "../../src/core/meta";
import { reportMetaFromInput } from "../../src/core/meta-input";
import { MemorySheet, type CellGrid } from "../../src/core/read/grid";
import { normText } from "../../src/core/text";
import { foldedLabelKey, labelKey, looseLabelKey, matchLabel } from "../../src/core/form/labels";
import { narrativeByHeading } from "../../src/core/read/locate";
import { printedMeta, periodFromTitle, unitFromIssuer } from "../../src/core/read/printed-meta";
import { moneyFromText, parseCellValue, suggestFromText, wholeNumberFromText } from "../../src/core/read/value";
import { parseRosterCsv, RosterError, rosterFromGrid } from "../../src/core/roster";
import { findJsonSlip } from "../../src/core/templates/json-place";
import { templateFromOutline } from "../../src/core/templates/outline";
import { guessMoney, idPart } from "../../src/core/templates/outline-table";
import { parseUserTemplate } from "../../src/core/templates/user-template";
import { decodeText } from "../../src/core/text-decode";
import { editDistance, foldedKey, nameKey, nearMiss } from "../../src/core/units";
import { decodeXml, parseAttributes, textRuns } from "../../src/xlsx/xml";
import { adversarial, MB } from "../helpers/hostile";
import { template } from "../helpers/reports";

/** 1 MB strings built to make a backtracking pattern try every split: runs, then what breaks the match. */
const HOSTILE: Record<string, string> = {
  "a number, 3,000 spaces, 3,000 letters, a number (the money cell that stopped a run), 1 MB": adversarial(
    " ".repeat(3000) + "a".repeat(3000),
    MB,
    "1",
    "1",
  ),
  "spaces then x": adversarial(" ", MB, "1", "x"),
  "digits and spaces": adversarial("1 ", MB, "", "x"),
  "digits and dots": adversarial("1.", MB, "", "x"),
  "digits and commas": adversarial("1,", MB, "", "x"),
  "letters and dots": adversarial("a.", MB, "1", "1"),
  "letters and spaces": adversarial("tr ", MB, "1 ", "1"),
  colons: adversarial(":", MB, "", "x"),
  tabs: adversarial("\t", MB, "", "x"),
  dashes: adversarial("-", MB, "", "1"),
  "ngày tháng năm": adversarial("ngày 1 tháng ", MB, "", "x"),
  "issuer words": adversarial("ỦY BAN NHÂN DÂN ", MB, "", "\u0000"),
  parentheses: adversarial("(", MB, "Kinh phí ", "đồng"),
  "lines of spaces": adversarial(" ".repeat(100) + "\n", MB, "", "x"),
};
const cases = Object.entries(HOSTILE);
/** The shapes the slower, linear but heavier parsers (unit names, printed lines) are given: each one 1 MB too. */
const SOME = new Set(Object.keys(HOSTILE).filter((_, i) => i % 3 === 0));

/** A roster parsed, or refused in words: never anything else. */
function rosterOrWhy(text: string): string {
  try {
    return `${parseRosterCsv(text).length} units`;
  } catch (e) {
    if (e instanceof RosterError) return e.why.vi;
    throw e;
  }
}

describe.each(cases)("%s", (name, s) => {
  test("a count or money cell holding it is an error that counts nothing", () => {
    for (const kind of ["count", "money"] as const) {
      const v = parseCellValue({ value: { t: "s", v: s } }, kind);
      expect([v.value, v.problem]).toEqual([null, "not_a_number"]);
    }
    expect([wholeNumberFromText(s), moneyFromText(s), suggestFromText(s)]).toEqual([null, null, undefined]);
  });

  if (SOME.has(name))
    test("dates, periods, unit names, printed issuer, title and date lines", () => {
      expect(parseVnDate(s)).toBeNull();
      expect(parsePeriod(template("cong-tac-tre-em"), s)).toBeNull();
      expect(unitFromIssuer(s)?.unitName.length ?? 0).toBeLessThanOrEqual(s.length);
      expect(periodFromTitle(template("thang-hanh-dong"), s)).toBeUndefined();
      const sheet = new MemorySheet("Báo cáo");
      sheet.set(1, 1, { value: { t: "s", v: s } });
      expect(printedMeta(template("thang-hanh-dong"), sheet, 10).period).toBeUndefined();
      expect(normText(s).length).toBeLessThanOrEqual(s.length);
      expect(nameKey(s).length).toBeGreaterThan(0);
      expect(foldedKey(s).length).toBeGreaterThan(0);
      expect(nearMiss(s, s + "y")).toBe(true);
      expect(editDistance(s, s.slice(1) + "z", 2)).toBeLessThanOrEqual(3);
      const typed = reportMetaFromInput(template("thang-hanh-dong"), { unitName: s, period: s, reportDate: s });
      expect("problems" in typed).toBe(true);
    });

  test("a printed label or section heading compared as people type it", () => {
    for (const key of [labelKey, looseLabelKey, foldedLabelKey]) expect(key(s)).toEqual(expect.any(String));
    expect(matchLabel(s, "Tổng số trẻ em")).toBeUndefined();
    const sheet = new MemorySheet("Báo cáo");
    sheet.set(1, 1, { value: { t: "s", v: s } });
    const grid: CellGrid = { sheetNames: ["Báo cáo"], names: new Map(), sheet: () => sheet };
    expect(narrativeByHeading(grid, "Báo cáo", "I. Kết quả")).toBeUndefined();
  });

  test("an outline line, a roster line, a template's text, column headers", () => {
    expect(guessMoney(s.slice(0, MAX_OUTLINE_LINE), s.slice(0, MAX_OUTLINE_LINE))).toEqual(expect.any(Boolean));
    expect(typeof idPart(s)).toBe("string");
    expect(parseUserTemplate(s).ok).toBe(false);
    expect(findJsonSlip(s)).toBeDefined();
    const outline = templateFromOutline(s);
    expect(outline.template).toBeUndefined();
    expect(outline.problems.some((p) => p.severity === "error")).toBe(true);
    expect(rosterOrWhy(s)).toEqual(expect.any(String));
    expect(decodeText(new TextEncoder().encode(s)).text.length).toBe(s.length);
  });

  test("XML text: entities, attributes, runs", () => {
    expect(decodeXml(s).length).toBeLessThanOrEqual(s.length);
    parseAttributes(s);
    textRuns(s);
    textRuns(`<t>${s}`);
  });
});

describe("outlines are bounded before they are read, each refusal in words naming the line", () => {
  const title = "BÁO CÁO KẾT QUẢ NĂM 2024\n\nI. Mục một\n";
  test(`${MAX_OUTLINE_LINES + 1} lines and more (100,000 short lines)`, () => {
    const r = templateFromOutline(title + adversarial("x\n", 200_000));
    expect(r.problems).toEqual([
      { line: 1, severity: "error", message: outlineMessages.tooManyLines(100_004, MAX_OUTLINE_LINES) },
    ]);
  });
  test("a line of 500,000 spaces ending in x", () => {
    const r = templateFromOutline(title + adversarial(" ", 500_000, "", "x"));
    expect(r.problems).toEqual([
      { line: 4, severity: "error", message: outlineMessages.lineTooLong(4, 500_001, MAX_OUTLINE_LINE) },
    ]);
  });
  test("1 MB of spaces ending in x: more than a template file may hold", () => {
    const text = title + adversarial(" ", MB, "", "x");
    expect(templateFromOutline(text).problems).toEqual([
      { line: 1, severity: "error", message: outlineMessages.tooLarge(text.length, MAX_TEMPLATE_BYTES) },
    ]);
  });
  test("a header row of more cells than a table has", () => {
    const r = templateFromOutline(title + "A" + "\tB".repeat(MAX_OUTLINE_COLUMNS));
    expect(r.problems).toEqual([
      {
        line: 4,
        severity: "error",
        message: outlineMessages.tooManyColumns(4, MAX_OUTLINE_COLUMNS + 1, MAX_OUTLINE_COLUMNS),
      },
    ]);
  });
  test("within the limits, the longest lines are read as an outline", () => {
    const long = "Nội dung ".repeat(Math.floor(MAX_OUTLINE_LINE / 9));
    const r = templateFromOutline(
      `${title}${long}\n1. Kinh phí\nSố điểm\tKinh phí (đồng)${" ".repeat(MAX_OUTLINE_LINE - 30)}\n`,
    );
    expect(r.template?.tables[0].groups[0].fields.map((f) => [f.label, f.kind])).toEqual([
      ["Số điểm", "count"],
      ["Kinh phí", "money"],
    ]);
  });
});

describe("rosters are bounded before they are read, each refusal in words naming the line", () => {
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof RosterError) return e.why;
      throw e;
    }
    throw new Error("accepted");
  };
  test("a first line of 1,000,000 colons", () => {
    expect(refusal(() => parseRosterCsv(":".repeat(1_000_000) + "\nXã A\n"))).toEqual(
      rosterMessages.lineTooLong(1, 1_000_000, MAX_ROSTER_LINE),
    );
  });
  test("more lines than the whole country has units", () => {
    expect(refusal(() => parseRosterCsv("Tên đơn vị\n" + "Xã A\n".repeat(MAX_ROSTER_LINES)))).toEqual(
      rosterMessages.tooManyLines(MAX_ROSTER_LINES + 2, MAX_ROSTER_LINES),
    );
  });
  test("more columns than a roster has", () => {
    expect(refusal(() => parseRosterCsv("Tên đơn vị" + ",x".repeat(MAX_ROSTER_COLUMNS) + "\nXã A\n"))).toEqual(
      rosterMessages.tooManyColumns(1, MAX_ROSTER_COLUMNS + 1, MAX_ROSTER_COLUMNS),
    );
  });
  test("a workbook roster with a name in column XFD is refused before its rows are padded", () => {
    const sheet = new MemorySheet("DS");
    sheet.set(1, 1, { value: { t: "s", v: "Tên đơn vị" } });
    sheet.set(2, 16_384, { value: { t: "s", v: "Xã A" } });
    const grid: CellGrid = { sheetNames: ["DS"], names: new Map(), sheet: () => sheet };
    expect(refusal(() => rosterFromGrid(grid))).toEqual(rosterMessages.tooManyColumns(2, 16_384, MAX_ROSTER_COLUMNS));
  });
});
