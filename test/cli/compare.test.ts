// "So với cùng kỳ" on the command line, as a province does it (issue 23): last year's summary (tonghop's,
// saved again by LibreOffice, from reports openpyxl and LibreOffice made) and this year's inbox (openpyxl and
// LibreOffice): the comparison sheet read back by openpyxl equals a hand computation, rates in points, no %
// on a small base, the sentences in Vietnamese and English, Cam Lộ's money typed in nghìn flagged against
// its own history and Gio Linh's real sixfold rise not; last year's reports as a folder; a report typed with
// last year's totals; a whole year refused against six months, and compared when named.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { a1 } from "../../src/core/form/a1";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { layoutReport } from "../../src/core/layout/report";
import { COMPARE_SHEET, COMPARE_UNITS_SHEET, PREVIOUS_SOURCES_SHEET } from "../../src/core/layout/summary-compare";
import { templateFields } from "../../src/core/templates";
import { run } from "../helpers/cli";
import { years, PROVINCE, type Years } from "../helpers/last-year";
import { openpyxlCells, type PyCell } from "../helpers/openpyxl-cells";
import { libreConvert } from "../helpers/libreoffice";
import { openpyxlEdit } from "../helpers/openpyxl";
import { pdfFonts, pdfTexts } from "../helpers/pdf";
import { DEADLINE, t } from "../helpers/people-inbox";
import { metaFor } from "../helpers/reports";

let y: Years;
let out: string;
let printed: { code: number; out: string; err: string };
let english: { code: number; out: string; err: string };
let json: Json;

interface Finding {
  code: string;
  field: string | null;
  message: string;
}
interface Json {
  files: { file: string; warnings: Finding[] }[];
  comparison: {
    ok: boolean;
    previous: { kind: string; sha256: string | null };
    sentences: { table: string; lines: string[] }[];
  };
}

const consolidate = (...more: string[]) =>
  run(
    "consolidate",
    y.inbox.dir,
    "--roster",
    y.inbox.roster,
    "--deadline",
    DEADLINE,
    "--as-unit",
    PROVINCE,
    "--level",
    "tinh",
    ...more,
  );

const sumOf = (all: Record<string, Record<string, number>>, id: string) =>
  Object.values(all).reduce((n, v) => n + v[id], 0);
/** Last year's counted communes: all but the two merged in 2025 are this year's too. */
const lastTotal = (id: string) => sumOf(y.last, id);
const nowTotal = (id: string) => sumOf(y.inbox.counted, id);

/** Rows of a sheet: row number → column letter → value. */
function rows(cells: PyCell[]): Map<number, Map<string, string | number | boolean>> {
  const m = new Map<number, Map<string, string | number | boolean>>();
  for (const c of cells) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(c.cell) as RegExpExecArray;
    const r = m.get(Number(row)) ?? new Map();
    r.set(col, c.value);
    m.set(Number(row), r);
  }
  return m;
}

beforeAll(async () => {
  y = await years();
  out = join(y.root, "tong-hop-2025.xlsx");
  printed = await consolidate("--previous", y.summary, "--out", out, "--docx", join(y.root, "tong-hop-2025.docx"));
  english = await consolidate("--previous", y.summary, "--lang", "en", "--out", join(y.root, "summary-2025.xlsx"));
  json = JSON.parse((await consolidate("--previous", y.summary, "--json")).out) as Json;
}, 600_000);

