// Ids, periods and versions are text from files and templates: named like a
// member of Object.prototype ("constructor", "valueOf", "__proto__"…) they are
// still only names. A template whose fields, tables and sections carry every
// such name reads, checks and consolidates to exact totals; the names the
// schema does not allow are refused in words; a period or a template version
// so named is refused in words, never taken for a version or a period.
import { consolidate, type UnitFile } from "../../src/core/consolidate";
import { failures } from "../../src/core/i18n/messages";
import { layoutReport } from "../../src/core/layout/report";
import { MemorySheet, type CellGrid } from "../../src/core/read/grid";
import { extractReport } from "../../src/core/read/extract";
import { loadTemplate, type Template } from "../../src/core/templates";
import { templateCatalogue } from "../../src/core/templates/catalogue";
import { checkUserTemplate } from "../../src/core/templates/user-template";
import { validateReport } from "../../src/core/validate";
import { readXlsx } from "../../src/xlsx/read";
import { readReportBytes } from "../../src/xlsx/report-file";
import { renderXlsxSync } from "../../src/xlsx/write";
import { metaFor, template } from "../helpers/reports";
import { partText, withParts } from "../helpers/hostile";

/** Every member of Object.prototype, and "prototype" itself. */
const NAMES = [...Object.getOwnPropertyNames(Object.prototype), "prototype"];

/** A template of one table per name (the table named so), each with a field and a section named so. */
function templateOf(names: string[], ids: (n: string) => string = (n) => n): Template {
  return loadTemplate(inputOf(names, ids));
}

function inputOf(names: string[], ids: (n: string) => string = (n) => n) {
  return {
    id: "mau-ten-la",
    version: 1,
    title: "BÁO CÁO THỬ {period}",
    name: { vi: "Mẫu thử", en: "Test" },
    periodKind: "year",
    sections: names.map((n) => ({ id: n, heading: `Mục ${n}`, narrative: true })),
    tables: names.map((n) => ({
      id: ids(n),
      name: `Bảng ${n}`,
      afterSection: n,
      orientation: "columns",
      groups: [{ label: `Nhóm ${n}`, fields: [{ id: ids(n), label: `Số ${n}`, kind: "count" }] }],
    })),
    rules: [
      {
        id: "r1",
        left: ids(names[0]),
        op: "<=",
        right: "1000",
        severity: "warning",
        message: { vi: "{" + ids(names[0]) + "} lớn", en: "{" + ids(names[0]) + "} large" },
      },
    ],
    deadlines: [{ span: "year", day: 10, month: 7 }],
    source: "Thử",
  };
}

test("the names the schema does not allow as ids are refused in words; sections may be named anything", () => {
  const refused = NAMES.filter((n) => !/^[a-z][a-z0-9_]*$/.test(n));
  for (const n of refused) {
    const result = checkUserTemplate(inputOf([n]));
    expect(result.ok ? "accepted" : result.problems.map((p) => p.vi).join(" ")).toContain("chữ thường");
  }
  expect(() => templateOf(NAMES, (n) => `f${NAMES.indexOf(n)}`)).not.toThrow();
});

test("allowed ids named like Object's members (constructor, prototype): written, read back and consolidated exactly", () => {
  const names = NAMES.filter((n) => /^[a-z][a-z0-9_]*$/.test(n));
  expect(names).toEqual(["constructor", "prototype"]);
  const t = templateOf(names);
  const catalogue = templateCatalogue([t]);
  const files: UnitFile[] = [1, 2, 3].map((k) => {
    const values = Object.fromEntries(names.map((n, i) => [n, 10 * k + i]));
    const meta = metaFor(t, { unitName: `Xã ${k}`, period: "2024" });
    const bytes = renderXlsxSync(layoutReport(t, meta, { values }).model);
    return {
      file: `xa-${k}.xlsx`,
      sha256: String(k),
      read: readReportBytes(bytes, `xa-${k}.xlsx`, { templates: catalogue }),
    };
  });
  for (const f of files) expect(f.read.ok ? "ok" : f.read.failure.message.en).toBe("ok");
  const s = consolidate(files, { templates: catalogue, consolidatingUnit: { name: "Huyện", level: "huyen" } }).summary!;
  expect({ ...s.totals }).toEqual({ constructor: 60, prototype: 63 });
});

