// The feedback workbook's round trip in the core: written through the SheetModel and the .xlsx writer, read
// back by the lean reader as any received file is. A feedback workbook is never taken for a report; the
// unit's answers come back to the findings they answer, even when the unit sorted the rows; a warning
// answered is closed, an error answered is still to be fixed; answers of another period are not used.
import { consolidate, type Consolidation, type UnitFile } from "../../../src/core/consolidate";
import {
  feedbackFromConsolidation,
  feedbackIndex,
  feedbackWorkbook,
  type UnitFeedback,
} from "../../../src/core/feedback";
import { EXPLANATION_COLUMN, FEEDBACK_SHEET } from "../../../src/core/form/feedback";
import type { SheetModel } from "../../../src/core/layout/model";
import { extractReport } from "../../../src/core/read/extract";
import { parseRosterCsv } from "../../../src/core/roster";
import { monthOfActionValues } from "../../../src/demo/samples";
import { readXlsx } from "../../../src/xlsx/read";
import { renderXlsx } from "../../../src/xlsx/write";
import { template } from "../../helpers/reports";
import { unitFile, unitReport, type Values } from "../../helpers/unit-reports";

const t = template("thang-hanh-dong");
const v = (seed: number, over: Values = {}): Values => ({ ...monthOfActionValues(seed), ...over });
const roster = parseRosterCsv("name\nXã Ẳng Cang\nXã Ẳng Tở\nXã Búng Lao\nXã Nặm Lịch\n");
const consolidatingUnit = { name: "Huyện Mường Ảng", level: "huyen" as const };

const inbox: UnitFile[] = [
  unitFile("ang-cang.xlsx", unitReport(t, { unitName: "Xã Ẳng Cang", reportDate: "2024-07-01" }, v(1))),
  unitFile(
    "ang-to.xlsx",
    unitReport(t, { unitName: "Xã Ẳng Tở", reportDate: "2024-07-01" }, v(2, { launch_children: "12 vụ" })),
  ),
  unitFile(
    "bung-lao.xlsx",
    unitReport(t, { unitName: "Xã Búng Lao", reportDate: "2024-07-01" }, v(3, { gifts_funds: "1,5 triệu" })),
  ),
];

function run(files: UnitFile[], period?: string): Consolidation {
  return consolidate(files, { roster, consolidatingUnit, deadline: "2024-07-03", ...(period ? { period } : {}) });
}

/** A unit's workbook as received back: the answers typed in by row, the rows in the order the unit left them. */
async function returned(model: SheetModel, answers: Record<number, string>, name: string): Promise<UnitFile> {
  const sheet = model.sheets[0];
  for (const [row, text] of Object.entries(answers)) {
    const cell = sheet.cells.find((c) => c.row === Number(row) && c.col === EXPLANATION_COLUMN);
    if (!cell) throw new Error(`no answer cell in row ${row}`);
    cell.value = text;
  }
  const bytes = await renderXlsx(model);
  return { file: name, sha256: `sha-${name}`, read: extractReport(readXlsx(bytes), name) };
}

/** The rows of the table by their STT (column A holds the number). */
function rowsOf(model: SheetModel): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of model.sheets[0].cells) if (c.col === 1 && typeof c.value === "number") out.set(c.value, c.row);
  return out;
}

const first = run(inbox);
const set = feedbackFromConsolidation(first, inbox);
const unit = (name: string) => set.units.find((u) => u.unit.name === name) as UnitFeedback;

test("the units that need action are told, the one that needs nothing is not", () => {
  expect(set.units.map((u) => [u.unit.name, u.needs])).toEqual([
    ["Xã Ẳng Tở", ["findings"]],
    ["Xã Búng Lao", ["findings"]],
    ["Xã Nặm Lịch", ["missing"]],
  ]);
  expect(unit("Xã Búng Lao").items.map((i) => [i.finding.code, i.received])).toEqual([
    ["money_with_unit", [{ field: "gifts_funds", raw: "1,5 triệu" }]],
  ]);
});

test("a feedback workbook is never read as a report, though it names the indicators; nor is its index", async () => {
  const back = await returned(feedbackWorkbook(unit("Xã Ẳng Tở"), set), {}, "phan-hoi.xlsx");
  expect(back.read.ok).toBe(false);
  if (back.read.ok) return;
  expect(back.read.failure.code).toBe("feedback_workbook");
  expect(back.read.feedback).toMatchObject({
    unitName: "Xã Ẳng Tở",
    templateId: t.id,
    period: "2024",
    rows: 1,
    answers: [],
  });
  const index = extractReport(readXlsx(await renderXlsx(feedbackIndex(set))), "danh-sach");
  expect(index.ok ? "report" : index.failure.code).toBe("feedback_index");
});

test("answers come back to their findings even when the unit sorted the rows", async () => {
  const both = unitReport(
    t,
    { unitName: "Xã Búng Lao", reportDate: "2024-07-01" },
    v(3, { gifts_funds: "1,5 triệu", funds_state: "15tr" }),
  );
  const files = [inbox[0], inbox[1], unitFile("bung-lao.xlsx", both)];
  const u = feedbackFromConsolidation(run(files), files).units.find(
    (x) => x.unit.name === "Xã Búng Lao",
  ) as UnitFeedback;
  const model = feedbackWorkbook(u, set);
  const rows = rowsOf(model);
  expect(rows.size).toBe(2);
  // The unit sorts the table: row 1 and row 2 change places (every cell of the two rows moves).
  const [r1, r2] = [rows.get(1) as number, rows.get(2) as number];
  for (const c of model.sheets[0].cells)
    if (c.row === r1) c.row = r2;
    else if (c.row === r2) c.row = r1;
  const answerFor = (stt: number) => (stt === 1 ? "Trả lời dòng 1" : "Trả lời dòng 2");
  const back = await returned(model, { [r2]: answerFor(1), [r1]: answerFor(2) }, "phan-hoi-bung-lao.xlsx");
  const again = run([...files, back]);
  const bung = again.files.find((f) => f.file === "bung-lao.xlsx");
  const byField = Object.fromEntries((bung?.findings ?? []).map((f) => [f.field, f.explanation?.text]));
  const stt = (field: string) => u.items.findIndex((i) => i.finding.field === field) + 1;
  expect(byField).toEqual({ gifts_funds: answerFor(stt("gifts_funds")), funds_state: answerFor(stt("funds_state")) });
});

