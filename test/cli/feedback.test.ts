// Phiếu phản hồi, as a district uses it: an inbox with an error, a warning, last year's form, two different
// reports of one date, a late report, a PDF and a commune that sent nothing. `consolidate --feedback` writes
// one workbook per commune that needs action — every finding of its files at the right sheet and cell, as
// `validate --json` and `consolidate --json` list them — and none for the commune that needs nothing; openpyxl
// and LibreOffice open them, they print on A4. The unit types its explanation (openpyxl) and sends a corrected
// report: the next consolidation shows the warning as explained and counts the correction.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../../src/cli/inputs";
import { a1 } from "../../src/core/form/a1";
import { FEEDBACK_SHEET } from "../../src/core/form/feedback";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { layoutReport } from "../../src/core/layout/report";
import { STATUS_SHEET } from "../../src/core/layout/summary";
import { cellText } from "../../src/core/read/grid";
import { monthOfActionValues } from "../../src/demo/samples";
import { readXlsx } from "../../src/xlsx/read";
import { run } from "../helpers/cli";
import { libreConvert } from "../helpers/libreoffice";
import { pdfFonts, pdfPages, pdfPageSizes, pdfTexts } from "../helpers/pdf";
import { openpyxlEdit } from "../helpers/openpyxl";
import { metaFor, template, tempDir, typedReport } from "../helpers/reports";

const t = template("thang-hanh-dong");
const layout = layoutReport(t, metaFor(t));
const dir = tempDir("tonghop-feedback-");
const inbox = join(dir, "nhan-duoc");
const feedbackDir = join(dir, "phan-hoi");
const ROSTER = ["Xã Ẳng Cang", "Xã Ẳng Tở", "Xã Búng Lao", "Xã Ẳng Nưa", "Xã Xuân Lao", "Xã Mường Lạn", "Xã Nặm Lịch"];
const val = (seed: number) => monthOfActionValues(seed);
/** Every section written: an empty one is a warning of its own, not what this test is about. */
const NARRATIVES = Object.fromEntries(Object.keys(layout.narratives).map((id) => [id, `Nội dung mục ${id}.`]));
/** Said in the workbook's words above the table (or the officer's own note), not as a row. */
const SAID_ABOVE = ["kept_correction", "file_name_other_unit", "unit_not_in_roster"];

interface JsonFinding {
  code: string;
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  message: string;
  explanation?: { text: string; from: string };
}
interface JsonFile {
  file: string;
  unit: string | null;
  status: string;
  errors: JsonFinding[];
  warnings: JsonFinding[];
  explained: JsonFinding[];
}
interface Workbook {
  sheets: [string, string][];
  protected: boolean;
  paper: string;
  orientation: string;
  header: string[];
  lines: string[];
  rows: { values: (string | number)[]; locked: boolean[]; address: string[] }[];
}

/** A tonghop report for `unitName`, its cells then typed by openpyxl (text where a clerk typed text). */
const received = (
  file: string,
  unitName: string,
  values: Record<string, number | string>,
  meta: { reportDate?: string; period?: string } = {},
) => typedReport(dir, join(inbox, file), t, unitName, values, meta, { narratives: NARRATIVES });

/** The feedback workbooks as openpyxl reads them (test/fixtures/openpyxl_feedback.py). */
function openpyxlRead(files: string[]): Record<string, Workbook> {
  const script = join(__dirname, "..", "fixtures", "openpyxl_feedback.py");
  return JSON.parse(execFileSync("/usr/bin/python3", [script, ...files], { encoding: "utf8" })) as Record<
    string,
    Workbook
  >;
}

const args = (...more: string[]) => [
  "consolidate",
  inbox,
  "--roster",
  join(dir, "roster.csv"),
  "--deadline",
  "03/07/2024",
  "--as-unit",
  "Huyện Mường Ảng",
  "--level",
  "huyen",
  ...more,
];

/** A row as the workbook prints it: where, what, how much it matters. */
const rowOf = (f: JsonFinding) => [
  f.cell ? (f.sheet ? `${f.sheet}!${f.cell}` : f.cell) : f.sheet,
  f.message,
  f.severity,
];
const SEVERITY = { "Phải sửa": "error", "Cần giải trình": "warning" } as Record<string, string>;
const printed = (w: Workbook) => w.rows.map((r) => [r.values[2], r.values[5], SEVERITY[String(r.values[7])]]);
const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