test("the comparison sheet's numbers, read by openpyxl, equal a hand computation; rates in points", () => {
  expect(printed.err).not.toMatch(/Chưa so sánh/);
  const sheet = rows(openpyxlCells(out, COMPARE_SHEET).cells);
  const byLabel = new Map(
    [...sheet.values()].filter((r) => typeof r.get("B") === "string").map((r) => [r.get("B"), r]),
  );
  for (const f of templateFields(t)) {
    const title = f.label.replace(/^—\s*/, "");
    const r = byLabel.get(title);
    const [now, then] = [nowTotal(f.id), lastTotal(f.id)];
    expect([f.id, r?.get("D"), r?.get("E"), r?.get("F")]).toEqual([f.id, now, then, now - then]);
    // No % on a base under 5 (0 included): the change alone.
    if (then < 5) expect([f.id, r?.get("G")]).toEqual([f.id, undefined]);
    else expect([f.id, r?.get("G")]).toEqual([f.id, expect.closeTo((now - then) / then, 12)]);
  }
  // One child-friendly commune last year, none this year: a base of 1, the change alone.
  const friendly = byLabel.get("trong đó đạt tiêu chuẩn phù hợp với trẻ em");
  expect([friendly?.get("E"), friendly?.get("F"), friendly?.get("G")]).toEqual([1, -1, undefined]);
  expect(printed.out).toContain(
    "Số xã, phường, thị trấn, trong đó đạt tiêu chuẩn phù hợp với trẻ em: 0 xã, giảm 1 xã so với cùng kỳ năm trước.",
  );
  for (const rate of t.tables.flatMap((x) => x.rates)) {
    const r = byLabel.get(rate.label);
    const now = nowTotal(rate.numerator) / nowTotal(rate.denominator);
    const then = lastTotal(rate.numerator) / lastTotal(rate.denominator);
    expect(r?.get("D")).toBeCloseTo(now, 12);
    expect(r?.get("E")).toBeCloseTo(then, 12);
    expect(r?.get("F")).toBeCloseTo((now - then) * 100, 9);
  }
});

test("the ready sentences read as a report writes them, in Vietnamese and with --lang en", () => {
  const children = nowTotal("children_total");
  const change = children - lastTotal("children_total");
  const vn = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  // Fewer children than last year: the two communes merged into Tân Gianh sent nothing countable this year.
  expect(change).toBeLessThan(0);
  const [by, pct] = [-change, ((-change / lastTotal("children_total")) * 100).toFixed(1)];
  const vi = `Tổng số trẻ em: ${vn(children)} trẻ em, giảm ${vn(by)} trẻ em (${pct.replace(".", ",")}%) so với cùng kỳ năm trước.`;
  const en = `Tổng số trẻ em: ${children.toLocaleString("en")}, down ${by.toLocaleString("en")} (${pct}%) compared with the same period last year.`;
  expect(printed.out).toContain(vi);
  expect(english.out).toContain(en);
  const sheet = openpyxlCells(out, COMPARE_SHEET).cells.map((c) => c.value);
  expect(sheet).toContain(vi);
  expect(json.comparison.sentences[0].lines).toContain(vi);
  // The fall is partly the communes not counted this year: each table's sentences open by saying so.
  const note =
    "Lưu ý: 2 đơn vị có số liệu cùng kỳ chưa có trong tổng kỳ này, nên các số so sánh dưới đây chưa cùng số đơn vị.";
  expect(json.comparison.sentences.map((t: { lines: string[] }) => t.lines[0])).toEqual(
    json.comparison.sentences.map(() => note),
  );
  expect(english.out).toContain("Note: 2 units with figures last period are not in this period's totals");
  const rate = (n: number) => String(Math.round(n * 1000) / 10).replace(".", ",");
  const [insuredNow, insuredThen] = [
    nowTotal("under6_insured") / nowTotal("under6_total"),
    lastTotal("under6_insured") / lastTotal("under6_total"),
  ];
  expect(printed.out).toContain(
    `Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế: ${rate(insuredNow)}%, tăng ${rate(insuredNow - insuredThen)} điểm phần trăm so với cùng kỳ năm trước (${rate(insuredThen)}%).`,
  );
  expect(english.out).toMatch(/percentage points compared with the same period last year/);
});

