#!/usr/bin/env node
// `npm run bench`: times tonghop against the tools a user would reach for, on
// the same generated files, in one run. Not part of `npm test`.
//   npm run bench                       N = 100, 1000, 10000
//   npm run bench -- --files N --keep DIR   only that N, files left in DIR
//   npm run bench -- --runs R           runs per measurement (default 3; median)
//   npm run bench -- --threads 1,2,4,8  reader thread counts to time (default 1, 2, 4 and the cores, N ≥ 1000)
//   npm run bench -- --cli              only tonghop's own CLI rows: no peers, no Office cost, no pane
// Prints a table, writes bench/results.json, bench/growth.png and appends to
// the history in bench/README.md.
const { execFileSync, spawnSync } = require("node:child_process");
const {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  readdirSync,
} = require("node:fs");
const os = require("node:os");
const { join } = require("node:path");
const { generate } = require("./generate");
const { ensure, BENCH_TOOLS } = require("../scripts/prerequisites");
const { table, historyLine, sizeJson } = require("./report");

const ROOT = join(__dirname, "..");
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SIZES = arg("--files") ? [Number(arg("--files"))] : [100, 1000, 10000];
const RUNS = Number(arg("--runs") ?? 3);
const KEEP = arg("--keep");
const CLI_ONLY = process.argv.includes("--cli");
/** Reader thread counts timed at each N (--threads LIST), else 1, 2, 4 and the cores from 1,000 files on. */
const THREADS = arg("--threads")?.split(",").map(Number);
const threadCounts = (n) =>
  THREADS ?? (n >= 1000 ? [...new Set([1, 2, 4, os.availableParallelism()])].sort((a, b) => a - b) : []);

function ensurePeers() {
  if (ensure(BENCH_TOOLS) !== 0) process.exit(2);
  if (!existsSync(join(ROOT, "lib", "cli", "main.js")))
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "inherit" });
}

/**
 * Runs a command under /usr/bin/time: wall seconds (measured here), CPU seconds
 * (user + system) and peak RSS. `discard`: its output goes to /dev/null, unread.
 */
