// A district's inbox, as it arrives: names without diacritics or with
// "UBND"/"TT", a near-miss spelling, money with unit words, last year's forms
// in a subfolder, a same-date correction, a report made on the neighbour's
// form, cells with errors. Files written by tonghop and filled in by openpyxl.
// Every unit is accounted for, totals are right, the advice never off by a
// multiplier, and a correction named so ("sửa lại") counts over the first file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../../src/cli/inputs";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { STATUS_SHEET } from "../../src/core/layout/summary";
import { cellText } from "../../src/core/read/grid";
import { monthOfActionValues, MUONG_ANG_ROSTER } from "../../src/demo/samples";
import { readXlsx } from "../../src/xlsx/read";
import { run } from "../helpers/cli";
import { openpyxlEdit } from "../helpers/openpyxl";
import { template, tempDir, typedReport } from "../helpers/reports";

const t = template("thang-hanh-dong");
const dir = tempDir("tonghop-inbox-");
const inbox = join(dir, "nhan-duoc");
const val = (seed: number) => monthOfActionValues(seed);
const ROSTER = [...MUONG_ANG_ROSTER, "Xã Chiềng Đông"];

interface Json {
  period: string;
  periodSource: string;
  periodsFound: { period: string; files: number }[];
  deadline: string;
  deadlineSource: string;
  totals: Record<string, number>;
  files: {
    file: string;
    unit: string | null;
    status: string;
    reason: string | null;
    errors: Finding[];
    warnings: Finding[];
  }[];
  missing: string[];
  unresolved: { unit: string; files: string[]; reason: string }[];
  incomplete: { errorCells: number; units: number; missingFields: number } | null;
}
interface Finding {
  code: string;
  field: string | null;
  suggestion: number | null;
  message: string;
}

/** A tonghop report for `unitName`, its cells then typed by openpyxl (text where a clerk typed text). */
const received = (
  file: string,
  unitName: string,
  values: Record<string, number | string>,
  meta: { reportDate?: string; period?: string } = {},
) => typedReport(dir, join(inbox, file), t, unitName, values, meta);

const base = join(inbox, "ang-cang.xlsx");
let before: string;
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

beforeAll(async () => {
  mkdirSync(join(inbox, "2023"), { recursive: true });
  openpyxlEdit(
    await Promise.all([
      received("ang-cang.xlsx", "Xã Ẳng Cang", val(1)),
      received("Xa Bung Lao.xlsx", "Xa Bung Lao", {
        ...val(2),
        gifts_funds: "1,5 triệu",
        funds_state: "15tr",
        funds_mobilized: "2 tỷ",
      }),
      received("tt-muong-ang.xlsx", "TT Mường Ảng", {
        ...val(3),
        scholarships_funds: "500 nghìn",
        healthcare_funds: "1.500.000đ",
      }),
      received("ubnd-muong-dang.xlsx", "UBND xã Mường Đăng", val(4)),
      received("ngoi-cay.xlsx", "Xã Ngồi Cáy", val(5)),
      received("ang-to.xlsx", "Xã Ăng Tở", val(6)),
      received("xuan-lao.xlsx", "Xã Xuân Lao", val(7)),
      received("xuan-lao (sửa lại).xlsx", "Xã Xuân Lao", val(8)),
      // Nặm Lịch typed its report on Ẳng Cang's form, dated later.
      received("Bao cao Nam Lich.xlsx", "Xã Ẳng Cang", val(9), { reportDate: "2024-07-02" }),
      received("muong-lan.xlsx", "Xã Mường Lạn", { ...val(10), launch_children: "12 vụ", funds_state: 15 }),
      received("2023/ang-nua.xlsx", "Xã Ẳng Nưa", val(11), { period: "2023", reportDate: "2023-07-01" }),
      received("2023/bung-lao.xlsx", "Xã Búng Lao", val(12), { period: "2023", reportDate: "2023-07-01" }),
    ]),
  );
  writeFileSync(join(dir, "roster.csv"), "code,name\n" + ROSTER.map((n) => `,${n}`).join("\n") + "\n");
  before = sha256(readFileSync(base));
});

