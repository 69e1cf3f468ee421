// A template carried inside a report is untrusted input: a report whose
// embedded template is malformed, over a limit, has code for a rule, or was
// edited after it was written is rejected with the reason, and the good
// reports around it go through. A report of the same template id but another
// version is not mixed in. The embedded template survives LibreOffice.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TEMPLATE_SHEET } from "../../src/core/form/sheets";
import { MAX_TEMPLATE_TEXT } from "../../src/core/limits";
import { findTemplate, templateFields, type Template } from "../../src/core/templates";
import { run } from "../helpers/cli";
import { libreConvert } from "../helpers/libreoffice";
import { openpyxlCells } from "../helpers/openpyxl-cells";
import { openpyxlEdit } from "../helpers/openpyxl";
import { FORUM_OUTLINE } from "../helpers/outlines";
import { tempDir } from "../helpers/reports";
import { amount, filledReport, templateFile } from "../helpers/user-template-reports";

const dir = tempDir("tonghop-untrusted-");
const inbox = join(dir, "nhan");
mkdirSync(inbox);
let mau: string;
let template: Template;

/** A copy of `src` whose embedded template JSON is rewritten by `edit` (the hash beside it left as it was). */
function tamper(src: string, out: string, edit: (t: Record<string, unknown>) => void): void {
  const chunks = openpyxlCells(src, TEMPLATE_SHEET)
    .cells.filter((c) => /^A\d+$/.test(c.cell) && c.cell !== "A1")
    .map((c) => String(c.value));
  const t = JSON.parse(chunks.join("")) as Record<string, unknown>;
  edit(t);
  const json = JSON.stringify(t);
  const cells = [{ sheet: TEMPLATE_SHEET, cell: "A2", kind: "text" as const, value: json }];
  for (let i = 1; i < chunks.length; i++)
    cells.push({ sheet: TEMPLATE_SHEET, cell: `A${i + 2}`, kind: "text", value: "" });
  openpyxlEdit([{ src, out, cells: cells.map((c) => (c.value === "" ? { ...c, kind: "blank" as const } : c)) }]);
}

beforeAll(async () => {
  ({ file: mau, template } = await templateFile(dir, FORUM_OUTLINE));
  await filledReport(mau, "Xã Ẳng Cang", "2025-6T", join(inbox, "ang-cang.xlsx"), 2);
  await filledReport(mau, "Xã Búng Lao", "2025-6T", join(inbox, "bung-lao.xlsx"), 5);
  const good = join(inbox, "ang-cang.xlsx");
  tamper(good, join(inbox, "sai-loai.xlsx"), (t) => {
    const g = (t.tables as { groups: { fields: { kind: string }[] }[] }[])[0].groups[0];
    g.fields[0].kind = "formula";
  });
  tamper(good, join(inbox, "qua-dai.xlsx"), (t) => {
    t.name = { vi: "Mẫu " + "x".repeat(MAX_TEMPLATE_TEXT), en: "Template" };
  });
  tamper(good, join(inbox, "ma-lenh.xlsx"), (t) => {
    const message = { vi: "Lệnh", en: "Code" };
    t.rules = [
      {
        id: "r",
        left: "constructor.constructor('return process')()",
        op: ">=",
        right: "0",
        severity: "error",
        message,
      },
    ];
  });
  tamper(good, join(inbox, "da-sua.xlsx"), (t) => {
    const g = (t.tables as { groups: { fields: { id: string; label: string }[] }[] }[])[0].groups[0];
    g.fields[0].label = "Số xã (đã sửa)";
  });
  // The same template id, version 2, made with its own template file.
  const v2 = join(dir, "mau-v2.json");
  writeFileSync(v2, JSON.stringify({ ...template, version: 2 }));
  await filledReport(v2, "Xã Xuân Lao", "2025-6T", join(inbox, "xuan-lao-v2.xlsx"), 7);
});

