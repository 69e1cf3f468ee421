// Failures survived as Excel fails: a user typing in a cell, a request that
// fails halfway (batches are not transactions), sheets deleted or renamed by
// hand, a sheet protected with a password. Run on Microsoft's Office.js runtime
// (the rig) and on the fake workbook, which both fail the way Excel does.
import { REPORT_SHEET } from "../../src/core/form/sheets";
import { layoutSummary } from "../../src/core/layout/summary";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { leftOutNote, markFindings, unmarkFindings, type SavedFill } from "../../src/excel/highlight";
import { OFFICE_ERRORS, officeErrorText } from "../../src/excel/office-errors";
import { CELL_EDIT_TRIES, runExcel, type RunDeps } from "../../src/excel/run";
import { HOLD_SHEET, writeModel } from "../../src/excel/write-model";
import { findingsOn, insert, summaryOf, writeSummary, type Run } from "../helpers/excel-operations";
import { FakeExcel } from "../helpers/fake-excel";
import { hostOn } from "../helpers/office-host";
import { OfficeRig } from "../helpers/office-runtime";

const rigRun =
  (rig: OfficeRig): Run =>
  (b) =>
    rig.run(b);
const fakeRun =
  (excel: FakeExcel): Run =>
  (b) =>
    b(excel.context());

