// Issue 14's done-when: an outline becomes a template file, reports made from
// it are filled by openpyxl by their printed headers, checked, and consolidated
// after the template file is deleted — each report carries its template.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPORT_SHEET } from "../../src/core/form/sheets";
import type { Template } from "../../src/core/templates";
import { run } from "../helpers/cli";
import { openpyxlByHeaders, type PrintedField } from "../helpers/openpyxl";
import { DROWNING_OUTLINE, FORUM_OUTLINE } from "../helpers/outlines";
import { tempDir } from "../helpers/reports";

const UNITS = ["Xã Ẳng Cang", "Xã Búng Lao", "Xã Xuân Lao"];

/** Each field of the template as printed, with a value unit `u` types (money in đồng, counts small). */
function typed(t: Template, u: number): PrintedField[] {
  return t.tables.flatMap((table) =>
    table.groups.flatMap((g) =>
      g.fields.map((f, i) => ({
        ...(g.label ? { group: g.label } : {}),
        label: f.label,
        value: f.kind === "money" ? 1_000_000 * (u + 1) + 50_000 * i : 3 * (u + 1) + i,
      })),
    ),
  );
}

describe.each([
  ["forum", FORUM_OUTLINE, "2025-6T"],
  ["drowning", DROWNING_OUTLINE, "2025"],
])("outline '%s' → template → reports → validate → consolidate without the template file", (name, outline, period) => {
  const dir = tempDir(`tonghop-carried-${name}-`);
  const inbox = join(dir, "nhan");
  mkdirSync(inbox);
  const mau = join(dir, "mau.json");
  let template: Template;
  const filled: string[] = [];

  beforeAll(async () => {
    writeFileSync(join(dir, "de-cuong.txt"), outline);
    expect((await run("template", "from-outline", join(dir, "de-cuong.txt"), "--out", mau)).code).toBeLessThan(2);
    template = JSON.parse(readFileSync(mau, "utf8")) as Template;
    for (const [u, unit] of UNITS.entries()) {
      const blank = join(dir, `blank-${u}.xlsx`);
      const args = ["--unit-name", unit, "--period", period, "--report-date", "05/7/2025"];
      expect((await run("new", "--template", mau, "--out", blank, ...args)).code).toBe(0);
      filled.push(join(inbox, `bao-cao-${u}.xlsx`));
      openpyxlByHeaders(blank, REPORT_SHEET, typed(template, u), filled[u]);
    }
  });

  test("validate finds no errors, with or without the template file", async () => {
    const withFile = await run("validate", ...filled, "--template", mau, "--json");
    rmSync(mau);
    const carried = await run("validate", ...filled, "--json");
    for (const r of [withFile, carried]) {
      expect(r.err).toBe("");
      const results = JSON.parse(r.out) as { template: string; errors: unknown[] }[];
      expect(results.map((x) => [x.template, x.errors])).toEqual(UNITS.map(() => [template.id, []]));
    }
    expect(carried.code).toBe(0);
  });

  test("consolidate gives the sums typed, in --json and on the summary's report sheet; the summary consolidates again", async () => {
    rmSync(mau, { force: true });
    const out = join(dir, "tong-hop.xlsx");
    const r = await run("consolidate", inbox, "--out", out, "--as-unit", "Huyện Mường Ảng", "--json");
    const json = JSON.parse(r.out) as {
      template: string;
      templateVersion: number;
      templateHash: string;
      totals: Record<string, number>;
      files: { status: string }[];
    };
    expect(json.files.map((f) => f.status)).toEqual(UNITS.map(() => "included"));
    expect([json.template, json.templateVersion]).toEqual([template.id, template.version]);
    expect(json.templateHash).toMatch(/^[0-9a-f]{64}$/);
    const sums = typed(template, 0).map((_, i) =>
      UNITS.reduce((s, _u, u) => s + (typed(template, u)[i].value ?? 0), 0),
    );
    const ids = template.tables.flatMap((t) => t.groups.flatMap((g) => g.fields.map((f) => f.id)));
    expect(ids.map((id) => json.totals[id])).toEqual(sums);
    // The summary's report sheet, read by its headers by openpyxl.
    const printed = openpyxlByHeaders(
      out,
      REPORT_SHEET,
      typed(template, 0).map(({ group, label }) => ({ group, label })),
    );
    expect(printed.map((c) => c.value)).toEqual(sums);
    // One level up: the summary carries the template too.
    const up = join(dir, "tinh");
    mkdirSync(up);
    copyFileSync(out, join(up, "huyen.xlsx"));
    const r2 = await run("consolidate", up, "--json", "--as-unit", "Sở Y tế", "--level", "tinh");
    const json2 = JSON.parse(r2.out) as { totals: Record<string, number>; files: { status: string }[] };
    expect(json2.files.map((f) => f.status)).toEqual(["included"]);
    expect(ids.map((id) => json2.totals[id])).toEqual(sums);
  });
});