test("bad embedded templates are rejected with their reason; the good reports are consolidated", async () => {
  const r = await run("consolidate", inbox, "--json", "--as-unit", "Huyện Mường Ảng", "--lang", "en");
  expect(r.code).toBe(1);
  const json = JSON.parse(r.out) as {
    totals: Record<string, number>;
    files: { file: string; status: string; reason: string | null }[];
  };
  const by = (name: string) => json.files.find((f) => f.file.endsWith(name))!;
  expect(["ang-cang.xlsx", "bung-lao.xlsx"].map((f) => by(f).status)).toEqual(["included", "included"]);
  expect(by("sai-loai.xlsx")).toMatchObject({ status: "rejected" });
  expect(by("sai-loai.xlsx").reason).toContain("stored in the report is damaged or over a limit");
  expect(by("sai-loai.xlsx").reason).toContain("kind");
  expect(by("qua-dai.xlsx").reason).toContain(
    `name.vi: text of ${MAX_TEMPLATE_TEXT + 4} characters, at most ${MAX_TEMPLATE_TEXT}; Ask`.replace("; Ask", ". Ask"),
  );
  expect(by("ma-lenh.xlsx").reason).toContain("rules.0.left");
  expect(by("da-sua.xlsx").reason).toContain("was altered");
  expect(by("xuan-lao-v2.xlsx").status).toBe("rejected");
  expect(by("xuan-lao-v2.xlsx").reason).toMatch(
    /uses template ".*" 2 \([0-9a-f]{8}\), not 1 \([0-9a-f]{8}\) being consolidated/,
  );
  for (const f of templateFields(template)) expect([f.id, json.totals[f.id]]).toEqual([f.id, amount(f.kind, 2 + 5)]);
  // validate says the same of each file, and exits 2 for the unreadable ones.
  const v = await run("validate", join(inbox, "da-sua.xlsx"), join(inbox, "ang-cang.xlsx"));
  expect(v.code).toBe(2);
  expect(v.out).toContain("đã bị sửa");
});

test("the embedded template survives a LibreOffice round trip: the re-saved report is checked and consolidated", async () => {
  const lo = join(dir, "lo");
  mkdirSync(lo);
  const [resaved] = libreConvert([join(inbox, "bung-lao.xlsx")], "xlsx", lo);
  copyFileSync(join(inbox, "ang-cang.xlsx"), join(lo, "ang-cang.xlsx"));
  const v = await run("validate", resaved, "--json");
  expect((JSON.parse(v.out) as { template: string; errors: unknown[] }[]).map((x) => [x.template, x.errors])).toEqual([
    [template.id, []],
  ]);
  expect(v.code).toBe(0);
  const r = await run("consolidate", lo, "--json", "--as-unit", "Huyện Mường Ảng");
  const json = JSON.parse(r.out) as { totals: Record<string, number>; files: { status: string }[] };
  expect(json.files.map((f) => f.status)).toEqual(["included", "included"]);
  for (const f of templateFields(template)) expect(json.totals[f.id]).toBe(amount(f.kind, 7));
});

test("a carried template longer than one cell (several chunks) survives LibreOffice too", async () => {
  const long = join(dir, "cong-tac-tre-em-tinh.json");
  writeFileSync(long, JSON.stringify({ ...findTemplate("cong-tac-tre-em"), id: "cong-tac-tre-em-tinh" }));
  const made = join(dir, "long.xlsx");
  const args = ["--unit-name", "Xã Sơn Hạ", "--period", "2024", "--report-date", "05/7/2024"];
  expect((await run("new", "--template", long, "--out", made, ...args)).code).toBe(0);
  expect(openpyxlCells(made, TEMPLATE_SHEET).cells.filter((c) => /^A\d+$/.test(c.cell)).length).toBeGreaterThan(2);
  mkdirSync(join(dir, "lo-long"));
  const [resaved] = libreConvert([made], "xlsx", join(dir, "lo-long"));
  const v = await run("validate", resaved, "--json");
  expect((JSON.parse(v.out) as { template: string }[]).map((x) => x.template)).toEqual(["cong-tac-tre-em-tinh"]);
});