let first: { code: number; json: { files: JsonFile[]; missing: string[] }; err: string };
let books: Record<string, Workbook>;
const unitFile = (slug: string) => join(feedbackDir, `phan-hoi-${slug}.xlsx`);

beforeAll(async () => {
  mkdirSync(inbox, { recursive: true });
  openpyxlEdit(
    await Promise.all([
      received("ang-cang.xlsx", "Xã Ẳng Cang", val(1)),
      received("ang-to.xlsx", "Xã Ẳng Tở", { ...val(2), launch_children: "12 vụ" }),
      received("bung-lao.xlsx", "Xã Búng Lao", { ...val(3), gifts_funds: "1,5 triệu" }),
      received(
        "ang-nua.xlsx",
        "Xã Ẳng Nưa",
        { ...val(4), launch_sites: "ba" },
        { period: "2023", reportDate: "2023-07-01" },
      ),
      received("xuan-lao.xlsx", "Xã Xuân Lao", val(5)),
      received("xuan-lao-ban-khac.xlsx", "Xã Xuân Lao", { ...val(6), healthcare_funds: "1.500.000đ" }),
      received("muong-lan.xlsx", "Xã Mường Lạn", val(7), { reportDate: "2024-07-05" }),
    ]),
  );
  writeFileSync(join(inbox, "bao-cao.pdf"), "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  writeFileSync(join(dir, "roster.csv"), "code,name\n" + ROSTER.map((n) => `,${n}`).join("\n") + "\n");
  const r = await run(...args("--json", "--feedback", feedbackDir, "--resubmit-by", "15/7/2024"));
  first = { code: r.code, json: JSON.parse(r.out), err: r.err };
  books = openpyxlRead(
    readdirSync(feedbackDir)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join(feedbackDir, f)),
  );
});

test("each commune that needs action gets one workbook, and the one that needs nothing none", () => {
  expect(first.code).toBe(1);
  expect(first.err).toContain("Đã ghi 6 phiếu phản hồi và danh sách vào " + feedbackDir);
  expect(readdirSync(feedbackDir).sort()).toEqual([
    "cong-van-de-nghi-hoan-thien-so-lieu.docx",
    "danh-sach-phan-hoi.xlsx",
    "phan-hoi-xa-ang-nua.xlsx",
    "phan-hoi-xa-ang-to.xlsx",
    "phan-hoi-xa-bung-lao.xlsx",
    "phan-hoi-xa-muong-lan.xlsx",
    "phan-hoi-xa-nam-lich.xlsx",
    "phan-hoi-xa-xuan-lao.xlsx",
  ]);
});

test("every finding of a unit's files is a row at its sheet and cell, as validate --json and consolidate --json list them", async () => {
  const files = (unit: string) => first.json.files.filter((f) => f.unit === unit && f.status !== "superseded");
  const cases: [string, string][] = [
    ["xa-ang-to", "Xã Ẳng Tở"],
    ["xa-bung-lao", "Xã Búng Lao"],
    ["xa-ang-nua", "Xã Ẳng Nưa"],
    ["xa-xuan-lao", "Xã Xuân Lao"],
  ];
  for (const [slug, unit] of cases) {
    const own = files(unit);
    const listed = own
      .flatMap((f) => [...f.errors, ...f.warnings])
      .filter((f) => !SAID_ABOVE.includes(f.code))
      .map(rowOf);
    expect([unit, sorted(printed(books[unitFile(slug)]))]).toEqual([unit, sorted(listed)]);
    // What the unit would see checking its own files: every one of those findings is there.
    const checked = await run("validate", "--json", ...own.map((f) => f.file));
    const validated = (JSON.parse(checked.out) as { errors: JsonFinding[]; warnings: JsonFinding[] }[]).flatMap((x) => [
      ...x.errors,
      ...x.warnings,
    ]);
    expect(validated.length).toBeGreaterThan(0);
    expect(printed(books[unitFile(slug)])).toEqual(expect.arrayContaining(validated.map(rowOf)));
  }
  const angTo = books[unitFile("xa-ang-to")].rows.find((r) => r.values[5].toString().includes("12 vụ"));
  expect(angTo?.values.slice(1, 8)).toEqual([
    "Bảng 1 - Kinh phí thực hiện",
    `${REPORT_SHEET}!${a1(layout.fields.launch_children.row, layout.fields.launch_children.col)}`,
    "Tổ chức phát động Tháng hành động vì trẻ em › Số trẻ em tham dự",
    "12 vụ",
    expect.stringContaining("12 vụ"),
    "Ghi là 12",
    "Phải sửa",
  ]);
});

