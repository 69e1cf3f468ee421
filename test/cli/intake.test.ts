// A district's inbox as it arrives by e-mail and chat, in one folder: reports
// as .xlsx, .xls and .ods (converted by LibreOffice), a .zip of two reports, an
// empty file, a Word document, a photo, a report sheet copied into a new
// workbook (openpyxl) with column-number rows, Office's lock files and
// system files. Every file is listed with a status and a fitting reason, every
// readable report is counted, with every kind of roster an office saves.
import { zipSync } from "fflate";
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { layoutReport } from "../../src/core/layout/report";
import { STATUS_SHEET } from "../../src/core/layout/summary";
import { cellText } from "../../src/core/read/grid";
import { templateFields } from "../../src/core/templates";
import { monthOfActionValues } from "../../src/demo/samples";
import { readXlsx } from "../../src/xlsx/read";
import { run } from "../helpers/cli";
import { pythonIntake } from "../helpers/intake-folder";
import { libreConvert } from "../helpers/libreoffice";
import { metaFor, template, tempDir, writeReport } from "../helpers/reports";

const t = template("thang-hanh-dong");
const dir = tempDir("tonghop-intake-");
const inbox = join(dir, "inbox");
const src = join(dir, "src");
const val = (seed: number) => monthOfActionValues(seed);
const ROSTER: [string, string][] = [
  ["03160", "Xã Ẳng Cang"],
  ["03161", "Xã Ẳng Nưa"],
  ["03162", "Xã Ẳng Tở"],
  ["03163", "Xã Búng Lao"],
  ["03164", "Xã Mường Đăng"],
  ["03165", "Xã Mường Lạn"],
  ["03166", "Xã Ngối Cáy"],
  ["03167", "Xã Nặm Lịch"],
];
// Who sends what (seed of the figures, and the file it arrives as).
const SENT: [string, number][] = [
  ["Xã Ẳng Cang", 1],
  ["Xã Ẳng Nưa", 2],
  ["Xã Ẳng Tở", 3],
  ["Xã Búng Lao", 4],
  ["Xã Mường Đăng", 5],
  ["Xã Mường Lạn", 6],
  ["Xã Ngối Cáy", 7],
];

interface Json {
  period: string;
  totals: Record<string, number>;
  files: { file: string; unit: string | null; status: string; reason: string | null; warnings: { code: string }[] }[];
  missing: string[];
  skipped: string[];
}

beforeAll(async () => {
  mkdirSync(join(inbox, "tuan-2"), { recursive: true });
  mkdirSync(src);
  const report = (file: string, unitName: string, seed: number) =>
    writeReport(src, file, t, metaFor(t, { unitName, reportDate: "2024-07-01", period: "2024" }), {
      values: val(seed),
    });
  copyFileSync(await report("ang-cang.xlsx", "Xã Ẳng Cang", 1), join(inbox, "ang-cang.xlsx"));
  libreConvert([await report("ang-nua.xlsx", "Xã Ẳng Nưa", 2)], "xls", inbox);
  libreConvert([await report("ang-to.xlsx", "Xã Ẳng Tở", 3)], "ods", join(inbox, "tuan-2"));
  const zipped = [await report("bung-lao.xlsx", "Xã Búng Lao", 4), await report("muong-dang.xlsx", "Xã Mường Đăng", 5)];
  writeFileSync(
    join(inbox, "hai-xa.zip"),
    zipSync({
      "bung-lao.xlsx": readFileSync(zipped[0]),
      "muong-dang.xlsx": readFileSync(zipped[1]),
      "~$bung-lao.xlsx": new Uint8Array(165),
    }),
  );
  // Mường Lạn copied its report sheet into a new workbook and typed column numbers under each table's headers.
  const layout = layoutReport(t, metaFor(t)).fields;
  const styles: ((k: number) => string | number)[] = [
    (k) => `(${k + 1})`,
    (k) => k + 1,
    (k) => String.fromCharCode(65 + k),
  ];
  const numberRows = t.tables
    .filter((tb) => tb.orientation === "columns")
    .map((tb, i) => {
      const ids = tb.groups.flatMap((g) => g.fields.map((f) => f.id));
      return {
        before: layout[ids[0]].row,
        cells: Object.fromEntries(ids.map((id, k) => [layout[id].col, styles[i % 3](k)])),
      };
    });
  pythonIntake({
    copy_sheet: [
      {
        src: await report("muong-lan.xlsx", "Xã Mường Lạn", 6),
        sheet: REPORT_SHEET,
        out: join(inbox, "muong-lan (ban sao).xlsx"),
        number_rows: numberRows,
      },
    ],
    docx: [join(inbox, "cong-van.docx")],
    rosters: { dir, units: ROSTER },
  });
  // Ngối Cáy sent a photo of its report first, then an empty file, then the report as .xls.
  writeFileSync(
    join(inbox, "ngoi-cay.jpg"),
    Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
  );
  writeFileSync(join(inbox, "ngoi-cay.xlsx"), new Uint8Array(0));
  const [xls] = libreConvert([await report("ngoi-cay-2.xlsx", "Xã Ngối Cáy", 7)], "xls", join(dir, "xls"));
  renameSync(xls, join(inbox, "tuan-2", "ngoi-cay.xls"));
  writeFileSync(join(inbox, "~$ang-cang.xlsx"), new Uint8Array(165));
  writeFileSync(join(inbox, ".DS_Store"), new Uint8Array(10));
  writeFileSync(join(inbox, "tuan-2", "Thumbs.db"), new Uint8Array(10));
  // An .xls roster, as LibreOffice saves one.
  libreConvert([join(dir, "roster.xlsx")], "xls", join(dir, "xls-roster"));
  renameSync(join(dir, "xls-roster", "roster.xls"), join(dir, "roster.xls"));
});

