// `npm run build` makes dist/ with the pane, the ribbon commands, the worker and
// a manifest whose every URL points at a file the build made. Checked offline:
// Microsoft's online validator (`npm run validate`) needs the network.
import { execFileSync } from "node:child_process";
import { parse } from "acorn";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { join } from "node:path";
import { checkManifest } from "../helpers/manifest-schema";
import { ADDIN_URL, webBuild } from "../helpers/web-build";

const ROOT = join(__dirname, "..", "..");
const PROD = ADDIN_URL;
let dist: string;
let manifest: string;

beforeAll(async () => {
  dist = await webBuild();
  manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
});

/** The built file whose name is `name` and a content hash (taskpane.<16 hex>.js). */
const hashed = (name: string) => {
  const found = readdirSync(dist).filter((f) => new RegExp(`^${name}\\.[0-9a-f]{16}\\.js$`).test(f));
  expect(found).toHaveLength(1);
  return found[0];
};

test("the build has the pane, the commands page, the worker, the icons and a favicon; scripts named by their content", () => {
  for (const f of [
    "taskpane.html",
    "index.html",
    "commands.html",
    "favicon.ico",
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-80.png",
  ]) {
    expect(existsSync(join(dist, f))).toBe(true);
  }
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  expect(html).toContain("connect-src 'none'");
  expect(html).toContain(`src="${hashed("taskpane")}"`);
  expect(html).toContain(`src="${hashed("office-wait")}"`);
  expect(html).toContain(`data-worker="${hashed("worker")}"`);
  expect(html).toContain('<link rel="icon" href="favicon.ico"');
  expect(readFileSync(join(dist, "commands.html"), "utf8")).toContain(`src="${hashed("commands")}"`);
  // Every script the pane's page loads from our own server is built (old-webview.js is copied as it is: ES5).
  for (const m of html.matchAll(/<script[^>]+src="([^":]+)"/g)) expect(existsSync(join(dist, m[1]))).toBe(true);
  // favicon.ico: an icon file (ICO header) holding the 16 and 32 pixel PNGs.
  const ico = readFileSync(join(dist, "favicon.ico"));
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
  expect(ico.subarray(ico.readUInt32LE(6 + 12), ico.readUInt32LE(6 + 12) + 4).toString("latin1")).toBe("\x89PNG");
});

test("every script the build makes is ES2020, the language the webviews the README promises read", () => {
  const scripts = walk(dist).filter((f) => !f.endsWith("old-webview.js"));
  expect(scripts.length).toBeGreaterThanOrEqual(6);
  for (const file of scripts) {
    const code = readFileSync(file, "utf8");
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
  }
  // tabster (Fluent UI's focus manager) is published with `static {}` and `??=`: compiled down.
  expect(readFileSync(join(dist, hashed("taskpane")), "utf8")).not.toMatch(/static\s*\{|\?\?=/);
});

test("every URL in the built manifest is the production address of a built file, and it passes Microsoft's schema", () => {
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) {
    expect(u.startsWith(PROD)).toBe(true);
    const file = u.slice(PROD.length).split(/[?#]/)[0];
    expect(existsSync(join(dist, file))).toBe(true);
  }
  expect(manifest).not.toContain("localhost");
  expect(checkManifest(manifest)).toEqual({ ok: true, errors: "" });
});

test("the three ribbon buttons open one pane: one TaskpaneId, one page, the fragment naming the tab", () => {
  const urls = new Map(
    [...manifest.matchAll(/<bt:Url id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]] as const),
  );
  const actions = [...manifest.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)].map((m) => ({
    pane: /<TaskpaneId>([^<]+)<\/TaskpaneId>/.exec(m[1])?.[1],
    url: urls.get(/<SourceLocation resid="([^"]+)"/.exec(m[1])?.[1] ?? ""),
  }));
  expect(actions.map((a) => a.pane)).toEqual(["Tonghop.Pane", "Tonghop.Pane", "Tonghop.Pane"]);
  expect(actions.map((a) => a.url)).toEqual(
    ["insert", "validate", "consolidate"].map((job) => `${PROD}taskpane.html#${job}`),
  );
});

