// One production build of the pane for every test that needs one (the browser
// tests and the manifest check), made once per content: kept under the temp
// dir, keyed by what webpack reads (src/, assets/, the manifest, the configs and
// the locked dependencies). Test files running side by side wait for the one
// that builds instead of building the same thing again.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
/** The address the manifest's URLs point at in the build (as a production build sets ADDIN_URL). */
export const ADDIN_URL = "https://bao-cao.example.gov.vn/tonghop/";
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package-lock.json"];

function* filesUnder(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path).sort()) yield* filesUnder(join(path, name));
}

function buildKey(): string {
  const hash = createHash("sha256").update(ADDIN_URL);
  for (const input of INPUTS)
    for (const f of filesUnder(join(ROOT, input))) hash.update(relative(ROOT, f)).update("\0").update(readFileSync(f));
  return hash.digest("hex").slice(0, 16);
}

/** Whether a lock is left by a build that will not finish (its process gone, or it never said which). */
function stale(lock: string): boolean {
  try {
    const pid = join(lock, "pid");
    if (!existsSync(pid)) return Date.now() - statSync(lock).mtimeMs > 60_000;
    process.kill(Number(readFileSync(pid, "utf8")), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds of other trees (other branches, earlier edits) not used for a day go; they are made again if needed. */
function forgetOldBuilds(): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(tmpdir()).filter((n) => /^tonghop-web-[0-9a-f]{16}$/.test(n))) {
    const path = join(tmpdir(), name);
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

/** The directory of a production build of this tree (dist/ as `npm run build` makes it). */
export async function webBuild(): Promise<string> {
  const dist = join(tmpdir(), `tonghop-web-${buildKey()}`);
  const lock = `${dist}.lock`;
  while (!existsSync(dist)) {
    try {
      mkdirSync(lock);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      // Another test file is building it: wait, unless its process has gone.
      if (stale(lock)) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      writeFileSync(join(lock, "pid"), String(process.pid));
      const building = `${dist}.${process.pid}`;
      rmSync(building, { recursive: true, force: true });
      execFileSync(
        process.execPath,
        [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", building],
        { cwd: ROOT, env: { ...process.env, ADDIN_URL }, stdio: "pipe" },
      );
      renameSync(building, dist);
      forgetOldBuilds();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  // Marked as used now: another tree's run forgets only builds unused for a day.
  const now = new Date();
  utimesSync(dist, now, now);
  return dist;
}
