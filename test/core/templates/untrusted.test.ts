// Outlines and definition workbooks come from users: whatever they hold, the
// readers never throw, a template comes back only when nothing is wrong, and
// every problem says where (a line; a sheet and a cell).
import fc from "fast-check";
import { MemorySheet, type CellGrid } from "../../../src/core/read/grid";
import { builtInTemplates, TemplateSchema } from "../../../src/core/templates";
import { templateFromDefinition } from "../../../src/core/definition/read";
import { definitionModel } from "../../../src/core/definition/write";
import { templateFromOutline } from "../../../src/core/templates/outline";
import { checkTemplateLimits } from "../../../src/core/templates/user-template";
import { SEED_000_OUTLINE } from "../../helpers/outlines";

const piece = fc.oneof(
  fc.constantFrom(
    "I. KẾT QUẢ",
    "II.",
    "1. Chỉ đạo",
    " - a) Ngân sách",
    "4.1. Tiểu mục",
    "",
    "Đề cương",
    "BÁO CÁO NĂM 2024",
  ),
  fc.constantFrom(
    "Biểu 1. Số liệu",
    "STT\tSố xã",
    "Nhóm A\t\tNhóm B\t",
    "Số\tKinh phí\tSố\tKinh phí",
    "(1)\t(2)",
    "\t\t\t",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc
    .array(fc.string({ unit: fc.constantFrom("a", "đ", " ", "\u0007", "\u0000", "(", "1"), maxLength: 12 }), {
      maxLength: 6,
    })
    .map((cells) => cells.join("\t")),
  fc.string({ unit: "binary", maxLength: 20 }).map((s) => `2. ${s}`),
);

test("any outline text: no exception, a valid template or an error, problems with line numbers", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (lines, withSeed) => {
      const text = (withSeed ? [...lines, SEED_000_OUTLINE] : lines).join("\n");
      const r = templateFromOutline(text);
      const errors = r.problems.filter((p) => p.severity === "error");
      expect(Boolean(r.template)).toBe(errors.length === 0);
      if (r.template) {
        expect(TemplateSchema.safeParse(r.template).success).toBe(true);
        expect(checkTemplateLimits(r.template)).toEqual([]);
      }
      const count = text.split(/\r\n|\r|\n/).length;
      for (const p of r.problems) expect(p.line >= 1 && p.line <= count).toBe(true);
    }),
    { numRuns: 300 },
  );
});

/** A definition workbook as a grid, straight from its model (no file in between). */
function gridOf(model: ReturnType<typeof definitionModel>): { grid: CellGrid; sheets: Map<string, MemorySheet> } {
  const sheets = new Map<string, MemorySheet>();
  for (const s of model.sheets) {
    const m = new MemorySheet(s.name);
    for (const c of s.cells) {
      if (typeof c.value === "string") m.set(c.row, c.col, { value: { t: "s", v: c.value } });
      else if (typeof c.value === "number") m.set(c.row, c.col, { value: { t: "n", v: c.value } });
    }
    sheets.set(s.name, m);
  }
  return { grid: { sheetNames: [...sheets.keys()], sheet: (n) => sheets.get(n), names: new Map() }, sheets };
}

test("any edit of a definition workbook's cells: no exception, and every problem names a sheet and cell", () => {
  const model = definitionModel(builtInTemplates()[0]);
  const names = model.sheets.map((s) => s.name);
  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom("", "tiền", "lỗi", "xã, tỉnh", "a > ", "launch_sites", "I.1", "0", "-3", "=1+1"),
    fc.integer({ min: -5, max: 100_000 }),
  );
  const edit = fc.record({
    sheet: fc.constantFrom(...names),
    row: fc.integer({ min: 1, max: 30 }),
    col: fc.integer({ min: 1, max: 11 }),
    value,
  });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
      const { grid, sheets } = gridOf(model);
      for (const e of edits) {
        const v = e.value;
        sheets.get(e.sheet)?.set(e.row, e.col, { value: typeof v === "number" ? { t: "n", v } : { t: "s", v } });
      }
      const r = templateFromDefinition(grid);
      expect(Boolean(r.template)).toBe(r.problems.length === 0);
      for (const p of r.problems) {
        expect(names).toContain(p.sheet);
        expect(p.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      }
    }),
    { numRuns: 200 },
  );
});