test("a warning answered is closed; an error answered is shown and still to fix, its answer written back", async () => {
  const angTo = unit("Xã Ẳng Tở");
  const bung = unit("Xã Búng Lao");
  const [toModel, bungModel] = [feedbackWorkbook(angTo, set), feedbackWorkbook(bung, set)];
  const files = [
    ...inbox,
    await returned(toModel, { [rowsOf(toModel).get(1) as number]: "Đúng là 12 vụ" }, "tra-loi-ang-to.xlsx"),
    await returned(bungModel, { [rowsOf(bungModel).get(1) as number]: "Tiền quà đúng" }, "tra-loi-bung-lao.xlsx"),
  ];
  const again = run(files);
  const next = feedbackFromConsolidation(again, files);
  expect(next.units.map((u) => u.unit.name)).toEqual(["Xã Ẳng Tở", "Xã Nặm Lịch"]);
  const error = next.units[0].items[0].finding;
  expect([error.severity, error.explanation?.text]).toEqual(["error", "Đúng là 12 vụ"]);
  const sheet = feedbackWorkbook(next.units[0], next).sheets[0];
  expect(sheet.name).toBe(FEEDBACK_SHEET);
  expect(sheet.cells.find((c) => c.col === EXPLANATION_COLUMN && c.value === "Đúng là 12 vụ")?.style.locked).toBe(
    false,
  );
  expect(again.files.find((f) => f.file === "tra-loi-bung-lao.xlsx")?.reason?.vi).toBe(
    "Phiếu phản hồi của Xã Búng Lao gửi lại: 1 giải trình, 1 gắn được với vấn đề còn nêu trong báo cáo.",
  );
});

test("answers given for another period are not used, and the returned workbook says so", async () => {
  const bung = unit("Xã Búng Lao");
  const model = feedbackWorkbook(bung, { ...set, period: "2023" });
  model.sheets[1].cells = model.sheets[1].cells.map((c) => (c.value === "2024" ? { ...c, value: "2023" } : c));
  const back = await returned(model, { [rowsOf(model).get(1) as number]: "Tiền quà đúng" }, "cu.xlsx");
  const again = run([...inbox, back]);
  expect(again.files.find((f) => f.file === "bung-lao.xlsx")?.findings.some((f) => f.explanation)).toBe(false);
  expect(again.files.find((f) => f.file === "cu.xlsx")?.reason?.vi).toBe(
    "Phiếu phản hồi của Xã Búng Lao là của kỳ 2023, không phải kỳ 2024 đang tổng hợp: không dùng giải trình trong phiếu.",
  );
});

test("answers reach a unit whose report spells its name unlike the roster (written to by its roster name)", async () => {
  // "Xa Bung Lao" typed without marks: matched to the roster's Xã Búng Lao, which the workbook is addressed to.
  const typed = unitReport(
    t,
    { unitName: "Xa Bung Lao", reportDate: "2024-07-01" },
    v(3, { gifts_funds: "1,5 triệu" }),
  );
  const files = [inbox[0], inbox[1], unitFile("bung-lao.xlsx", typed)];
  const first = run(files);
  const set = feedbackFromConsolidation(first, files);
  const u = set.units.find((x) => x.unit.name === "Xã Búng Lao") as UnitFeedback;
  expect(u.items.map((i) => i.finding.code)).toEqual(["money_with_unit"]);
  const model = feedbackWorkbook(u, set);
  const back = await returned(model, { [rowsOf(model).get(1) as number]: "Tiền quà đúng" }, "tra-loi.xlsx");
  const again = run([...files, back]);
  const bung = again.files.find((f) => f.file === "bung-lao.xlsx");
  expect(bung?.findings.map((f) => [f.code, f.explanation?.text])).toEqual([["money_with_unit", "Tiền quà đúng"]]);
});

test("a report from a unit not on the roster is told so; a file no unit can be told about goes to the index", () => {
  const files: UnitFile[] = [
    ...inbox,
    unitFile("quang-trung.xlsx", unitReport(t, { unitName: "Xã Quảng Trung", reportDate: "2024-07-01" }, v(5))),
    {
      file: "anh.jpg",
      sha256: "x",
      read: { ok: false, failure: { code: "picture", message: { vi: "Ảnh.", en: "A picture." } } },
    },
  ];
  const set = feedbackFromConsolidation(run(files), files);
  const held = set.units.find((u) => u.unit.name === "Xã Quảng Trung");
  expect(held?.needs).toEqual(["held"]);
  expect(held?.notes.map((n) => n.vi)).toEqual([
    'Đơn vị "Xã Quảng Trung" không có trong danh sách đơn vị báo cáo: số liệu chưa được tính. Đề nghị đơn vị kiểm tra lại tên đơn vị ghi trong báo cáo.',
  ]);
  expect(set.unaddressed.map((x) => x.file)).toEqual(["anh.jpg"]);
});
