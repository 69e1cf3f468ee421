#!/usr/bin/env node
"use strict";
// Entry point of the command-line tool; the code lives in lib/ (built from src/ by `npm ci`).
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    console.error(
      "tonghop chưa được biên dịch: hãy chạy `npm ci` hoặc `npm run build:cli`.\ntonghop is not built: run `npm ci` or `npm run build:cli`.",
    );
    process.exit(2);
  }
  throw e;
}
// Whatever happens, one line of words and exit 2, never a stack trace (main says every failure it knows itself).
const oneLine = (err) =>
  `tonghop: ${String((err && err.message) || err)
    .split("\n")[0]
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}`;
process.on("uncaughtException", (err) => {
  process.stderr.write(oneLine(err) + "\n");
  process.exit(2);
});
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(oneLine(err) + "\n");
    process.exitCode = 2;
  },
);
