// The definition workbook: export then import gives back the same template,
// also after LibreOffice re-saves it; drop-downs sit on the fixed-value
// columns (read by openpyxl); a mistake typed into it by another program is
// named by its sheet and cell.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { builtInTemplates, type Template } from "../../../src/core/templates";
import { SHEETS } from "../../../src/core/definition/columns";
import { templateFromDefinition } from "../../../src/core/definition/read";
import { definitionModel } from "../../../src/core/definition/write";
import { templateFromOutline } from "../../../src/core/templates/outline";
import { readXlsx } from "../../../src/xlsx/read";
import { renderXlsx } from "../../../src/xlsx/write";
import { libreConvert } from "../../helpers/libreoffice";
import { openpyxlCells } from "../../helpers/openpyxl-cells";
import { openpyxlEdit, type CellEdit } from "../../helpers/openpyxl";
import { DROWNING_OUTLINE, FORUM_OUTLINE } from "../../helpers/outlines";
import { readFileSync } from "node:fs";
import { tempDir } from "../../helpers/reports";

const dir = tempDir("tonghop-definition-");
const forum = templateFromOutline(FORUM_OUTLINE).template as Template;
const drowning = templateFromOutline(DROWNING_OUTLINE).template as Template;
const all: Template[] = [...builtInTemplates(), forum, drowning];

async function exported(t: Template): Promise<string> {
  const file = join(dir, `${t.id}.xlsx`);
  writeFileSync(file, await renderXlsx(definitionModel(t)));
  return file;
}
const importFile = (file: string) => templateFromDefinition(readXlsx(readFileSync(file)));

test.each(all.map((t) => [t.id, t] as const))("%s: export then import gives back the same template", async (_id, t) => {
  const back = importFile(await exported(t));
  expect(back.problems).toEqual([]);
  expect(back.template).toEqual(t);
});

test("the same after LibreOffice Calc re-saves every definition workbook", async () => {
  const files = await Promise.all(all.map(exported));
  const resaved = libreConvert(files, "xlsx");
  resaved.forEach((f, i) => expect(importFile(f)).toEqual({ template: all[i], problems: [] }));
});

test("fixed-value columns offer drop-downs, as openpyxl reads them", async () => {
  const file = await exported(builtInTemplates()[0]);
  const fields = openpyxlCells(file, SHEETS.fields);
  const kind = fields.validations.find((v) => v.sqref.split(" ").includes("E2"));
  expect(kind).toMatchObject({ type: "list", formula1: '"số đếm,tiền"' });
  expect(kind?.sqref.split(" ")).toContain("E110"); // rows users add below still get it
  const rules = openpyxlCells(file, SHEETS.rules);
  expect(rules.validations.map((v) => v.formula1)).toEqual(
    expect.arrayContaining(['"lỗi,cảnh báo"', '"<,<=,>,>=,=,!="']),
  );
  expect(openpyxlCells(file, SHEETS.info).cells).toContainEqual(
    expect.objectContaining({ cell: "B2", value: "thang-hanh-dong" }),
  );
});

describe("a mistake typed in another program is named by sheet and cell", () => {
  const t = builtInTemplates()[0];
  const edited = async (name: string, cells: CellEdit[], delete_sheets?: string[]) => {
    const [out] = openpyxlEdit([{ src: await exported(t), out: join(dir, `${name}.xlsx`), cells, delete_sheets }]);
    return importFile(out);
  };

  test("a kind that is not a word of the list", async () => {
    const r = await edited("kind", [{ sheet: SHEETS.fields, cell: "E3", kind: "text", value: "phần trăm" }]);
    expect(r.template).toBeUndefined();
    expect(r.problems.map((p) => [p.sheet, p.cell])).toEqual([[SHEETS.fields, "E3"]]);
    expect(r.problems[0].message.vi).toContain("số đếm, tiền");
  });

  test("a rule over a field that does not exist, and a field id used twice", async () => {
    const r = await edited("rule", [
      { sheet: SHEETS.rules, cell: "B4", kind: "text", value: "launch_sitez" },
      { sheet: SHEETS.fields, cell: "D3", kind: "text", value: "launch_sites" },
    ]);
    expect(r.problems.map((p) => [p.sheet, p.cell])).toEqual(
      expect.arrayContaining([
        [SHEETS.rules, "B4"],
        [SHEETS.fields, "D3"],
      ]),
    );
    expect(r.problems.find((p) => p.cell === "B4")?.message.en).toContain('unknown field "launch_sitez"');
  });

  test("a blank required cell names its column as the workbook heads it", async () => {
    // The first rate's numerator (Tỷ lệ!D2) of cong-tac-tre-em, left blank.
    const withRates = builtInTemplates().find((x) => x.tables.some((tb) => tb.rates.length > 0)) ?? t;
    const [out] = openpyxlEdit([
      {
        src: await exported(withRates),
        out: join(dir, "blank-numerator.xlsx"),
        cells: [{ sheet: SHEETS.rates, cell: "D2", kind: "blank" }],
      },
    ]);
    const r = importFile(out);
    const problem = r.problems.find((p) => p.sheet === SHEETS.rates && p.cell === "D2");
    expect(problem?.message.vi).toBe('Ô này cần có "Tử số (mã chỉ tiêu)".');
  });

  test("a condition that cannot be read, a deadline day that is not a number, a missing sheet", async () => {
    const r = await edited(
      "misc",
      [
        { sheet: SHEETS.rules, cell: "F2", kind: "text", value: "launch_children lớn hơn 0" },
        { sheet: SHEETS.deadlines, cell: "C3", kind: "text", value: "mười" },
      ],
      [SHEETS.sections],
    );
    expect(r.problems.map((p) => [p.sheet, p.cell])).toEqual(
      expect.arrayContaining([
        [SHEETS.rules, "F2"],
        [SHEETS.deadlines, "C3"],
        [SHEETS.sections, "A1"],
      ]),
    );
  });
});