function timed(cmd, args, discard = false) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "__RSS__ %M %U %S", cmd, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    stdio: ["ignore", discard ? "ignore" : "pipe", "pipe"],
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const [, rss = "0", user = "0", sys = "0"] = /__RSS__ (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr) ?? [];
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr.slice(-500)}`);
  const json = (r.stdout ?? "")
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .pop();
  return {
    wall,
    cpu: Math.round((Number(user) + Number(sys)) * 100) / 100,
    rssMB: Number(rss) / 1024,
    out: json ? JSON.parse(json) : undefined,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(name, runs, fn) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(fn());
  const wall = median(samples.map((s) => s.wall));
  const cpu = median(samples.map((s) => s.cpu));
  return { name, seconds: wall, cpu, rssMB: median(samples.map((s) => s.rssMB)), runs, inner: samples[0].out };
}

function benchSize(n) {
  const dir = KEEP ? KEEP : mkdtempSync(join(os.tmpdir(), `tonghop-bench-${n}-`));
  const t0 = Date.now();
  const cells = generate(n, dir);
  console.error(`N=${n}: generated in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${dir}`);
  const cellsJson = JSON.stringify(cells);
  const out = join(os.tmpdir(), `tonghop-bench-summary-${n}.xlsx`);
  // The roster a district would pass: every unit in another order, and one that never reports.
  const roster = join(os.tmpdir(), `tonghop-bench-roster-${n}.csv`);
  const names = Array.from({ length: n }, (_, i) => `Xã Thử Nghiệm ${String(((i * 7919) % n) + 1).padStart(5, "0")}`);
  writeFileSync(roster, "code,name\n" + [...names, "Xã Không Nộp"].map((x) => `,${x}`).join("\n") + "\n");
  // Slow peers get fewer runs at the largest size, to keep the bench under 10 minutes.
  const peerRuns = n >= 10000 ? 1 : RUNS;
  const cli = (extra) =>
    timed(
      process.execPath,
      [
        join(ROOT, "bin", "tonghop.js"),
        "consolidate",
        dir,
        "--out",
        out,
        "--force",
        "--roster",
        roster,
        "--as-unit",
        "Huyện Thử Nghiệm",
        "--level",
        "huyen",
        ...extra,
      ],
      extra.includes("--json"),
    );
  const rows = [measure("tonghop consolidate (CLI)", RUNS, () => cli([]))];
  if (!CLI_ONLY)
    rows.push(
      measure("tonghop core, no I/O", RUNS, () => {
        const r = timed(process.execPath, [join(__dirname, "core-only.js"), dir]);
        return { wall: r.out.seconds, cpu: r.cpu, rssMB: r.rssMB, out: r.out };
      }),
      measure("openpyxl (Python)", peerRuns, () =>
        timed("/usr/bin/python3", [join(__dirname, "peer_openpyxl.py"), dir, cellsJson]),
      ),
      measure("SheetJS (@e965/xlsx)", peerRuns, () =>
        timed(process.execPath, [join(__dirname, "peer-sheetjs.js"), dir, cellsJson]),
      ),
      measure("lower bound: read + inflate", RUNS, () =>
        timed(process.execPath, [join(__dirname, "lower-bound.js"), dir]),
      ),
    );
  // The same command printing --json (to /dev/null): its peak RSS beside the one without.
  const json = measure("tonghop consolidate --json (CLI)", RUNS, () => cli(["--json"]));
  // Throughput by reader threads, the whole command each time (at 10,000 files once, unless --runs says).
  const threadRuns = arg("--runs") ? RUNS : peerRuns;
  const threads = threadCounts(n).map((t) => ({
    threads: t,
    ...measure(`tonghop --threads ${t}`, threadRuns, () => cli(["--threads", String(t)])),
  }));
  if (CLI_ONLY) {
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
    return { n, rows, json, threads, dir };
  }
  const core = rows[1].inner;
  const agree = [rows[2], rows[3]].every((r) => r.inner?.launch_sites === core?.launch_sites);
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
  return { n, rows, json, threads, totalsAgree: agree, dir };
}

async function main() {
  ensurePeers();
  const machine = `${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const results = SIZES.map(benchSize);
  console.log(table(results));

  const date = new Date().toISOString().slice(0, 10);
  const history = (extra) =>
    appendFileSync(
      join(__dirname, "README.md"),
      `\n### ${date} — ${machine}${CLI_ONLY ? " (--cli)" : ""}\n${[...results.map(historyLine), ...extra].map((l) => `  - ${l}\n`).join("")}`,
    );
  if (CLI_ONLY) {
    history([]);
    console.log("\nAppended to bench/README.md (bench/results.json is written by full runs only)");
    return;
  }

  // What Excel would receive, from Microsoft's Office.js runtime (bench/office-cost.bench.ts).
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "jest", "bin", "jest.js"),
      "--roots",
      "<rootDir>/bench",
      "--testMatch",
      "**/office-cost.bench.ts",
      "--silent",
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  const office = JSON.parse(readFileSync(join(__dirname, "office-cost.json"), "utf8"));
  console.log("\n" + require("./office-cost-table")(office));

  // The pane in Chromium while it consolidates 200 files.
  const { responsiveness, renderPlot } = require("./browser");
  if (!existsSync(join(ROOT, "dist", "taskpane.html")))
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
  const pageDir = mkdtempSync(join(os.tmpdir(), "tonghop-bench-page-"));
  generate(200, pageDir);
  const page = await responsiveness(
    join(ROOT, "dist"),
    readdirSync(pageDir).map((f) => join(pageDir, f)),
  );
  rmSync(pageDir, { recursive: true, force: true });
  console.log(
    `\nThe pane in Chromium, 200 files: ${page.seconds.toFixed(1)} s, ${page.longTasks} long tasks, longest ${page.longestTaskMs} ms (target < 200 ms)`,
  );

  const names = results[0].rows.map((r) => r.name);
  const series = names.map((name) => ({
    name: name.replace(/ \(.*\)|, no I\/O|: read \+ inflate/g, ""),
    points: results.map((r) => ({
      n: r.n,
      seconds: r.rows.find((x) => x.name === name).seconds,
      rssMB: r.rows.find((x) => x.name === name).rssMB,
    })),
  }));
  if (results.length > 1)
    await renderPlot(
      series,
      results.map((r) => r.n),
      join(__dirname, "growth.png"),
    );

  const json = { date, machine, runs: RUNS, sizes: results.map(sizeJson), office, page };
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(json, null, 2) + "\n");
  history([`pane in Chromium, 200 files: longest main-thread task ${page.longestTaskMs} ms`]);
  console.log(
    "\nWrote bench/results.json" +
      (results.length > 1 ? ", bench/growth.png" : "") +
      " and appended to bench/README.md",
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
