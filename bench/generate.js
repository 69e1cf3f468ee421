// Generates N distinct unit workbooks fast: one report is rendered by tonghop
// with marker values, then each unit's copy patches its name and numbers into
// the parts and re-zips them. Some units carry findings (a negative count, money
// in triệu đồng, a number typed as text), as real batches do.
const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");
const { mkdirSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { findTemplate, templateFields } = require("../lib/core/templates");
const { layoutReport } = require("../lib/core/layout/report");
const { renderXlsxSync } = require("../lib/xlsx/write");
const { monthOfActionValues } = require("../lib/demo/samples");

const MARK = 900000000;
const UNIT = "ZZUNITZZ";

function base() {
  const t = findTemplate("thang-hanh-dong");
  const fields = templateFields(t).map((f) => f.id);
  const values = Object.fromEntries(fields.map((f, i) => [f, MARK + i + 1]));
  const meta = {
    templateId: t.id,
    templateVersion: t.version,
    unitName: UNIT,
    level: "xa",
    period: "2024",
    reportDate: "2024-07-01",
  };
  const layout = layoutReport(t, meta, { values });
  const parts = unzipSync(renderXlsxSync(layout.model));
  const cells = fields.map((f) => ({
    field: f,
    sheet: layout.fields[f].sheet,
    row: layout.fields[f].row,
    col: layout.fields[f].col,
  }));
  return { parts, fields, cells };
}

/** Writes N files into dir; returns the cell addresses peers should sum. */
function generate(n, dir) {
  mkdirSync(dir, { recursive: true });
  const { parts, fields, cells } = base();
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  const metaSheet = strFromU8(parts["xl/worksheets/sheet2.xml"]);
  for (let i = 0; i < n; i++) {
    const name = `Xã Thử Nghiệm ${String(i + 1).padStart(5, "0")}`;
    const v = monthOfActionValues(i + 1);
    let xml = sheet.split(UNIT.toUpperCase()).join(name.toUpperCase()).split(UNIT).join(name);
    fields.forEach((f, k) => {
      let value = String(v[f]);
      let cell = `<v>${value}</v>`;
      if (i % 20 === 3 && f === "works_new") cell = "<v>-1</v>";
      else if (i % 20 === 7 && f === "scholarships_funds") cell = `<v>${Math.round(v[f] / 1e6) || 1}</v>`;
      else if (i % 20 === 11 && f === "gifts_funds") cell = null;
      const marker = `<v>${MARK + k + 1}</v>`;
      if (cell === null) {
        // A number typed as text: an inline string cell.
        const re = new RegExp(`(<c r="[A-Z]+\\d+" s="\\d+")>${marker}</c>`);
        xml = xml.replace(re, `$1 t="inlineStr"><is><t>${Number(value).toLocaleString("de-DE")}</t></is></c>`);
      } else xml = xml.replace(marker, cell);
    });
    const files = {
      ...parts,
      "xl/worksheets/sheet1.xml": strToU8(xml),
      "xl/worksheets/sheet2.xml": strToU8(metaSheet.split(UNIT).join(name)),
    };
    writeFileSync(join(dir, `don-vi-${String(i + 1).padStart(5, "0")}.xlsx`), zipSync(files, { level: 6 }));
  }
  return cells;
}

module.exports = { generate };