test("the header says who writes to whom, the file received with its SHA-256, its status and the date to resend by", () => {
  const angTo = books[unitFile("xa-ang-to")].lines;
  expect(angTo).toEqual(
    expect.arrayContaining([
      "PHIẾU PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO",
      "Báo cáo kết quả Tháng hành động vì trẻ em — Kỳ báo cáo: 2024",
      "Đơn vị gửi phiếu: Huyện Mường Ảng",
      "Kính gửi: Xã Ẳng Tở",
      "Tệp đã nhận: ang-to.xlsx, ngày báo cáo 01/07/2024 — Tình trạng: Đã tổng hợp",
      `SHA-256 của tệp: ${sha256(readFileSync(join(inbox, "ang-to.xlsx")))}`,
      "Đề nghị đơn vị sửa các nội dung dưới đây và gửi lại báo cáo đã sửa.",
      "Đề nghị gửi lại báo cáo trước ngày: 15/07/2024",
    ]),
  );
  expect(books[unitFile("xa-nam-lich")].lines).toEqual(
    expect.arrayContaining([
      "Kính gửi: Xã Nặm Lịch",
      "Tệp đã nhận: không có",
      "Chưa nhận được báo cáo kỳ 2024 (Báo cáo kết quả Tháng hành động vì trẻ em) của đơn vị.",
      'Đề nghị đơn vị gửi báo cáo kỳ 2024 theo đúng mẫu "Báo cáo kết quả Tháng hành động vì trẻ em" (tệp Excel .xlsx, lập bằng tonghop hoặc từ tệp mẫu).',
      "Đề nghị gửi báo cáo trước ngày: 15/07/2024",
    ]),
  );
  expect(books[unitFile("xa-nam-lich")].rows).toEqual([]);
  expect(books[unitFile("xa-ang-nua")].lines.join("\n")).toContain(
    "Tệp ang-nua.xlsx không được chấp nhận: Báo cáo kỳ 2023, không phải kỳ 2024 đang tổng hợp.",
  );
  expect(books[unitFile("xa-xuan-lao")].lines.join("\n")).toContain(
    "Đơn vị gửi 2 báo cáo khác nhau cùng ngày (xuan-lao-ban-khac.xlsx, xuan-lao.xlsx)",
  );
  expect(books[unitFile("xa-muong-lan")].lines).toEqual(
    expect.arrayContaining([
      "Tệp đã nhận: muong-lan.xlsx, ngày báo cáo 05/07/2024 — Tình trạng: Đã tổng hợp, nộp muộn",
      "Báo cáo đề ngày 05/07/2024, sau hạn nộp 03/07/2024.",
    ]),
  );
});

test("the unit answers in an unlocked column of a protected sheet; a hidden sheet marks the workbook", () => {
  const w = books[unitFile("xa-bung-lao")];
  expect(w.header).toEqual([
    "STT",
    "Bảng",
    "Ô",
    "Chỉ tiêu",
    "Giá trị nhận được",
    "Vấn đề",
    "Đề nghị sửa",
    "Mức độ",
    "Giải trình của đơn vị",
  ]);
  expect(w.protected).toBe(true);
  expect(w.sheets).toEqual([
    [FEEDBACK_SHEET, "visible"],
    ["_tonghop_phan_hoi", "hidden"],
  ]);
  for (const r of w.rows) expect(r.locked).toEqual([true, true, true, true, true, true, true, true, false]);
  // Paper size 9 is A4 in the OOXML page setup.
  expect([String(w.paper), w.orientation]).toEqual(["9", "landscape"]);
});

