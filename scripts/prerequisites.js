#!/usr/bin/env node
"use strict";
// What the tests (and the benchmark) need from outside npm, found or installed.
//
// `npm test` runs this first (the `pretest` script) and `.ci/run` relies on that, so one
// script decides for a developer's machine and for CI. A machine that has everything pays
// one quick look per tool and installs nothing. Where something is missing it installs it
// with Debian's apt-get when it can (Debian or Ubuntu, as root or with password-less sudo);
// otherwise it stops with one line naming the exact command to run.
const { spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { CHROMIUM } = require("./chromium");

/** Each tool the tests start, how to tell it is there, and the Debian package that brings it. */
const TEST_TOOLS = [
  {
    pkg: "libreoffice-calc",
    what: "LibreOffice Calc (an independent reader and writer of .xlsx, .xls, .ods)",
    present: () => ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].some(existsSync),
  },
  {
    pkg: "python3-openpyxl",
    what: "openpyxl for /usr/bin/python3 (another independent .xlsx writer)",
    present: () => ok("/usr/bin/python3", ["-c", "import openpyxl"]),
  },
  { pkg: "chromium", what: "Chromium (the browser tests)", present: () => existsSync(CHROMIUM) },
  {
    pkg: "zip",
    what: "Info-ZIP zip (writes zip64 records, test/cli/zip-codec.test.ts)",
    present: () => existsSync("/usr/bin/zip"),
  },
  {
    pkg: "fonts-liberation",
    what: "Liberation fonts (Times New Roman's metrics for screenshots and LibreOffice)",
    present: () => /Liberation/i.test(output("fc-list", [])),
  },
  {
    // fonts-liberation 1.07 lacks ả, ẵ, ậ: LibreOffice then mixes in DejaVu ("năm tr ước"). 2.x has them.
    pkg: "fonts-liberation2",
    what: "Liberation fonts 2.x (Vietnamese letters in the Times New Roman metrics)",
    present: () => existsSync("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
  },
  {
    // Workbooks measure column widths in their default font, Calibri: without its metric twin Carlito LibreOffice
    // uses DejaVu Sans, a third wider, and pages break where Excel's would not (test/xlsx/print.test.ts).
    pkg: "fonts-crosextra-carlito",
    what: "Carlito (Calibri's metrics: LibreOffice lays out workbook pages as Excel does)",
    present: () => /Carlito/i.test(output("fc-list", [])),
  },
  {
    pkg: "libreoffice-writer",
    what: "LibreOffice Writer (opens the .docx documents tonghop writes, converts them to PDF)",
    present: () => ["/usr/lib/libreoffice/program/swriter", "/usr/lib/libreoffice/program/libswlo.so"].some(existsSync),
  },
  {
    pkg: "poppler-utils",
    what: "pdftotext, pdftoppm, pdffonts (read back the PDFs LibreOffice makes)",
    present: () => existsSync("/usr/bin/pdftotext"),
  },
  {
    pkg: "libxml2-utils",
    what: "xmllint (checks manifest.xml against Microsoft's schema, offline)",
    present: () => existsSync("/usr/bin/xmllint"),
  },
];

/** The benchmark also times whole processes with GNU time. */
const BENCH_TOOLS = [...TEST_TOOLS, { pkg: "time", what: "GNU time", present: () => existsSync("/usr/bin/time") }];

function ok(cmd, args) {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}

function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.status === 0 ? r.stdout : "";
}

/** How to run apt-get here, or why it cannot be run. */
function aptRunner() {
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) return { why: "not Debian or Ubuntu" };
  if (typeof process.getuid === "function" && process.getuid() === 0) return { prefix: [] };
  if (existsSync("/usr/bin/sudo") && ok("sudo", ["-n", "true"])) return { prefix: ["sudo", "-n"] };
  return { why: "not root and no password-less sudo" };
}

function ensure(tools) {
  const missing = tools.filter((t) => !t.present());
  if (missing.length === 0) return 0;
  const pkgs = missing.map((t) => t.pkg);
  const command = `sudo apt-get install -y --no-install-recommends ${pkgs.join(" ")}`;
  const apt = aptRunner();
  if (!apt.prefix) {
    console.error(
      `Thiếu công cụ cho kiểm thử / missing for the tests: ${missing.map((t) => t.what).join("; ")}.\n` +
        `Hãy chạy / run: ${command}   (${apt.why}; on other systems install the same tools by hand)`,
    );
    return 1;
  }
  console.error(`Installing Debian packages for the tests: ${pkgs.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const aptGet = (...args) => {
    const argv = [...apt.prefix, "apt-get", ...args];
    return spawnSync(argv[0], argv.slice(1), { stdio: "inherit", env }).status === 0;
  };
  if (!aptGet("update", "-qq") || !aptGet("install", "-y", "-qq", "--no-install-recommends", ...pkgs)) {
    console.error(`apt-get failed. Run by hand: ${command}`);
    return 1;
  }
  const still = missing.filter((t) => !t.present());
  if (still.length) {
    console.error(`Still missing after apt-get: ${still.map((t) => t.what).join("; ")}`);
    return 1;
  }
  return 0;
}

module.exports = { ensure, TEST_TOOLS, BENCH_TOOLS };

if (require.main === module) process.exitCode = ensure(process.argv.includes("--bench") ? BENCH_TOOLS : TEST_TOOLS);
