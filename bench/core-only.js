// The project's core without I/O: the files' bytes are read first (not timed),
// then parse → extract → validate → consolidate is timed. Prints JSON.
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const { readReportBytes } = require("../lib/xlsx/report-file");
const { consolidate } = require("../lib/core/consolidate");

const dir = process.argv[2];
const names = readdirSync(dir).filter((n) => n.endsWith(".xlsx"));
const files = names.map((n) => ({ name: n, bytes: readFileSync(join(dir, n)) }));
const t0 = process.hrtime.bigint();
const units = files.map((f) => ({
  file: f.name,
  sha256: String(f.bytes.length),
  read: readReportBytes(f.bytes, f.name),
}));
const summary = consolidate(units, { consolidatingUnit: { name: "Huyện Thử Nghiệm", level: "huyen" } });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(
  JSON.stringify({
    seconds,
    files: names.length,
    included: summary.units.length,
    launch_sites: summary.totals.launch_sites,
    rssMB: process.memoryUsage().rss / 1048576,
  }) + "\n",
);