describe("consolidating the inbox", () => {
  let json: Json;
  let kept: Json;
  let keptErr: string;
  const out = join(dir, "out", "tong-hop.xlsx");
  const byFile = (j: Json) => Object.fromEntries(j.files.map((f) => [f.file.slice(inbox.length + 1), f]));

  beforeAll(async () => {
    const first = await run(...args("--json"));
    expect(first.code).toBe(1);
    json = JSON.parse(first.out);
    const second = await run(...args("--json", "--keep", join(inbox, "xuan-lao (sửa lại).xlsx"), "--out", out));
    expect(second.code).toBe(1);
    kept = JSON.parse(second.out);
    keptErr = second.err;
  });

  test("the period is this year's, by the deadline, though last year's forms are there", () => {
    expect([json.period, json.periodSource, json.periodsFound]).toEqual([
      "2024",
      "deadline",
      [
        { period: "2024", files: 10 },
        { period: "2023", files: 2 },
      ],
    ]);
  });

  test("every file has a status; names as people write them are matched", () => {
    const status = Object.fromEntries(Object.entries(byFile(json)).map(([k, f]) => [k, [f.status, f.unit]]));
    expect(status).toEqual({
      "2023/ang-nua.xlsx": ["rejected", "Xã Ẳng Nưa"],
      "2023/bung-lao.xlsx": ["rejected", "Xã Búng Lao"],
      "Bao cao Nam Lich.xlsx": ["conflict", "Xã Ẳng Cang"],
      "Xa Bung Lao.xlsx": ["included", "Xã Búng Lao"],
      "ang-cang.xlsx": ["included", "Xã Ẳng Cang"],
      "ang-to.xlsx": ["included", "Xã Ẳng Tở"],
      "muong-lan.xlsx": ["included", "Xã Mường Lạn"],
      "ngoi-cay.xlsx": ["included", "Xã Ngối Cáy"],
      "tt-muong-ang.xlsx": ["included", "Thị trấn Mường Ảng"],
      "ubnd-muong-dang.xlsx": ["included", "Xã Mường Đăng"],
      "xuan-lao (sửa lại).xlsx": ["included", "Xã Xuân Lao"],
      "xuan-lao.xlsx": ["superseded", "Xã Xuân Lao"],
    });
    expect(byFile(json)["Bao cao Nam Lich.xlsx"].reason).toContain(
      "Tên tệp gợi ý Xã Nặm Lịch, báo cáo ghi Xã Ẳng Cang",
    );
  });

  test("units that sent something are never 'chưa nộp'", () => {
    expect(json.missing).toEqual(["Xã Chiềng Đông"]);
    expect(json.unresolved.map((u) => u.unit)).toEqual(["Xã Ẳng Nưa", "Xã Nặm Lịch"]);
    expect(kept.unresolved.map((u) => u.unit)).toEqual(["Xã Ẳng Nưa", "Xã Nặm Lịch"]);
  });

  test("--keep settles the correction: the kept file counts, the other is not kept", () => {
    expect(byFile(kept)["xuan-lao (sửa lại).xlsx"].status).toBe("included");
    expect(byFile(kept)["xuan-lao.xlsx"].status).toBe("superseded");
    expect(byFile(kept)["xuan-lao.xlsx"].reason).toContain("Không giữ");
  });

  test("totals: money words multiplied, error cells left out", () => {
    const sum = (k: string, over: Record<string, Record<string, number>>) =>
      [1, 2, 3, 4, 5, 6, 8, 10].reduce((n, seed) => n + (over[seed]?.[k] ?? val(seed)[k]), 0);
    const over = {
      2: { gifts_funds: 1_500_000, funds_state: 15_000_000, funds_mobilized: 2_000_000_000 },
      3: { scholarships_funds: 500_000, healthcare_funds: 1_500_000 },
      10: { launch_children: 0, funds_state: 0 },
    };
    for (const k of Object.keys(kept.totals)) expect([k, kept.totals[k]]).toEqual([k, sum(k, over)]);
  });

  test("advice is never off by a multiplier", () => {
    const bung = byFile(kept)["Xa Bung Lao.xlsx"].warnings.filter((w) => w.code === "money_with_unit");
    expect(bung.map((w) => [w.field, w.suggestion])).toEqual([
      ["funds_state", 15_000_000],
      ["funds_mobilized", 2_000_000_000],
      ["gifts_funds", 1_500_000],
    ]);
    const lan = byFile(kept)["muong-lan.xlsx"].errors;
    expect(lan.map((e) => [e.code, e.field, e.suggestion])).toEqual([
      ["not_a_number", "launch_children", 12],
      ["money_too_small", "funds_state", null],
    ]);
  });

  test("incomplete totals are said on the last line, the report sheet and the status sheet", () => {
    const note = "Tổng số chưa đầy đủ: 2 ô lỗi của 1 đơn vị chưa được tính.";
    expect(kept.incomplete).toEqual({ errorCells: 2, units: 1, missingFields: 0 });
    expect(keptErr.trim().split("\n").pop()).toBe(note);
    const grid = readXlsx(readFileSync(out));
    const texts = (sheet: string) => [...(grid.sheet(sheet)?.cells() ?? [])].map(([, , c]) => cellText(c));
    expect(texts(REPORT_SHEET).some((x) => x.startsWith(note))).toBe(true);
    expect(texts(STATUS_SHEET)).toContain(note);
    expect(texts(STATUS_SHEET).filter((x) => x === "Đã nộp, cần xử lý")).toHaveLength(2);
  });

  test("the readable output says which period and why, and the deadline", async () => {
    const r = await run(...args("--out", join(tempDir(), "a.xlsx")));
    expect(r.out).toContain(
      "Kỳ báo cáo 2024 (theo năm của hạn nộp 03/07/2024). Các kỳ khác trong các tệp: 2023 (2 tệp).",
    );
    expect(r.out).toContain("Hạn nộp: 03/07/2024 (theo --deadline).");
    expect(r.out).toMatch(/Đã nộp, cần xử lý:\n {2}Xã Ẳng Nưa — Đã nộp nhưng không tính được: Báo cáo kỳ 2023/);
    const noDeadline = await run(
      "consolidate",
      inbox,
      "--as-unit",
      "Huyện Mường Ảng",
      "--level",
      "huyen",
      "--out",
      join(tempDir(), "b.xlsx"),
    );
    expect(noDeadline.out).toContain(
      "Hạn nộp: 10/07/2024 (theo mẫu, hạn cấp xã nộp lên cấp huyện; đổi bằng --deadline).",
    );
    expect(noDeadline.out).toContain("Kỳ báo cáo 2024 (kỳ mới nhất trong các tệp).");
  });
});

