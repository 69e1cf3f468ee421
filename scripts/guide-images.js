// The guide's pictures of the pane (docs/images), taken by the browser tests: runs the tests that take them
// (they write test-output/screenshots/) and copies the pictures the guide shows. `npm run guide-images`.
const { execFileSync } = require("node:child_process");
const { copyFileSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const SHOTS = join(ROOT, "test-output", "screenshots");
/** The test files that take them, and the pictures the guide shows. */
const TESTS = ["test/e2e/web-page.test.ts", "test/e2e/many-files.test.ts", "test/e2e/outline-page.test.ts"];
const PICTURES = [
  "mau-bao-cao-320",
  "mau-bao-cao-desktop",
  "mau-tu-de-cuong-desktop",
  "mau-tu-de-cuong-320",
  "kiem-tra-320",
  "kiem-tra-desktop",
  "kiem-tra-200-desktop",
  "kiem-tra-200-320",
  "tong-hop-desktop",
  "tong-hop-320",
  "tong-hop-200-desktop",
  "tong-hop-200-320",
];

if (!process.argv.includes("--copy-only"))
  execFileSync("npx", ["jest", "-w", "2", ...TESTS], { cwd: ROOT, stdio: "inherit" });
for (const name of PICTURES) copyFileSync(join(SHOTS, `${name}.png`), join(ROOT, "docs", "images", `${name}.png`));
console.log(`${PICTURES.length} pictures copied to docs/images`);
