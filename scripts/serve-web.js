#!/usr/bin/env node
// `npm run serve:web`: serves dist/ (the pane as a plain web page) on
// http://localhost:8080/ — for PCs where add-ins are blocked. Static files only;
// the page itself sends nothing anywhere (its CSP forbids connections).
// Options: --port N, --dir DIR.
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : def;
};
const root = path.resolve(arg("--dir", path.join(__dirname, "..", "dist")));
const port = Number(arg("--port", process.env.PORT || 8080));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css",
  ".map": "application/json",
};

function serve(port, dir = root) {
  const base = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    let rel = decodeURIComponent(url.pathname);
    if (rel === "/") rel = "/index.html";
    const file = path.resolve(base, "." + rel);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Không tìm thấy / not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

module.exports = { serve };

if (require.main === module) {
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(
      `Chưa có bản dựng trong ${root}: chạy \`npm run build\` trước.\nNo build in ${root}: run \`npm run build\` first.`,
    );
    process.exit(2);
  }
  serve(port).then(() => console.log(`tonghop: http://localhost:${port}/  (Ctrl+C để dừng / to stop)`));
}
