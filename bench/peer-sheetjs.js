// Peer: SheetJS (the fastest general JavaScript reader) opens each file and
// sums the same cells. Prints JSON.
const XLSX = require("@e965/xlsx");
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");

const [dir, cellsJson] = process.argv.slice(2);
const cells = JSON.parse(cellsJson);
const t0 = process.hrtime.bigint();
let launchSites = 0;
let n = 0;
for (const name of readdirSync(dir).filter((x) => x.endsWith(".xlsx"))) {
  const wb = XLSX.read(readFileSync(join(dir, name)));
  const ws = wb.Sheets[cells[0].sheet];
  for (const c of cells) {
    const v = ws[XLSX.utils.encode_cell({ r: c.row - 1, c: c.col - 1 })]?.v;
    if (c.field === "launch_sites" && typeof v === "number") launchSites += v;
  }
  n++;
}
process.stdout.write(
  JSON.stringify({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, files: n, launch_sites: launchSites }) + "\n",
);