describe("every member of Object.prototype as a field, table and section id: the core keeps them as names", () => {
  // Past the schema on purpose: the records that hold ids must not depend on the schema's pattern.
  const fieldId = (n: string) => n;
  const t = {
    ...templateOf(["a"]),
    ...(() => {
      const full = templateOf(NAMES.map((n, i) => `f${i}`));
      return {
        sections: NAMES.map((n) => ({ id: n, heading: `Mục ${n}`, narrative: true })),
        tables: full.tables.map((table, i) => ({
          ...table,
          id: fieldId(NAMES[i]),
          afterSection: NAMES[i],
          groups: [
            {
              label: `Nhóm ${NAMES[i]}`,
              fields: [{ id: fieldId(NAMES[i]), label: `Số ${NAMES[i]}`, kind: "count" as const }],
            },
          ],
        })),
        rules: [],
      };
    })(),
  } as Template;

  /** A grid holding each field at a named cell, each narrative below its heading. */
  function grid(k: number): CellGrid {
    const sheet = new MemorySheet("Báo cáo");
    const meta = new MemorySheet("_tonghop", "hidden");
    const rows: [string, string][] = [
      ["tonghop", ""],
      ["template_id", t.id],
      ["template_version", "1"],
      ["unit_name", `Xã ${k}`],
      ["level", "xa"],
      ["period", "2024"],
      ["report_date", "01/07/2024"],
    ];
    NAMES.forEach((n, i) => {
      sheet.set(3 * i + 1, 1, { value: { t: "s", v: `Nhóm ${n}` } });
      sheet.set(3 * i + 2, 1, { value: { t: "s", v: `Số ${n}` } });
      sheet.set(3 * i + 3, 1, { value: { t: "n", v: 100 * k + i } });
      rows.push([`field:${n}`, `'Báo cáo'!$A$${3 * i + 3}`]);
      sheet.set(1000 + 2 * i, 1, { value: { t: "s", v: `Mục ${n}` } });
      sheet.set(1001 + 2 * i, 1, { value: { t: "s", v: `Viết ${n}` } });
    });
    rows.forEach(([key, v], r) => {
      meta.set(r + 1, 1, { value: { t: "s", v: key } });
      if (v) meta.set(r + 1, 2, { value: { t: "s", v } });
    });
    const sheets = new Map([
      ["Báo cáo", sheet],
      ["_tonghop", meta],
    ]);
    return { sheetNames: [...sheets.keys()], names: new Map(), sheet: (name) => sheets.get(name) };
  }

  const catalogue = { templates: [t], find: (id: string) => (id === t.id ? t : undefined) };
  const files: UnitFile[] = [1, 2].map((k) => ({
    file: `xa-${k}.xlsx`,
    sha256: String(k),
    read: extractReport(grid(k), `Xã ${k}`, catalogue),
  }));

  test("each field reads its own cell, each narrative its own text", () => {
    const r = files[0].read;
    if (!r.ok) throw new Error(r.failure.message.en);
    for (const [i, n] of NAMES.entries()) {
      expect([n, r.report.readings[n]?.value]).toEqual([n, 100 + i]);
      expect([n, r.report.narratives[n]?.text]).toEqual([n, `Viết ${n}`]);
    }
    expect(Object.keys(r.report.readings).sort()).toEqual([...NAMES].sort());
    expect(validateReport(r.report).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("totals are exact for every name, and nothing else is a total", () => {
    const s = consolidate(files, {
      templates: catalogue,
      consolidatingUnit: { name: "Huyện", level: "huyen" },
    }).summary!;
    expect(Object.keys(s.totals).sort()).toEqual([...NAMES].sort());
    for (const [i, n] of NAMES.entries()) expect([n, s.totals[n]]).toEqual([n, 300 + 2 * i]);
    for (const n of NAMES) expect([n, s.narratives[n]]).toEqual([n, `Xã 1: Viết ${n}\nXã 2: Viết ${n}`]);
  });
});

describe("a template version or a period named like Object's members is refused in words", () => {
  const t = template("thang-hanh-dong");
  const good = renderXlsxSync(layoutReport(t, metaFor(t, { period: "2024" }), {}).model);
  const META = readXlsx(good).sheetNames.indexOf("_tonghop") + 1;
  const metaXml = partText(good, `xl/worksheets/sheet${META}.xml`);
  /** The report with its information sheet's value for `key` replaced. */
  const withMeta = (key: string, value: string) => {
    const re = new RegExp(`(<t[^>]*>${key}</t></is></c><c [^>]*><is><t[^>]*>)[^<]*(</t>)`);
    expect(re.test(metaXml)).toBe(true);
    return withParts(good, { [`xl/worksheets/sheet${META}.xml`]: metaXml.replace(re, `$1${value}$2`) });
  };

  for (const version of ["Infinity", "__proto__", "constructor", "1e3", "-1", "0", "NaN"])
    test(`template_version "${version}"`, () => {
      const r = readReportBytes(withMeta("template_version", version), "x.xlsx");
      expect(r.ok ? "read" : [r.failure.code, r.failure.message.vi]).toEqual([
        "meta_invalid",
        failures.badVersion(version).vi,
      ]);
    });

  for (const period of NAMES)
    test(`period "${period}"`, () => {
      const r = readReportBytes(withMeta("period", period), "x.xlsx");
      expect(r.ok ? "read" : r.failure.code).toBe("meta_invalid");
      const read = readReportBytes(good, "x.xlsx");
      // Asked to consolidate that period: nothing is, and nothing breaks.
      expect(read.ok).toBe(true);
      const c = consolidate([{ file: "x.xlsx", sha256: "x", read }], { period });
      expect({ counted: c.summary?.units.length ?? 0, nothing: c.nothing?.code }).toEqual({
        counted: 0,
        nothing: expect.any(String),
      });
    });
});
