// Whatever files arrive, reading them on 1, 2, 3 or 4 reader threads gives the
// same files in the same order, and consolidating them the same summary: the
// --json output and every cell of the summary workbook, read back by SheetJS. Runs the compiled CLI (lib/), as threads do.
/* eslint-disable @typescript-eslint/no-require-imports -- the threads run the compiled CLI in lib/, so the test loads it too */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import { monthOfActionValues } from "../../src/demo/samples";
import { metaFor, template, tempDir, writeReport } from "../helpers/reports";

const { main } = require("../../lib/cli/main") as typeof import("../../src/cli/main");
const { readUnitFiles } = require("../../lib/cli/parallel-read") as typeof import("../../src/cli/parallel-read");
const { collectPaths } = require("../../lib/cli/inputs") as typeof import("../../src/cli/inputs");

const t = template("thang-hanh-dong");
const dir = tempDir("tonghop-threads-");
const pool: string[] = [];

beforeAll(async () => {
  const src = join(dir, "pool");
  mkdirSync(src);
  const w = (file: string, unitName: string, values: Record<string, number | string>, reportDate = "2024-07-01") =>
    writeReport(src, file, t, metaFor(t, { unitName, reportDate, period: reportDate.slice(0, 4) }), { values });
  pool.push(
    await w("ang-cang.xlsx", "Xã Ẳng Cang", monthOfActionValues(1)),
    await w("ang-nua.xlsx", "Xã Ẳng Nưa", { ...monthOfActionValues(2), launch_children: "12 vụ" }),
    await w("ang-to.xlsx", "Xã Ẳng Tở", { ...monthOfActionValues(3), funds_state: "15tr" }),
    await w("ang-cang-khac.xlsx", "Xã Ẳng Cang", monthOfActionValues(9)), // same unit and date, other figures
    await w("xuan-lao-cu.xlsx", "Xã Xuân Lao", monthOfActionValues(4), "2024-06-20"),
    await w("xuan-lao.xlsx", "Xã Xuân Lao", monthOfActionValues(5), "2024-07-05"),
    await w("bung-lao-2023.xlsx", "Xã Búng Lao", monthOfActionValues(6), "2023-07-01"),
  );
  await w("muong-lan.xlsx", "Xã Mường Lạn", monthOfActionValues(7));
  await w("ngoi-cay.xlsx", "Xã Ngối Cáy", monthOfActionValues(8));
  const zip = join(src, "nhan-duoc.zip");
  const py = "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n";
  execFileSync("/usr/bin/python3", [
    "-c",
    py + "    for f in sys.argv[2:]: z.write(f, f.split('/')[-1])",
    zip,
    join(src, "muong-lan.xlsx"),
    join(src, "ngoi-cay.xlsx"),
  ]);
  const damaged = join(src, "hong.xlsx");
  writeFileSync(damaged, readFileSync(pool[0]).subarray(0, 3000));
  const notReport = join(src, "ghi-chu.xlsx");
  writeFileSync(notReport, "Kính gửi UBND huyện");
  const empty = join(src, "rong.xlsx");
  writeFileSync(empty, "");
  pool.push(zip, damaged, notReport, empty);
  writeFileSync(
    join(dir, "roster.csv"),
    "name\n" +
      ["Ẳng Cang", "Ẳng Nưa", "Ẳng Tở", "Xuân Lao", "Búng Lao", "Mường Lạn", "Ngối Cáy", "Ẳng Đăng"].join("\n"),
  );
});

/** Cell values and formulas of every sheet, as SheetJS reads them. */
function cells(path: string): Record<string, Record<string, unknown>> {
  const wb = XLSX.read(readFileSync(path));
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of wb.SheetNames) {
    const sheet = wb.Sheets[name];
    out[name] = {};
    for (const [addr, cell] of Object.entries(sheet))
      if (!addr.startsWith("!")) out[name][addr] = [(cell as XLSX.CellObject).v, (cell as XLSX.CellObject).f];
  }
  return out;
}

async function consolidateOn(threads: number, inputs: string, out: string) {
  let json = "";
  let err = "";
  const args = ["consolidate", inputs, "--out", out, "--roster", join(dir, "roster.csv"), "--deadline", "01/07/2024"];
  const code = await main(
    [...args, "--as-unit", "Huyện Mường Ảng", "--json", "--lang", "en", "--threads", `${threads}`],
    {
      out: (s) => (json += s),
      // What differs on purpose: the output's name, and the note that more threads than cores gain nothing.
      err: (s) => (err += s.startsWith(`--threads ${threads} is more than`) ? "" : s.replace(out, "")),
    },
  );
  // Nothing to consolidate is exit 2 and one line, no summary.
  return { code, err, json: json && (JSON.parse(json) as unknown), cells: existsSync(out) ? cells(out) : null };
}

let run = 0;
test("reading and consolidating on 1, 2, 3 or 4 reader threads give the same files and summary, whatever the files", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.nat(pool.length - 1), { minLength: 2, maxLength: 9 }), async (picks) => {
      // Each pick is a file a unit sent; the same file picked twice is a copy under another name.
      const inputs = join(dir, `run-${++run}`);
      mkdirSync(inputs);
      picks.forEach((p, i) =>
        copyFileSync(pool[p], join(inputs, `${String(i).padStart(2, "0")}-${basename(pool[p])}`)),
      );
      const paths = collectPaths([inputs]).files;
      const read = async (threads: number) => {
        const intake = await readUnitFiles(paths, () => undefined, { threads });
        return { files: intake.files.map((u) => u.file), all: JSON.stringify(intake) };
      };
      const oneRead = await read(1);
      const one = await consolidateOn(1, inputs, join(dir, `run-${run}-1.xlsx`));
      for (const threads of [2, 3, 4]) {
        const manyRead = await read(threads);
        expect(manyRead.files).toEqual(oneRead.files);
        expect(manyRead.all === oneRead.all).toBe(true);
        const many = await consolidateOn(threads, inputs, join(dir, `run-${run}-${threads}.xlsx`));
        expect(many).toEqual(one);
      }
    }),
    { numRuns: 4 },
  );
});