async function consolidate(roster: string): Promise<Json> {
  const r = await run("consolidate", inbox, "--json", "--roster", join(dir, roster), "--deadline", "10/07/2024");
  if (!r.out.trim().startsWith("{")) throw new Error(r.out + r.err);
  return JSON.parse(r.out) as Json;
}

describe("every file of the inbox is accounted for", () => {
  let json: Json;
  beforeAll(async () => {
    json = await consolidate("roster-utf8.csv");
  });

  test("each file and archive member is listed with its status and a reason that fits it", () => {
    const byName = Object.fromEntries(json.files.map((f) => [f.file.slice(inbox.length + 1), f]));
    expect(Object.keys(byName).sort()).toEqual(
      [
        "ang-cang.xlsx",
        "ang-nua.xls",
        "cong-van.docx",
        "hai-xa.zip › bung-lao.xlsx",
        "hai-xa.zip › muong-dang.xlsx",
        "muong-lan (ban sao).xlsx",
        "ngoi-cay.jpg",
        "ngoi-cay.xlsx",
        "tuan-2/ang-to.ods",
        "tuan-2/ngoi-cay.xls",
      ].sort(),
    );
    const included = [
      "ang-cang.xlsx",
      "ang-nua.xls",
      "tuan-2/ang-to.ods",
      "hai-xa.zip › bung-lao.xlsx",
      "hai-xa.zip › muong-dang.xlsx",
      "muong-lan (ban sao).xlsx",
      "tuan-2/ngoi-cay.xls",
    ];
    for (const f of included) expect([f, byName[f].status]).toEqual([f, "included"]);
    expect(byName["ngoi-cay.xlsx"]).toMatchObject({
      status: "rejected",
      reason: expect.stringMatching(/Tệp rỗng \(0 byte\).*gửi lại/),
    });
    expect(byName["ngoi-cay.jpg"]).toMatchObject({ status: "rejected", reason: expect.stringMatching(/Tệp là ảnh/) });
    expect(byName["cong-van.docx"]).toMatchObject({
      status: "rejected",
      reason: expect.stringMatching(/văn bản Word/),
    });
  });

  test("lock files and system files are skipped, counted in one list", () => {
    expect(json.skipped.map((f) => f.split("/").pop()).sort()).toEqual(
      [".DS_Store", "Thumbs.db", "~$ang-cang.xlsx", "hai-xa.zip › ~$bung-lao.xlsx"].sort(),
    );
  });

  test("the copied sheet is read from its print, with a warning, and its column-number rows skipped", () => {
    const copy = json.files.find((f) => f.file.endsWith("(ban sao).xlsx"));
    expect(copy?.unit).toBe("Xã Mường Lạn");
    expect(copy?.warnings.map((w) => w.code)).toContain("meta_printed");
  });

  test("totals are the sums of every readable report, whatever its format", () => {
    expect(json.period).toBe("2024");
    const expected: Record<string, number> = {};
    for (const f of templateFields(t)) expected[f.id] = SENT.reduce((s, [, seed]) => s + val(seed)[f.id], 0);
    expect(json.totals).toEqual(expected);
    expect(json.missing).toEqual(["Xã Nặm Lịch"]);
  });
});

