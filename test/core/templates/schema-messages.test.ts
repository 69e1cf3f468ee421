// A template file with mistakes (tonghop template check, --template, the pane's outline box) is answered in the
// author's words: each problem at its place, in Vietnamese with its English twin, never zod's English inside the
// Vietnamese line.
import { findTemplate, type Template } from "../../../src/core/templates";
import { parseUserTemplate } from "../../../src/core/templates/user-template";

/** The built-in template as a user's file would hold it, changed by `edit` (which may break its types). */
function templateFile(edit: (t: Template) => void): string {
  const t = JSON.parse(JSON.stringify(findTemplate("thang-hanh-dong"))) as Template;
  edit(t);
  return JSON.stringify(t);
}
const ZOD_ENGLISH = /Invalid|expected|received|Too small|Too big|Unrecognized/;

function problems(text: string) {
  const r = parseUserTemplate(text);
  if (r.ok) throw new Error("the template was accepted");
  for (const p of r.problems) expect(p.vi).not.toMatch(ZOD_ENGLISH);
  return { vi: r.problems.map((p) => p.vi), en: r.problems.map((p) => p.en) };
}

test("values of the wrong kind, missing or empty are named in Vietnamese, with the English twin", () => {
  const p = problems(
    templateFile((t) => {
      t.version = 0;
      t.title = "";
      Reflect.set(t, "name", "Tháng hành động");
      Reflect.deleteProperty(t.tables[0].groups[0].fields[0], "label");
      Reflect.set(t.tables[0].groups[0].fields[1], "kind", "percent");
      t.tables[0].groups[1].fields[0].id = "Tre_em";
    }),
  );
  expect(p.vi).toEqual(
    expect.arrayContaining([
      "Mẫu không hợp lệ tại version: cần từ 1 trở lên",
      "Mẫu không hợp lệ tại title: không được để trống",
      "Mẫu không hợp lệ tại name: cần một nhóm { … }",
      "Mẫu không hợp lệ tại tables.0.groups.0.fields.0.label: thiếu, cần có",
      'Mẫu không hợp lệ tại tables.0.groups.0.fields.1.kind: chỉ được là một trong: "count", "money"',
      'Mẫu không hợp lệ tại tables.0.groups.1.fields.0.id: mã chỉ tiêu chỉ gồm chữ thường không dấu (a–z), chữ số và "_", bắt đầu bằng một chữ',
    ]),
  );
  expect(p.en).toContain("The template is not valid at version: must be at least 1");
  expect(p.en).toContain("The template is not valid at tables.0.groups.0.fields.0.label: missing, required");
});

test("a repeated field id, a rule over an unknown field and an unreadable expression are named in Vietnamese", () => {
  const p = problems(
    templateFile((t) => {
      t.tables[0].groups[0].fields[1].id = t.tables[0].groups[0].fields[0].id;
      t.rules[0].left = "gifts_funds /";
      t.rules[1].cell = "tang_qua";
    }),
  );
  const first = findTemplate("thang-hanh-dong")!.tables[0].groups[0].fields[0].id;
  expect(p.vi).toEqual(
    expect.arrayContaining([
      `Mẫu không hợp lệ tại tables.0.groups.0.fields.1.id: mã chỉ tiêu "${first}" bị trùng: mỗi chỉ tiêu cần một mã riêng`,
      'Mẫu không hợp lệ tại rules.0.left: không đọc được biểu thức "gifts_funds /": chỉ dùng mã chỉ tiêu, số, + - * / và ngoặc đơn',
      'Mẫu không hợp lệ tại rules.1.cell: không có chỉ tiêu mã "tang_qua"',
    ]),
  );
  expect(p.en).toContain('The template is not valid at rules.1.cell: unknown field "tang_qua"');
});

test("a template file that is not JSON says the line and column where to look, in Vietnamese", () => {
  const missingComma = '{\n  "id": "mau",\n  "version": 1\n  "title": "BÁO CÁO"\n}';
  const r = parseUserTemplate(missingComma);
  expect(r.ok).toBe(false);
  const [p] = r.ok ? [] : r.problems;
  expect(p.vi).toContain("Tệp mẫu không phải JSON hợp lệ (lỗi ở dòng 4, cột 3)");
  expect(p.vi).not.toMatch(/Expected|position/);
  expect(p.en).toContain("line 4, column 3");
  const cutShort = parseUserTemplate('{\n  "id": "mau",\n  "sections": [');
  expect(cutShort.ok ? "" : cutShort.problems[0].vi).toContain("(lỗi ở dòng 3, cột 16)");
});

describe("a template file with the commonest JSON slips says where to look, never the JSON reader's words", () => {
  const V8_WORDS = /Expected|Unexpected|position|JSON at|\^/;
  const slip = (text: string) => {
    const r = parseUserTemplate(text);
    if (r.ok) throw new Error("the text was accepted");
    const [p] = r.problems;
    expect(p.vi).not.toMatch(V8_WORDS);
    expect(p.en).not.toMatch(V8_WORDS);
    return p;
  };

  test("a comma left after the last item of a list points at that comma", () => {
    const p = slip('{\n  "id": "mau",\n  "sections": [\n    { "heading": "I" },\n  ]\n}');
    expect(p.vi).toContain("(lỗi ở dòng 4, cột 23): thừa dấu phẩy ngay trước dấu ngoặc đóng");
    expect(p.en).toContain("(error at line 4, column 23): an extra comma right before a closing");
  });

  test("a comma left after the last key of an object points at that comma", () => {
    const p = slip('{\n  "id": "mau",\n  "version": 1,\n}');
    expect(p.vi).toContain("(lỗi ở dòng 3, cột 15): thừa dấu phẩy");
    expect(p.en).toContain("(error at line 3, column 15): an extra comma");
  });

  test.each([[""], [" \r\n\t"]])("an empty file (%j) says it is empty and what to do", (text) => {
    const p = slip(text);
    expect(p.vi).toContain("Tệp mẫu trống (không có nội dung). Kiểm tra đã chọn đúng tệp mẫu");
    expect(p.vi).not.toMatch(/dòng|cột/);
    expect(p.en).toContain(
      "The template file is empty (it has no content). Check that you chose the right template file",
    );
  });
});