test("the index lists each unit and its workbook, and the file whose unit cannot be told", () => {
  const grid = readXlsx(readFileSync(join(feedbackDir, "danh-sach-phan-hoi.xlsx")));
  const texts = [...(grid.sheet("Danh sách phiếu phản hồi")?.cells() ?? [])].map(([, , c]) => cellText(c));
  for (const f of readdirSync(feedbackDir).filter((x) => x.startsWith("phan-hoi-"))) expect(texts).toContain(f);
  expect(texts.some((x) => x.startsWith("Không xác định được đơn vị gửi tệp bao-cao.pdf: Tệp là PDF"))).toBe(true);
});

test("LibreOffice opens every workbook and prints it on A4", () => {
  const files = readdirSync(feedbackDir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(feedbackDir, f));
  const pdfs = libreConvert(files, "pdf");
  for (const pdf of pdfs)
    for (const page of pdfPageSizes(pdf)) expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
  const angTo = pdfPages(pdfs[files.indexOf(unitFile("xa-ang-to"))]).join("\n");
  expect(angTo).toContain("PHIẾU PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO");
  expect(angTo).toContain("Kính gửi: Xã Ẳng Tở");
  expect(angTo).toContain("Giải trình của đơn vị");
  expect(angTo).toContain("Phải sửa");
});

test("the covering letter: a công văn from the district to each commune needing action, with its points", () => {
  const [pdf] = libreConvert([join(feedbackDir, "cong-van-de-nghi-hoan-thien-so-lieu.docx")], "pdf");
  for (const page of pdfPageSizes(pdf)) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
  const text = pdfTexts(pdf).join(" ");
  for (const words of [
    "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "/UBND-",
    "V/v đề nghị hoàn thiện số liệu báo cáo kết quả Tháng hành động vì trẻ em năm 2024",
    "Kính gửi:",
    ...["Ẳng Tở", "Búng Lao", "Ẳng Nưa", "Xuân Lao", "Mường Lạn", "Nặm Lịch"].map((x) => `Ủy ban nhân dân xã ${x}`),
    "(chi tiết tại phiếu phản hồi phan-hoi-xa-ang-to.xlsx)",
    `Phải sửa: Ô ${a1(layout.fields.launch_children.row, layout.fields.launch_children.col)} (`,
    "trước ngày 15/07/2024./.",
    "Nơi nhận: - Như trên; - Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
  ])
    expect([words, text.includes(words)]).toEqual([words, true]);
  expect(text).not.toContain("Ẳng Cang");
  // Vietnamese letters in the document's own typeface, not a fallback font.
  expect(pdfFonts(pdf).every((f) => f.startsWith("LiberationSerif"))).toBe(true);
});