describe("a user typing in a cell", () => {
  const deps = (rig: OfficeRig, waits: number[]): RunDeps => ({
    run: (options, batch) => rig.run(batch, options),
    wait: async (ms) => void waits.push(ms),
  });

  test("Excel is asked again after a pause, and the insert goes through", async () => {
    const rig = new OfficeRig();
    rig.failNext = ["InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode"];
    const waits: number[] = [];
    const r = await insert((b) => runExcel(b, true, deps(rig, waits)), ALL_CAPABILITIES);
    expect(r.ok).toBe(true);
    expect(waits).toHaveLength(2);
    expect(rig.workbook.sheets.map((s) => s.name)).toEqual([REPORT_SHEET, "_tonghop"]);
  });

  test("on a host without delayForCellEdit, the pane is told Excel waits for the cell while tonghop tries again", async () => {
    const rig = new OfficeRig({ apiVersion: "1.10" });
    rig.failNext = ["InvalidOperationInCellEditMode"];
    const shown: boolean[] = [];
    const notice = { show: (w: boolean) => void shown.push(w), afterMs: 60_000 };
    const r = await insert((b) => runExcel(b, false, deps(rig, []), notice), ALL_CAPABILITIES);
    expect(r.ok).toBe(true);
    expect(shown).toContain(true);
    expect(shown.at(-1)).toBe(false);
  });

  test("delayForCellEdit is sent only to a host that has it: there Excel holds the request, elsewhere it refuses", async () => {
    const held = new OfficeRig({ apiVersion: "1.11" });
    held.editingCell = true;
    const done = insert((b) => held.run(b, { delayForCellEdit: true }), ALL_CAPABILITIES);
    await held.whenHeld();
    expect(held.workbook.sheets).toEqual([]);
    held.endCellEdit();
    expect((await done).ok).toBe(true);

    const refused = new OfficeRig({ apiVersion: "1.10" });
    refused.editingCell = true;
    const failure = await insert((b) => refused.run(b, { delayForCellEdit: true }), ALL_CAPABILITIES).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  test("after a few tries the user is told to leave the cell, in Vietnamese and English", async () => {
    const rig = new OfficeRig();
    rig.failNext = Array(CELL_EDIT_TRIES).fill("InvalidOperationInCellEditMode");
    const failure = await insert((b) => runExcel(b, false, deps(rig, [])), ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(officeErrorText(failure).vi).toMatch(/nhấn Enter hoặc Esc/);
    expect(officeErrorText(failure).en).toMatch(/press Enter or Esc/);
  });
});

test("every common Office error, and every one Microsoft documents for size and cell editing, has a Vietnamese message with an English twin that says what to do", () => {
  for (const code of [
    "InvalidOperationInCellEditMode",
    "RequestPayloadSizeLimitExceeded",
    "ResponsePayloadSizeLimitExceeded",
    "RangeExceedsLimit",
    "OperationCellsExceedLimit",
    "MemoryLimitReached",
    "ActivityLimitReached",
    "FormulaLengthExceedsLimit",
    "ItemNotFound",
    "InvalidArgument",
    "ApiNotFound",
    "AccessDenied",
    "GeneralException",
  ]) {
    const m = OFFICE_ERRORS[code];
    expect(m.vi).toMatch(/hãy|nhấn|bấm/i);
    expect(m.en).toMatch(/try|press|click|update|use|check|save|unprotect|wait|delete/i);
  }
});

test("Excel's own English never reaches the user: an unknown code is named, with advice", () => {
  const e = Object.assign(new Error("The operation failed because of an internal conflict."), { code: "Conflict" });
  const text = officeErrorText(e);
  expect(text.vi).toBe("Excel báo lỗi (mã Conflict). Hãy thử lại; nếu vẫn lỗi, lưu sổ làm việc rồi mở lại Excel.");
  expect(text.en).not.toContain("internal conflict");
  expect(officeErrorText(new Error("boom")).vi).not.toContain("boom");
});

describe("writes can run again after failing halfway", () => {
  test("a summary that failed halfway is replaced by the next try: the same workbook as a clean write", async () => {
    const s = summaryOf(30);
    const clean = new OfficeRig();
    await writeSummary(rigRun(clean), s, ALL_CAPABILITIES);

    const rig = new OfficeRig();
    rig.workbook.addSheet("Sheet1");
    rig.workbook.failWhen = (_a, i) => (i === 900 ? "GeneralException" : undefined);
    await expect(writeSummary(rigRun(rig), s, ALL_CAPABILITIES)).rejects.toMatchObject({ code: "GeneralException" });
    rig.workbook.failWhen = undefined;
    const again = await rig.run((c) => writeModel(c, (sheet) => layoutSummary(s, sheet), ALL_CAPABILITIES, "replace"));
    expect(again.ok).toBe(true);
    const names = (r: OfficeRig) => r.workbook.sheets.map((x) => x.name).filter((n) => n !== "Sheet1");
    expect(names(rig)).toEqual(names(clean));
    for (const sheet of names(clean)) {
      const cells = (r: OfficeRig) =>
        [...r.workbook.sheet(sheet).cells].map(([k, c]) => [k, c.value, c.formula]).sort();
      expect(cells(rig)).toEqual(cells(clean));
    }
    expect([...rig.workbook.names].sort()).toEqual([...clean.workbook.names].sort());
  });

  test("names left by sheets the user deleted by hand do not stop the next insert", async () => {
    for (const make of [() => new FakeExcel(), () => new OfficeRig()]) {
      const w = make();
      const run = w instanceof FakeExcel ? fakeRun(w) : rigRun(w);
      await insert(run, ALL_CAPABILITIES);
      // The user deletes both sheets (a blank one stays): the names outlive them.
      const book = w instanceof FakeExcel ? w : w.workbook;
      book.addSheet("Sheet1");
      book.sheets = book.sheets.filter((x) => x.name === "Sheet1") as typeof book.sheets;
      expect(book.names.size).toBeGreaterThan(0);
      const r = await insert(run, ALL_CAPABILITIES);
      expect(r.ok).toBe(true);
      expect(String(book.names.get("th_launch_sites"))).toMatch(/^'Báo cáo'!/);
    }
  });

  test("replacing the only sheets of a workbook keeps a visible sheet at every step, and leaves no placeholder", async () => {
    for (const make of [() => new FakeExcel(), () => new OfficeRig()]) {
      const w = make();
      const run = w instanceof FakeExcel ? fakeRun(w) : rigRun(w);
      await insert(run, ALL_CAPABILITIES);
      const r = await insert(run, ALL_CAPABILITIES, "replace");
      expect(r.ok).toBe(true);
      const book = w instanceof FakeExcel ? w : w.workbook;
      expect(book.sheets.map((x) => x.name)).toEqual([REPORT_SHEET, "_tonghop"]);
      expect(book.sheets.some((x) => x.name.startsWith(HOLD_SHEET))).toBe(false);
    }
  });
});

describe("marking", () => {
  /** A report with 600 findings, every fifth cell with a fill of its own; the 300th fill Excel is asked for fails. */
  async function halfwayFailing() {
    const rig = new OfficeRig();
    await insert(rigRun(rig), ALL_CAPABILITIES);
    const ws = rig.workbook.sheet(REPORT_SHEET);
    const findings = findingsOn(600);
    findings.forEach((f, i) => {
      if (i % 5 === 0) ws.cell(f.cell).fill = "#00B050";
    });
    const before = new Map(findings.map((f) => [f.cell, ws.cell(f.cell).fill]));
    let fills = 0;
    rig.workbook.failWhen = (a) =>
      a.Name === "Color" && a.ActionType === 4 && ++fills === 300 ? "GeneralException" : undefined;
    return { rig, ws, findings, before };
  }

  test("a mark that fails halfway is recorded before it began, and restored exactly", async () => {
    const { rig, ws, findings, before } = await halfwayFailing();
    let recorded: SavedFill[] = [];
    const failure = await rig
      .run((c) => markFindings(c, findings, ALL_CAPABILITIES, async (saved) => void (recorded = saved)))
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "GeneralException" });
    expect(findings.filter((f) => ws.cell(f.cell).fill === "#FFC7CE").length).toBeGreaterThan(0); // halfway
    expect(ws.protected).toBe(true);
    rig.workbook.failWhen = undefined;
    await rig.run((c) => unmarkFindings(c, recorded, ALL_CAPABILITIES));
    for (const f of findings) expect(ws.cell(f.cell).fill).toBe(before.get(f.cell));
    expect(ws.protected).toBe(true);
  });

  test("after a mark that failed halfway, Đánh dấu again then Bỏ đánh dấu puts back each cell's own fill, never red", async () => {
    const { rig, ws, findings, before } = await halfwayFailing();
    const workbook = hostOn(rig, "1.20").workbook;
    if (!workbook) throw new Error("the Excel host has no workbook actions");
    await expect(workbook.mark(findings)).rejects.toThrow(/Excel gặp lỗi khi thực hiện/);
    rig.workbook.failWhen = undefined;
    await workbook.mark(findings);
    expect(ws.cell(findings[0].cell).fill).toBe("#FFC7CE");
    expect(await workbook.unmark()).toBe(true);
    for (const f of findings) expect(ws.cell(f.cell).fill).toBe(before.get(f.cell));
  });

  test("a sheet unprotected for marking is protected again when the marking fails", async () => {
    const rig = new OfficeRig();
    await insert(rigRun(rig), ALL_CAPABILITIES);
    rig.workbook.failWhen = (a) => (a.Name === "Color" ? "AccessDenied" : undefined);
    await expect(rig.run((c) => markFindings(c, findingsOn(3), ALL_CAPABILITIES))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(rig.workbook.sheet(REPORT_SHEET).protected).toBe(true);
  });

  test("a sheet protected with a password by the user is left alone, and the user is told", async () => {
    const excel = new FakeExcel();
    await insert(fakeRun(excel), ALL_CAPABILITIES);
    const ws = excel.sheet(REPORT_SHEET);
    ws.password = "bí mật";
    const out = await markFindings(excel.context(), findingsOn(2), ALL_CAPABILITIES);
    expect(out.passwordProtected).toEqual([REPORT_SHEET]);
    expect(ws.cell("A200").format.fill).toBeUndefined();
    expect(ws.protected).toBe(true);
    expect(leftOutNote([], out.passwordProtected)?.vi).toContain("được khóa bằng mật khẩu");
  });

  test("unmarking forgets the cells of a sheet deleted since, restores the rest, and says so", async () => {
    const excel = new FakeExcel();
    await insert(fakeRun(excel), ALL_CAPABILITIES);
    const other = excel.addSheet("Ghi chú");
    other.cell("B2").format.fill = "#00FF00";
    const findings = [...findingsOn(1), { ...findingsOn(1)[0], sheet: "Ghi chú", cell: "B2" }];
    const { saved } = await markFindings(excel.context(), findings, ALL_CAPABILITIES);
    excel.sheets = excel.sheets.filter((x) => x.name !== "Ghi chú");
    const out = await unmarkFindings(excel.context(), saved, ALL_CAPABILITIES);
    expect(out.forgotten).toEqual([{ sheet: "Ghi chú", cell: "B2", color: "#00FF00" }]);
    expect(excel.sheet(REPORT_SHEET).cell("A200").format.fill).toBeUndefined();
    expect(leftOutNote(out.forgotten, [])?.vi).toMatch(/1 ô .*Ghi chú/);
  });
});

test("the fake workbook fails as Excel does while a cell is edited, and the insert goes through when asked again", async () => {
  const excel = new FakeExcel();
  excel.failNext = ["InvalidOperationInCellEditMode"];
  const waits: number[] = [];
  const deps: RunDeps = { run: (_options, batch) => batch(excel.context()), wait: async (ms) => void waits.push(ms) };
  const r = await insert((b) => runExcel(b, false, deps), ALL_CAPABILITIES);
  expect(r.ok).toBe(true);
  expect(waits).toHaveLength(1);
  expect(excel.sheets.map((s) => s.name)).toEqual([REPORT_SHEET, "_tonghop"]);
});
