#!/usr/bin/env node
// `npm stop`: ends a desktop sideloading session started by `npm start`.
const { spawnSync } = require("node:child_process");
const path = require("node:path");
if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync("npx", ["--yes", "office-addin-debugging", "stop", path.resolve(__dirname, "..", "manifest.xml")], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
} else {
  console.log(
    "Trên Linux, dừng máy chủ bằng Ctrl+C và gỡ bổ trợ trong Excel trên web.\nOn Linux, stop the server with Ctrl+C and remove the add-in in Excel on the web.",
  );
}
