// LibreOffice Calc as an independent reader and writer of .xlsx in tests:
// open-and-save round trips and recalculation. Runs with its own profile that
// forces formulas to be recalculated on load (otherwise it keeps cached values).
// A conversion costs seconds (LibreOffice starts each time), so each one is done
// once: its output is kept under the temp dir, keyed by the input's bytes, the
// target and LibreOffice's build, and copied from there when the same file is
// converted again (in another test, another file, or the next run).
// TONGHOP_LO_CACHE=off converts every time.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

export function sofficePath(): string {
  for (const p of ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"]) if (existsSync(p)) return p;
  throw new Error("LibreOffice (soffice) is not installed: run .ci/run or `apt-get install libreoffice-calc`.");
}

let profile: string | undefined;
function profileDir(): string {
  if (!profile) {
    profile = mkdtempSync(join(tmpdir(), "tonghop-lo-"));
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  }
  return profile;
}

const CACHE = join(tmpdir(), "tonghop-lo-cache");

/** LibreOffice's build and installed parts: a new version or a part added (Writer) converts afresh. */
function libreOfficeBuild(): string {
  const program = dirname(realpathSync(sofficePath()));
  const versionrc = join(program, "versionrc");
  return (existsSync(versionrc) ? readFileSync(versionrc, "utf8") : "") + statSync(program).mtimeMs;
}

let build: string | undefined;
/** Where the conversion of `file` to `target` is kept. */
function cachedPath(file: string, target: string, ext: string): string {
  build ??= libreOfficeBuild();
  const key = createHash("sha256")
    .update(`${build}\0${RECALC_PROFILE}\0${target}\0`)
    .update(readFileSync(file))
    .digest("hex");
  return join(CACHE, `${key}.${ext}`);
}

function soffice(files: string[], target: string, dir: string): void {
  execFileSync(
    sofficePath(),
    [
      `-env:UserInstallation=file://${profileDir()}`,
      "--headless",
      "--norestore",
      "--convert-to",
      target,
      "--outdir",
      dir,
      ...files,
    ],
    // Stops a LibreOffice that hangs; a slow one (a loaded machine, a long batch) has time, below jest's own limit.
    { stdio: "pipe", timeout: 240_000 },
  );
}

/** Converts files with LibreOffice (`filter` e.g. "xlsx", "csv", "pdf", "doc:MS Word 97"); returns the output paths. */
export function libreConvert(files: string[], filter: string, outDir?: string): string[] {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), "tonghop-lo-out-"));
  mkdirSync(dir, { recursive: true });
  const target = filter === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : filter;
  const ext = filter.split(":")[0];
  const outName = (f: string) => basename(f).replace(/\.[^.]+$/, "") + "." + ext;
  const outs = files.map((f) => join(dir, outName(f)));
  if (process.env.TONGHOP_LO_CACHE === "off") {
    soffice(files, target, dir);
    for (const o of outs) if (!existsSync(o)) throw new Error(`LibreOffice did not write ${o}`);
    return outs;
  }
  const kept = files.map((f) => cachedPath(f, target, ext));
  const missing = files.filter((_, i) => !existsSync(kept[i]));
  if (missing.length > 0) {
    const fresh = mkdtempSync(join(tmpdir(), "tonghop-lo-fresh-"));
    soffice(missing, target, fresh);
    mkdirSync(CACHE, { recursive: true });
    for (const f of missing) {
      const out = join(fresh, outName(f));
      if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
      // Written aside, then renamed: another test converting the same file never reads half a copy.
      const into = kept[files.indexOf(f)];
      const part = `${into}.${process.pid}.part`;
      copyFileSync(out, part);
      renameSync(part, into);
    }
  }
  files.forEach((_, i) => copyFileSync(kept[i], outs[i]));
  return outs;
}