test("the manifest asks for little and speaks Vietnamese first", () => {
  expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
  expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
  expect(manifest).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
  for (const label of ["Báo cáo trẻ em", "Mẫu báo cáo", "Kiểm tra số liệu", "Tổng hợp"])
    expect(manifest).toContain(`DefaultValue="${label}"`);
  expect((manifest.match(/<(?:bt:)?Override Locale="en-US"/g) ?? []).length).toBeGreaterThanOrEqual(5);
  expect((manifest.match(/xsi:type="ShowTaskpane"/g) ?? []).length).toBe(3);
  expect(manifest).toContain('<OfficeTab id="TabHome">');
});

// What would let data leave the machine: network APIs in the shipped code.
const NETWORK = [
  /\bfetch\s*\(/,
  /XMLHttpRequest/,
  /\bWebSocket\b/,
  /sendBeacon/,
  /\bEventSource\b/,
  /importScripts\s*\(\s*["']https?:/,
];

function walk(dir: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require("node:fs") as typeof import("node:fs");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".js") ? [join(dir, e.name)] : []));
}

test("no network API in the built pane, worker and commands, nor in the command line", () => {
  const shipped = [...walk(dist), ...walk(join(ROOT, "lib"))];
  expect(shipped.length).toBeGreaterThan(10);
  const hits: string[] = [];
  for (const file of shipped) {
    const code = readFileSync(file, "utf8");
    for (const re of NETWORK) if (re.test(code)) hits.push(`${file.replace(ROOT, "")}: ${re}`);
  }
  expect(hits).toEqual([]);
  // The only outside address the pane loads is Office's own script.
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  expect([...html.matchAll(/src="(https?:[^"]+)"/g)].map((m) => m[1])).toEqual([
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  ]);
  // The web page (index.html) loads nothing from outside, and its CSP allows no other server.
  const web = readFileSync(join(dist, "index.html"), "utf8");
  expect([...web.matchAll(/(?:src|href)="(https?:[^"]+)"/g)]).toEqual([]);
  expect(web).toContain("script-src 'self';");
});

test("office-addin-manifest parses it offline", () => {
  const out = execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "office-addin-manifest", "cli.js"), "info", join(dist, "manifest.xml")],
    { stdio: "pipe" },
  ).toString();
  expect(out).toContain("Permissions: ReadWriteDocument");
  expect(out).toContain(`Source Location: ${PROD}taskpane.html`);
});

describe("served lean: scripts/serve-web.js on this build", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serve } = require("../../scripts/serve-web.js") as { serve: (port: number, dir: string) => Promise<Server> };
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = await serve(0, dist);
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server?.close());

  /** The raw answer (no decoding), as a browser receives it. */
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      request({ host: "127.0.0.1", port, path, headers }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      })
        .on("error", reject)
        .end();
    });

  test("the pane's script is sent compressed, brotli or gzip as the browser accepts, and kept a year", async () => {
    const name = hashed("taskpane");
    const raw = readFileSync(join(dist, name));
    const br = await get(`/${name}`, { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
    expect(br.body.length).toBeLessThan(raw.length / 3);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers.vary).toBe("Accept-Encoding");
    const gz = await get(`/${name}`, { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);
    const plain = await get(`/${name}`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);
  });

  test("pages are revalidated each time: no-cache with an ETag, 304 when unchanged", async () => {
    const page = await get("/", { "Accept-Encoding": "gzip" });
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(gunzipSync(page.body).toString("utf8")).toContain('data-page="web"');
    const again = await get("/", { "Accept-Encoding": "gzip", "If-None-Match": String(page.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const pane = await get("/taskpane.html");
    expect(pane.headers["cache-control"]).toBe("no-cache");
  });

  test("favicon.ico is there (200, an icon), and a file that is not is 404", async () => {
    const icon = await get("/favicon.ico", { "Accept-Encoding": "gzip, br" });
    expect(icon.status).toBe(200);
    expect(icon.headers["content-type"]).toBe("image/x-icon");
    expect(icon.body.equals(readFileSync(join(dist, "favicon.ico")))).toBe(true);
    expect((await get("/nothing-here.js")).status).toBe(404);
  });
});
