// A reader that leaves early (`tonghop validate … | head`) ends the output
// quietly: no stack trace, and the exit code still says what the files are,
// as for any command line tool. Runs the compiled CLI (bin/ → lib/) through a
// real shell pipe, where stdout is a pipe the reader closes.
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { monthOfActionValues } from "../../src/demo/samples";
import { metaFor, template, tempDir, writeReport } from "../helpers/reports";

const BIN = join(__dirname, "..", "..", "bin", "tonghop.js");

test.each([["--json"], ["--lang", "en"]])(
  "validate %s … piped into head: the beginning arrives, no EPIPE, exit 0 for clean files",
  async (...flags) => {
    const dir = tempDir("tonghop-head-");
    const t = template("thang-hanh-dong");
    const one = await writeReport(dir, "xa-0.xlsx", t, metaFor(t), { values: monthOfActionValues(1) });
    // Enough files that the output outgrows the pipe's buffer after head has gone.
    const files = [one];
    for (let i = 1; i < 300; i++) {
      const copy = join(dir, `xa-${i}.xlsx`);
      copyFileSync(one, copy);
      files.push(copy);
    }
    const cmd = `"${process.execPath}" "${BIN}" validate ${files.map((f) => `"${f}"`).join(" ")} ${flags.join(" ")}`;
    const r = spawnSync(
      "/bin/bash",
      ["-c", `${cmd} 2>"${dir}/err" | head -c 200; echo; echo "exit=\${PIPESTATUS[0]}"`],
      {
        encoding: "utf8",
      },
    );
    const err = readFileSync(join(dir, "err"), "utf8");
    expect(r.stdout).toContain(flags[0] === "--json" ? '"file"' : "xa-0.xlsx");
    expect(err).not.toMatch(/EPIPE|Error|at /);
    expect(r.stdout).toMatch(/exit=0\s*$/);
  },
);
