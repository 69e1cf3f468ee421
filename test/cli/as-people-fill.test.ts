// Every commune that sent its report is counted, however it filled the form (issue: a province after the 2025
// merger lost a quarter of its totals to a date typed over the line, a hyphen, "không", a correction, an old
// name). The inbox is made by openpyxl and LibreOffice (test/helpers/people-inbox.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BY_UNIT_SHEET } from "../../src/core/layout/summary";
import { baseName } from "../../src/core/paths";
import { cellText } from "../../src/core/read/grid";
import { readXlsx } from "../../src/xlsx/read";
import type { FileStatus } from "../../src/core/consolidate";
import { templateFields } from "../../src/core/templates";
import { run } from "../helpers/cli";
import { DEADLINE, peopleInbox, t, type Inbox } from "../helpers/people-inbox";

type FileJson = { file: string; status: FileStatus; reasonCode: string | null; late: boolean; unit: string | null };
type SummaryJson = {
  files: FileJson[];
  totals: Record<string, number>;
  missing: string[];
  late: string[];
  unresolved: { unit: string; reason: string }[];
};

let inbox: Inbox;
let withRoster: SummaryJson;
let withoutRoster: SummaryJson;
let printed: string;

const consolidate = (...more: string[]) =>
  run("consolidate", inbox.dir, "--deadline", DEADLINE, "--as-unit", "Tỉnh Quảng Trị", "--level", "tinh", ...more);
const statusOf = (s: SummaryJson) =>
  Object.fromEntries(s.files.map((f) => [f.file.slice(inbox.dir.length + 1), [f.status, f.reasonCode]]));

beforeAll(async () => {
  inbox = await peopleInbox();
  withRoster = JSON.parse((await consolidate("--roster", inbox.roster, "--json")).out) as SummaryJson;
  withoutRoster = JSON.parse((await consolidate("--json")).out) as SummaryJson;
  printed = (await consolidate("--roster", inbox.roster, "--out", `${inbox.dir}/../tong-hop.xlsx`)).out;
});

test("every commune that sent its report gets its right status", () => {
  expect(statusOf(withRoster)).toEqual({
    "Email 02-6/BC 6 thang Huong Hoa.xlsx": ["included", null],
    "Email 02-6/khe-sanh.xlsx": ["included", null],
    "Báo cáo xã Xuân Lao.xlsx": ["conflict", "foreign_form"],
    "Le Thuy - BC 6T 2025 (sua lai).xlsx": ["included", null],
    "Le Thuy - BC 6T 2025.xlsx": ["superseded", "corrected"],
    "bung-lao.xlsx": ["included", null],
    "Bung Lao (Mac).zip › bung-lao.zip › bung-lao.xlsx": ["duplicate", "duplicate"],
    "gio-linh.xlsx": ["included", null],
    "quang-trung.xlsx": ["held", "not_in_roster"],
    "so-lieu-cam-lo.csv": ["rejected", "text_table"],
    "xuan-lao.xls": ["included", null],
  });
});

test("the totals are the counted communes' figures, to the unit and the đồng", () => {
  for (const f of templateFields(t)) {
    const expected = Object.values(inbox.counted).reduce((sum, v) => sum + v[f.id], 0);
    expect([f.id, withRoster.totals[f.id]]).toEqual([f.id, expected]);
  }
});

test("the date typed over the line makes Khe Sanh late; the others are on time", () => {
  expect(withRoster.late).toEqual(["Xã Khe Sanh"]);
});

test("the old name is held, said to belong perhaps to Tân Gianh; Cam Lộ sent only a CSV; Tân Gianh nothing", () => {
  // In roster order, then the units not on it.
  expect(withRoster.unresolved.map((u) => u.unit)).toEqual(["Xã Cam Lộ", "Xã Quảng Trung"]);
  expect(withRoster.unresolved[0].reason).toContain("CSV");
  expect(withRoster.unresolved[1].reason).toContain("Ghi chú của Xã Tân Gianh");
  expect(withRoster.missing).toEqual(["Xã Tân Gianh"]);
  expect(printed).toContain("Đã nộp, cần xử lý:\n  Xã Cam Lộ — ");
  expect(printed).toContain('\n  Xã Quảng Trung — Đơn vị "Xã Quảng Trung" không có trong danh sách');
  expect(printed).toContain("Chưa nộp:\n  Xã Tân Gianh\n");
});

test("'Tổng hợp theo đơn vị' lists every roster unit, with its state where nothing is counted", () => {
  const grid = readXlsx(readFileSync(join(inbox.dir, "..", "tong-hop.xlsx")));
  const sheet = grid.sheet(BY_UNIT_SHEET);
  const rows = new Map<string, string>();
  for (const [row, col, cell] of sheet?.cells() ?? []) {
    if (col !== 2 || !/^Xã /.test(cellText(cell))) continue;
    const last = Math.max(...[...(sheet?.cells() ?? [])].filter(([r]) => r === row).map(([, c]) => c));
    rows.set(cellText(cell), cellText(sheet?.cell(row, last)));
  }
  expect(rows.get("Xã Tân Gianh")).toBe("Chưa nộp");
  expect(rows.get("Xã Cam Lộ")).toMatch(/^Đã nộp, cần xử lý: .*CSV/);
  expect(rows.get("Xã Quảng Trung")).toMatch(/^Đã nộp, cần xử lý: Đơn vị "Xã Quảng Trung" không có trong danh sách/);
  expect(rows.get("Xã Khe Sanh")).toBe("khe-sanh.xlsx");
});

test("without a roster the neighbour's form still never replaces Búng Lao's own report", () => {
  const s = statusOf(withoutRoster);
  expect(s["bung-lao.xlsx"]).toEqual(["included", null]);
  expect(s["Báo cáo xã Xuân Lao.xlsx"]).toEqual(["conflict", "foreign_form"]);
  expect(s["xuan-lao.xls"]).toEqual(["included", null]);
});

test("the console shows each file's folder and keeps its columns aligned", () => {
  const lines = printed
    .split("\n")
    .filter((l) => /^ {2}\S/.test(l) && / (Đã tổng hợp|Bản cũ|Mâu thuẫn|Chờ xác nhận|Không hợp lệ)/.test(l));
  expect(lines.some((l) => l.startsWith("  Email 02-6/khe-sanh.xlsx"))).toBe(true);
  const unitColumn = lines.map((l) => l.search(/Xã |\? /));
  expect(new Set(unitColumn).size).toBe(1);
  expect(baseName(withRoster.files[0].file)).toBeTruthy();
  // Every total ends in one column, the long "— trong đó có điểm vui chơi…" label too.
  const totals = printed.split("Tổng cộng:\n")[1].split("\n\n")[0].split("\n");
  expect(totals.length).toBeGreaterThanOrEqual(templateFields(t).length);
  const ends = totals.filter((l) => /\d$/.test(l)).map((l) => [...l].length);
  expect(ends.length).toBe(templateFields(t).length);
  expect(new Set(ends).size).toBe(1);
});