test("when no file is of the chosen period, it says which periods there are", async () => {
  const r = await run(
    "consolidate",
    join(inbox, "2023"),
    "--deadline",
    "03/07/2024",
    "--out",
    join(tempDir(), "x.xlsx"),
  );
  expect(r.code).toBe(2);
  expect(r.err.trim()).toBe(
    "Kỳ báo cáo 2024 (theo năm của hạn nộp 03/07/2024). Không có báo cáo nào của kỳ 2024; các tệp là của kỳ 2023 (2). " +
      "Nếu muốn tổng hợp kỳ đó, thêm --period 2023.",
  );
});

describe("inputs are never written", () => {
  test.each([
    ["an input file, even with --force", () => base, ["--force"]],
    ["a new file inside the folder being read", () => join(inbox, "tong-hop.xlsx"), []],
  ])("--out naming %s is refused", async (_what, path, more) => {
    const r = await run(...args("--out", path(), ...more));
    expect(r.code).toBe(2);
    expect(r.err).toContain("đó là một tệp đầu vào hoặc nằm trong thư mục đang đọc");
    expect(sha256(readFileSync(base))).toBe(before);
    expect(existsSync(join(inbox, "tong-hop.xlsx"))).toBe(false);
  });

  test("output problems are one line in the user's language, exit 2", async () => {
    const folder = await run(...args("--out", dir));
    expect([folder.code, folder.err.trim()]).toEqual([
      2,
      `Không ghi được ${dir}: đó là một thư mục. Hãy ghi tên tệp, ví dụ tong-hop.xlsx.`,
    ]);
    const readOnly = await run(...args("--out", "/sys/tong-hop.xlsx", "--lang", "en"));
    expect([readOnly.code, readOnly.err.trim()]).toEqual([
      2,
      "Cannot write /sys/tong-hop.xlsx: the folder is read-only or not writable. Choose another folder.",
    ]);
  });
});
