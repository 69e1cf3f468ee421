#!/usr/bin/env node
// `npm start`: serve the pane over https and sideload it.
// - Windows/macOS with Excel desktop: office-addin-debugging sideloads and opens
//   Excel (fetched on demand with npx; it needs the internet and is not a
//   project dependency because its install downloads a native binary).
// - Linux (no Excel desktop): serves https://localhost:3000/ with a local dev
//   certificate made offline, and explains how to sideload into Excel on the web.
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, "manifest.xml");

async function certificates() {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) {
    fs.mkdirSync(path.dirname(defaults.localhostCertificatePath), { recursive: true });
    await devCerts.generateCertificates(
      defaults.caCertificatePath,
      defaults.localhostCertificatePath,
      defaults.localhostKeyPath,
      defaults.daysUntilCertificateExpires,
    );
  }
  return { key: defaults.localhostKeyPath, cert: defaults.localhostCertificatePath, ca: defaults.caCertificatePath };
}

function run(cmd, args, env = {}) {
  return spawn(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
    shell: process.platform === "win32",
  });
}

async function main() {
  const certs = await certificates();
  const server = run("npx", [
    "webpack",
    "serve",
    "--mode",
    "development",
    "--server-type",
    "https",
    "--server-options-key",
    certs.key,
    "--server-options-cert",
    certs.cert,
  ]);
  if (process.platform === "win32" || process.platform === "darwin") {
    const debug = run("npx", [
      "--yes",
      "office-addin-debugging",
      "start",
      manifest,
      "desktop",
      "--no-debug",
      "--dev-server-port",
      "3000",
    ]);
    debug.on(
      "exit",
      (code) => code && console.error("office-addin-debugging could not sideload; see README.md › Sideloading."),
    );
  } else {
    console.log(`
Đang phục vụ add-in tại https://localhost:3000/ (dừng: Ctrl+C).
Serving the add-in at https://localhost:3000/ (stop: Ctrl+C).

Excel trên web / Excel on the web:
  1. Tin cậy chứng chỉ / trust the certificate: ${certs.ca}
     (or open https://localhost:3000/taskpane.html once and accept it).
  2. Mở một sổ tính › Trang đầu › Bổ trợ › Thêm bổ trợ › Tải lên bổ trợ của tôi
     Open a workbook › Home › Add-ins › More add-ins › Upload My Add-in
  3. Chọn tệp / choose: ${manifest}
Excel desktop is not available on Linux: see README.md › Sideloading.
`);
  }
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