describe("the feedback is never written over what exists or where the next run reads", () => {
  test("nothing is written when any workbook exists, without --force", async () => {
    // One workbook gone, the others there: none is written, not even the one that would be new.
    const aside = join(dir, "aside.xlsx");
    renameSync(unitFile("xa-ang-to"), aside);
    const before = sha256(readFileSync(unitFile("xa-bung-lao")));
    const r = await run(...args("--feedback", feedbackDir));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Tệp ${unitFile("xa-bung-lao")} đã có. Thêm --force nếu muốn ghi đè.`);
    expect(existsSync(unitFile("xa-ang-to"))).toBe(false);
    expect(sha256(readFileSync(unitFile("xa-bung-lao")))).toBe(before);
    renameSync(aside, unitFile("xa-ang-to"));
  });

  test("a feedback folder inside the inbox is refused before anything is read", async () => {
    const r = await run(...args("--feedback", join(inbox, "phan-hoi"), "--force"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("Hãy chọn thư mục --feedback ở nơi khác.");
    expect(existsSync(join(inbox, "phan-hoi"))).toBe(false);
  });
});

describe("the round trip: an explanation typed in the returned workbook, a corrected report", () => {
  let second: { files: JsonFile[] };
  const summaryOut = join(dir, "tong-hop-2.xlsx");
  const secondDir = join(dir, "phan-hoi-2");
  const explanation = "Xã nhận 1,5 triệu đồng tiền quà của nhà hảo tâm, số liệu đúng.";

  beforeAll(async () => {
    const w = books[unitFile("xa-bung-lao")];
    const row = w.rows.find((r) => String(r.values[5]).includes("1,5 triệu"));
    if (!row) throw new Error("no row for the money typed with words");
    openpyxlEdit([
      {
        src: unitFile("xa-bung-lao"),
        out: join(inbox, "phan-hoi-xa-bung-lao (da giai trinh).xlsx"),
        cells: [{ sheet: FEEDBACK_SHEET, cell: row.address[8], kind: "text", value: explanation }],
      },
      // Ẳng Tở corrects its report the same day and names it so.
      await received("ang-to (sửa lại).xlsx", "Xã Ẳng Tở", { ...val(2), launch_children: 12 }),
    ]);
    const r = await run(...args("--json", "--out", summaryOut, "--feedback", secondDir));
    second = JSON.parse(r.out);
  });

  test("the warning explained is listed as explained, with the unit's words, not as an open problem", () => {
    const bung = second.files.find((f) => f.file.endsWith("bung-lao.xlsx")) as JsonFile;
    expect(bung.warnings.filter((w) => w.code === "money_with_unit")).toEqual([]);
    expect(bung.explained.map((w) => [w.code, w.explanation?.text])).toEqual([["money_with_unit", explanation]]);
    const returned = second.files.find((f) => f.file.includes("da giai trinh")) as JsonFile;
    expect(returned.status).toBe("feedback");
    const grid = readXlsx(readFileSync(summaryOut));
    const status = [...(grid.sheet(STATUS_SHEET)?.cells() ?? [])].map(([, , c]) => cellText(c));
    expect(
      status.some((x) => x.includes(`Đã giải trình: `) && x.includes(`Giải trình của đơn vị: «${explanation}»`)),
    ).toBe(true);
    const sources = [...(grid.sheet("Nguồn số liệu")?.cells() ?? [])].map(([, , c]) => cellText(c));
    expect(sources.some((x) => x.endsWith(`— giải trình: ${explanation}`))).toBe(true);
  });

  test("the corrected report supersedes the first, and neither unit is written to again", () => {
    const status = Object.fromEntries(
      second.files.filter((f) => f.unit === "Xã Ẳng Tở").map((f) => [f.file.slice(inbox.length + 1), f.status]),
    );
    expect(status).toEqual({ "ang-to (sửa lại).xlsx": "included", "ang-to.xlsx": "superseded" });
    const written = readdirSync(secondDir);
    expect(written).not.toContain("phan-hoi-xa-ang-to.xlsx");
    expect(written).not.toContain("phan-hoi-xa-bung-lao.xlsx");
    expect(written).toContain("phan-hoi-xa-nam-lich.xlsx");
  });
});

test("validate --feedback writes the same workbooks for files checked before consolidating", async () => {
  const out = join(dir, "kiem-tra");
  const files = ["ang-cang.xlsx", "ang-to.xlsx", "bung-lao.xlsx"].map((f) => join(inbox, f));
  copyFileSync(files[0], join(dir, "copy.xlsx"));
  const r = await run("validate", ...files, "--feedback", out, "--resubmit-by", "15/07/2024");
  expect(r.code).toBe(1);
  expect(readdirSync(out).sort()).toEqual([
    "danh-sach-phan-hoi.xlsx",
    "phan-hoi-xa-ang-to.xlsx",
    "phan-hoi-xa-bung-lao.xlsx",
  ]);
  const json = JSON.parse((await run("validate", "--json", ...files)).out) as {
    unit: string;
    errors: JsonFinding[];
    warnings: JsonFinding[];
  }[];
  const read = openpyxlRead([join(out, "phan-hoi-xa-ang-to.xlsx"), join(out, "phan-hoi-xa-bung-lao.xlsx")]);
  for (const [slug, unit] of [
    ["xa-ang-to", "Xã Ẳng Tở"],
    ["xa-bung-lao", "Xã Búng Lao"],
  ]) {
    const expected = json.filter((x) => x.unit === unit).flatMap((x) => [...x.errors, ...x.warnings]);
    expect(sorted(printed(read[join(out, `phan-hoi-${slug}.xlsx`)]))).toEqual(sorted(expected.map(rowOf)));
  }
});
