// What `npm run bench` prints and records for the sizes it ran (bench.js):
// the table, a line of the history in bench/README.md, and results.json's sizes.
const pad = (x, w) => String(x).padStart(w);

function row(name, n, m) {
  const perSecond = Math.round(n / m.seconds);
  return `${name.padEnd(34)} ${pad(m.seconds.toFixed(2), 8)} ${pad(perSecond, 9)} ${pad(m.cpu.toFixed(2), 7)} ${pad(m.rssMB.toFixed(0), 12)}  ${m.runs}`;
}

function table(results) {
  const lines = [];
  const head = `${"".padEnd(34)} ${pad("wall s", 8)} ${pad("files/s", 9)} ${pad("cpu s", 7)} ${pad("peak RSS MB", 12)}  runs`;
  for (const r of results) {
    const [cli, , openpyxl, sheetjs, lower] = r.rows;
    const agree =
      r.totalsAgree === undefined ? "" : `; peers' totals ${r.totalsAgree ? "agree" : "DIFFER"} with tonghop's`;
    lines.push(
      `\nN = ${r.n} files (median of runs${agree})`,
      head,
      row(cli.name, r.n, cli),
      row(r.json.name, r.n, r.json),
    );
    for (const m of r.rows.slice(1)) lines.push(row(m.name, r.n, m));
    if (lower)
      lines.push(
        `ratios: openpyxl/tonghop ${(openpyxl.seconds / cli.seconds).toFixed(1)}×, SheetJS/tonghop ${(sheetjs.seconds / cli.seconds).toFixed(1)}×, tonghop/lower bound ${(cli.seconds / lower.seconds).toFixed(1)}×`,
      );
    if (r.threads.length) {
      lines.push(`reader threads (tonghop consolidate --threads T, the whole command):`);
      for (const t of r.threads) lines.push(row(`  ${t.threads} thread${t.threads > 1 ? "s" : ""}`, r.n, t));
    }
  }
  return lines.join("\n");
}

/** One size as the history in bench/README.md keeps it. */
function historyLine(r) {
  const [cli, core, openpyxl, sheetjs, lower] = r.rows;
  const s = (m) => `${m.seconds.toFixed(2)} s`;
  const parts = [`N=${r.n}: tonghop ${s(cli)} / ${cli.rssMB.toFixed(0)} MB, with --json ${r.json.rssMB.toFixed(0)} MB`];
  if (lower)
    parts.push(`core ${s(core)}`, `openpyxl ${s(openpyxl)}`, `SheetJS ${s(sheetjs)}`, `lower bound ${s(lower)}`);
  if (r.threads.length)
    parts.push(
      "threads " +
        r.threads
          .map((t) => `${t.threads}: ${s(t)} (${Math.round(r.n / t.seconds)} files/s, cpu ${t.cpu.toFixed(1)} s)`)
          .join(", "),
    );
  return parts.join("; ");
}

const measured = (n, { name, seconds, cpu, rssMB, runs }) => ({
  name,
  seconds,
  cpuSeconds: cpu,
  rssMB,
  runs,
  filesPerSecond: n / seconds,
});

/** One size as bench/results.json keeps it. */
function sizeJson(r) {
  return {
    n: r.n,
    totalsAgree: r.totalsAgree,
    rows: [r.rows[0], r.json, ...r.rows.slice(1)].map((m) => measured(r.n, m)),
    threads: r.threads.map((t) => ({ threads: t.threads, ...measured(r.n, t) })),
  };
}

module.exports = { table, historyLine, sizeJson };