test("Cam Lộ's money typed in nghìn is flagged at its cell against its own history; Gio Linh's real rise is not", () => {
  const warnings = (file: string) =>
    json.files.find((f) => f.file.endsWith(file))?.warnings.filter((w) => w.code.startsWith("history_")) ?? [];
  const cam = warnings("cam-lo.xlsx");
  expect(cam.map((w) => [w.code, w.field])).toEqual([["history_scale_down", "funds_state"]]);
  const cell = layoutReport(t, metaFor(t)).fields.funds_state;
  expect(cam[0].message).toContain(
    `Ô ${a1(cell.row, cell.col)} (Kinh phí ngân sách nhà nước): năm trước 12.000.000 đồng, năm nay 12.000 đồng: có thể nhập theo nghìn đồng.`,
  );
  expect(cam[0].message).toMatch(/\(năm trước: tong-hop-2024\.xlsx, Tổng hợp theo đơn vị![A-Z]+\d+\)\.$/);
  expect(warnings("gio-linh.xlsx")).toEqual([]);
  for (const f of json.files)
    expect([f.file, f.warnings.filter((w) => w.code.startsWith("history_")).length]).toEqual([
      f.file,
      f.file.endsWith("cam-lo.xlsx") ? 1 : 0,
    ]);
  // On the sheet of units: Gio Linh's trainees ×6 with its % and no note; Cam Lộ's funds with the warning.
  const units = [...rows(openpyxlCells(out, COMPARE_UNITS_SHEET).cells).values()];
  const at = (unit: string, field: string) => units.find((r) => r.get("B") === unit && r.get("C") === field);
  const gio = at("Xã Gio Linh", "Lượt người được tập huấn");
  const [now, then] = [y.inbox.counted["gio-linh.xlsx"].trainees, y.last["gio-linh.xlsx"].trainees];
  expect([gio?.get("D"), gio?.get("E"), gio?.get("F"), gio?.get("I")]).toEqual([now, then, now - then, undefined]);
  expect(gio?.get("G")).toBeCloseTo((now - then) / then, 12);
  expect(gio?.get("H")).toMatch(/^tong-hop-2024\.xlsx › Tổng hợp theo đơn vị![A-Z]+\d+$/);
  const camFunds = at("Xã Cam Lộ", "Kinh phí ngân sách nhà nước");
  expect([camFunds?.get("D"), camFunds?.get("E")]).toEqual([12_000, 12_000_000]);
  expect(camFunds?.get("I")).toBe(cam[0].message);
  expect(printed.out).toContain("1 ô có số liệu xa số liệu của chính đơn vị kỳ trước");
});

test("the Word report says the sentences under each table and lists the figures in Phụ lục III (LibreOffice)", () => {
  const [pdf] = libreConvert([join(y.root, "tong-hop-2025.docx")], "pdf", join(y.root, "pdf"));
  const pages = pdfTexts(pdf);
  const body = pages
    .slice(
      0,
      pages.findIndex((p) => p.includes("Phụ lục I ")),
    )
    .join(" ");
  const children = nowTotal("children_total");
  const fewer = lastTotal("children_total") - children;
  const vn = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const pct = ((fewer / lastTotal("children_total")) * 100).toFixed(1).replace(".", ",");
  // Under the table, before the signature.
  expect(body).toContain(
    `- Tổng số trẻ em: ${vn(children)} trẻ em, giảm ${vn(fewer)} trẻ em (${pct}%) so với cùng kỳ năm trước.`,
  );
  expect(body.lastIndexOf("so với cùng kỳ năm trước")).toBeLessThan(body.indexOf("Nơi nhận:"));
  const appendix = pages.slice(pages.findIndex((p) => p.includes("Phụ lục III"))).join(" ");
  expect(appendix).toContain("SO SÁNH VỚI CÙNG KỲ NĂM TRƯỚC");
  expect(appendix).toContain("Tăng (+), giảm (−) Tỷ lệ (%)");
  const money = (id: string) => [nowTotal(id), lastTotal(id), lastTotal(id) - nowTotal(id)].map(vn);
  const [fundsNow, fundsThen, fundsLess] = money("funds_state");
  const fundsPct = (((lastTotal("funds_state") - nowTotal("funds_state")) / lastTotal("funds_state")) * 100).toFixed(1);
  expect(appendix).toContain(
    `Kinh phí ngân sách nhà nước đồng ${fundsNow} ${fundsThen} −${fundsLess} −${fundsPct.replace(".", ",")}%`,
  );
  expect(appendix).toContain(
    `Tổng số trẻ em trẻ em ${vn(children)} ${vn(lastTotal("children_total"))} −${vn(fewer)} −${pct}%`,
  );
  expect(appendix).toContain("tong-hop-2024.xlsx");
  expect(pdfFonts(pdf).every((f) => /^LiberationSerif/.test(f))).toBe(true);
});

