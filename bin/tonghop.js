#!/usr/bin/env node
"use strict";
// Entry point of the command-line tool; the code lives in lib/ (built from src/ by `npm ci`).
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    console.error("tonghop chưa được biên dịch: hãy chạy `npm ci` hoặc `npm run build:cli`.\ntonghop is not built: run `npm ci` or `npm run build:cli`.");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exitCode = 2;
  },
);
