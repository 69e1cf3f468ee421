#!/usr/bin/env node
// `npm run serve:web`: serves dist/ (the pane as a plain web page) on
// http://localhost:8080/ — for PCs where add-ins are blocked. Static files only;
// the page itself sends nothing anywhere (its CSP forbids connections).
// Served lean: compressed for browsers that accept it (brotli or gzip: the .br and
// .gz files the build makes beside each script, else Node's zlib once, kept in
// memory), and cacheable: scripts named by their content hash
// (taskpane.<16 hex>.js) are kept by browsers for a year, everything else
// (the pages, old-webview.js, the manifest, the icons) is revalidated with its
// ETag and answered 304 when unchanged. favicon.ico comes from the build.
// Options: --port N, --dir DIR.
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const crypto = require("node:crypto");

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
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};
/** Text worth compressing (pictures are compressed already). */
const TEXT = /\.(html|js|xml|css|json|map|txt)$/;
/** A name the build gave by content (webpack.config.js HASHED): the same name never holds other bytes. */
const HASHED = /\.[0-9a-f]{16}\.js$/;
const FOREVER = "public, max-age=31536000, immutable";
/** Browsers keep it but ask each time whether it changed (a 304 costs a few bytes). */
const REVALIDATE = "no-cache";

/** Which encoding to send: brotli, else gzip, else none, as the request's Accept-Encoding allows. */
function encodingFor(accept = "") {
  const allowed = new Map();
  for (const part of accept.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    allowed.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (e) => (allowed.get(e) ?? allowed.get("*") ?? 0) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : undefined;
}

function serve(port, dir = root) {
  const base = path.resolve(dir);
  /** file → its bytes by encoding and its ETag, for as long as its size and time stay the same. */
  const cache = new Map();

  function load(file, stat) {
    const key = `${stat.size}:${stat.mtimeMs}`;
    const hit = cache.get(file);
    if (hit && hit.key === key) return hit;
    const raw = fs.readFileSync(file);
    const entry = { key, raw, hash: crypto.createHash("sha1").update(raw).digest("base64url"), encoded: {} };
    cache.set(file, entry);
    return entry;
  }

  function encoded(file, entry, encoding) {
    if (!encoding) return undefined;
    if (!entry.encoded[encoding]) {
      const sibling = `${file}.${encoding === "br" ? "br" : "gz"}`;
      entry.encoded[encoding] = fs.existsSync(sibling)
        ? fs.readFileSync(sibling)
        : encoding === "br"
          ? zlib.brotliCompressSync(entry.raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
          : zlib.gzipSync(entry.raw, { level: 6 });
    }
    return entry.encoded[encoding];
  }

  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" });
      res.end();
      return;
    }
    const url = new URL(req.url, "http://localhost");
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      rel = "/";
    }
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(base, "." + rel);
    const stat = file.startsWith(base + path.sep) && fs.existsSync(file) ? fs.statSync(file) : undefined;
    if (!stat || stat.isDirectory()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Không tìm thấy / not found");
      return;
    }
    const entry = load(file, stat);
    const encoding = TEXT.test(file) ? encodingFor(req.headers["accept-encoding"]) : undefined;
    // One ETag per encoding: each is a different set of bytes.
    const etag = `"${entry.hash}${encoding ? `-${encoding}` : ""}"`;
    const headers = {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": HASHED.test(file) ? FOREVER : REVALIDATE,
      ETag: etag,
    };
    if (TEXT.test(file)) headers.Vary = "Accept-Encoding";
    const known = (req.headers["if-none-match"] ?? "").split(",").map((t) => t.trim());
    if (known.includes(etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const body = encoded(file, entry, encoding);
    if (body) headers["Content-Encoding"] = encoding;
    headers["Content-Length"] = (body ?? entry.raw).length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : (body ?? entry.raw));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

module.exports = { serve, encodingFor };

if (require.main === module) {
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(
      `Chưa có bản dựng trong ${root}: chạy \`npm run build\` trước.\nNo build in ${root}: run \`npm run build\` first.`,
    );
    process.exit(2);
  }
  serve(port).then(() => console.log(`tonghop: http://localhost:${port}/  (Ctrl+C để dừng / to stop)`));
}