test.each([
  "roster-utf8-bom.csv",
  "roster-utf16le.csv",
  "roster-utf16be.csv",
  "roster-1258.csv",
  "roster.xlsx",
  "roster.xls",
])("the roster %s gives the same units: only Nặm Lịch has not sent", async (roster) => {
  const json = await consolidate(roster);
  expect(json.missing).toEqual(["Xã Nặm Lịch"]);
  expect(
    json.files
      .filter((f) => f.status === "included")
      .map((f) => f.unit)
      .sort(),
  ).toEqual(SENT.map(([n]) => n).sort());
});

test("a roster that is not one is refused with the reason, never read as units", async () => {
  writeFileSync(
    join(dir, "roster-anh.csv"),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(
    join(dir, "roster-rac.csv"),
    Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) % 256),
  );
  writeFileSync(join(dir, "roster-3-cot.csv"), "1,03160,Xã Ẳng Cang\n2,03161,Xã Ẳng Nưa\n");
  const anh = await run("consolidate", inbox, "--json", "--roster", join(dir, "roster-anh.csv"));
  expect(anh).toMatchObject({ code: 2, err: expect.stringMatching(/roster-anh\.csv: Tệp danh sách đơn vị là ảnh/) });
  // Advice for the officer who chose the roster, not for a unit that sent a report.
  writeFileSync(join(dir, "roster-rong.csv"), "");
  const empty = await run("consolidate", inbox, "--json", "--roster", join(dir, "roster-rong.csv"));
  expect(empty).toMatchObject({
    code: 2,
    err: expect.stringMatching(/Tệp danh sách đơn vị rỗng.*Hãy chọn lại tệp danh sách/),
  });
  expect(empty.err).not.toMatch(/đề nghị đơn vị gửi lại/);
  const rac = await run("consolidate", inbox, "--json", "--roster", join(dir, "roster-rac.csv"));
  expect(rac).toMatchObject({
    code: 2,
    err: expect.stringMatching(/roster-rac\.csv: (Không hiểu danh sách đơn vị|Danh sách đơn vị không đọc được)/),
  });
  const wide = await run("consolidate", inbox, "--json", "--roster", join(dir, "roster-3-cot.csv"));
  expect(wide).toMatchObject({ code: 2, err: expect.stringMatching(/dòng tiêu đề có cột "Tên đơn vị"/) });
});

test("validate reads the same kinds of file: an .xls, an .ods, each report of a .zip", async () => {
  const r = await run(
    "validate",
    join(inbox, "ang-nua.xls"),
    join(inbox, "tuan-2", "ang-to.ods"),
    join(inbox, "hai-xa.zip"),
    "--json",
  );
  const results = JSON.parse(r.out) as { file: string; unit: string | null }[];
  expect(results.map((x) => [x.file.slice(inbox.length + 1), x.unit])).toEqual([
    ["ang-nua.xls", "Xã Ẳng Nưa"],
    ["tuan-2/ang-to.ods", "Xã Ẳng Tở"],
    ["hai-xa.zip › bung-lao.xlsx", "Xã Búng Lao"],
    ["hai-xa.zip › muong-dang.xlsx", "Xã Mường Đăng"],
  ]);
});

test("the skipped files are one line on the command line and on the summary's status sheet", async () => {
  const out = join(dir, "tong-hop.xlsx");
  const r = await run("consolidate", inbox, "--out", out, "--deadline", "10/07/2024");
  const line = "Bỏ qua 4 tệp tạm/hệ thống (~$…, .DS_Store, Thumbs.db): ";
  expect(r.err.split("\n").filter((l) => l.startsWith(line))).toHaveLength(1);
  const sheet = readXlsx(readFileSync(out)).sheet(STATUS_SHEET)!;
  const texts = [...sheet.cells()].map(([, , c]) => cellText(c));
  expect(texts.filter((x) => x.startsWith(line))).toHaveLength(1);
});