test("each previous value is traceable: last year's summary file, its SHA-256, and its cells", () => {
  expect(json.comparison.previous.kind).toBe("summary");
  expect(json.comparison.previous.sha256).toMatch(/^[0-9a-f]{64}$/);
  const sources = openpyxlCells(out, PREVIOUS_SOURCES_SHEET).cells.map((c) => String(c.value));
  expect(sources).toContain("tong-hop-2024.xlsx");
  expect(sources).toContain(json.comparison.previous.sha256);
  expect(sources.some((v) => /^[A-Z]+\d+$/.test(v))).toBe(true);
});

test("last year's reports as a folder give the same totals, each value traced to its unit's file", async () => {
  const r = await consolidate("--previous", y.lastDir, "--json");
  const c = (
    JSON.parse(r.out) as { comparison: { previous: { kind: string }; fields: { field: string; previous: number }[] } }
  ).comparison;
  expect(c.previous.kind).toBe("reports");
  for (const f of c.fields) expect([f.field, f.previous]).toEqual([f.field, lastTotal(f.field)]);
});

test("a report in the same form typed with last year's totals works: the first year compares too", async () => {
  const typed = join(y.root, "so-lieu-2024.xlsx");
  const made = await run(
    "new",
    "cong-tac-tre-em",
    "--out",
    join(y.root, "mau-2024.xlsx"),
    "--unit-name",
    PROVINCE,
    "--period",
    "2024-6T",
    "--level",
    "tinh",
  );
  expect(made.code).toBe(0);
  const layout = layoutReport(t, metaFor(t, { unitName: PROVINCE, period: "2024-6T", level: "tinh" }));
  openpyxlEdit([
    {
      src: join(y.root, "mau-2024.xlsx"),
      out: typed,
      cells: [
        {
          sheet: REPORT_SHEET,
          cell: a1(layout.fields.children_total.row, layout.fields.children_total.col),
          kind: "number",
          value: 9000,
        },
        { sheet: REPORT_SHEET, cell: a1(layout.fields.forums.row, layout.fields.forums.col), kind: "number", value: 4 },
      ],
    },
  ]);
  const r = await consolidate("--previous", typed, "--out", join(y.root, "so-voi-so-lieu-go.xlsx"));
  expect(r.code).toBeLessThan(2);
  const sheet = rows(openpyxlCells(join(y.root, "so-voi-so-lieu-go.xlsx"), COMPARE_SHEET).cells);
  const children = [...sheet.values()].find((x) => x.get("B") === "Tổng số trẻ em");
  expect([children?.get("E"), children?.get("F")]).toEqual([9000, nowTotal("children_total") - 9000]);
  const forums = [...sheet.values()].find((x) => x.get("B") === "Diễn đàn trẻ em");
  expect([forums?.get("E"), forums?.get("G")]).toEqual([4, undefined]);
  expect(r.out).toContain("Báo cáo chỉ có số tổng: không so sánh được từng đơn vị.");
});

test("a whole year is refused against six months with the reason; named, it is compared", async () => {
  const whole = join(y.root, "mau-nam-2024.xlsx");
  await run("new", "cong-tac-tre-em", "--out", whole, "--unit-name", PROVINCE, "--period", "2024", "--level", "tinh");
  const target = join(y.root, "khong-ghi.xlsx");
  const refused = await consolidate("--previous", whole, "--out", target);
  expect(refused.code).toBe(2);
  expect(refused.err).toContain(
    "Số liệu kỳ trước là kỳ 2024, không phải cùng kỳ của kỳ 2025-6T (cùng kỳ năm trước là kỳ 2024-6T: 6 tháng so với 6 tháng, năm so với năm). Chưa so sánh.",
  );
  expect(existsSync(target)).toBe(false);
  const named = await consolidate("--previous", whole, "--previous-period", "2024", "--out", target);
  expect(named.code).toBeLessThan(2);
  expect(named.out).toContain("So sánh với năm 2024 (kỳ 2024):");
  expect(named.out).toMatch(/Tổng số trẻ em: [\d.]+ trẻ em, tăng [\d.]+ trẻ em so với năm 2024\./);
});
