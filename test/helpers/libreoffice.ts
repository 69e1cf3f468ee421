// LibreOffice Calc as an independent reader and writer of .xlsx in tests:
// open-and-save round trips and recalculation. Runs with its own profile that
// forces formulas to be recalculated on load (otherwise it keeps cached values).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

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

/** Converts files with LibreOffice (`filter` e.g. "xlsx", "csv", "pdf"); returns the output paths. */
export function libreConvert(files: string[], filter: string, outDir?: string): string[] {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), "tonghop-lo-out-"));
  const target = filter === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : filter;
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
    { stdio: "pipe", timeout: 180_000 },
  );
  const ext = filter.split(":")[0];
  const outs = files.map((f) => join(dir, basename(f).replace(/\.[^.]+$/, "") + "." + ext));
  for (const o of outs) if (!existsSync(o)) throw new Error(`LibreOffice did not write ${o}`);
  return outs;
}
