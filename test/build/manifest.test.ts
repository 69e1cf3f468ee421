// `npm run build` makes dist/ with the pane, the ribbon commands, the worker and
// a manifest whose every URL points at a file the build made. Checked offline:
// Microsoft's online validator (`npm run validate`) needs the network.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ADDIN_URL, webBuild } from "../helpers/web-build";

const ROOT = join(__dirname, "..", "..");
let dist: string;
let manifest: string;

beforeAll(async () => {
  dist = await webBuild();
  manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
});

test("the build has the pane, the commands page, the worker and the icons", () => {
  for (const f of [
    "taskpane.html",
    "taskpane.js",
    "commands.html",
    "commands.js",
    "worker.js",
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-80.png",
  ]) {
    expect(existsSync(join(dist, f))).toBe(true);
  }
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  expect(html).toContain("connect-src 'none'");
  expect(html).toMatch(/<script[^>]+src="taskpane\.js"/);
  // Every script the pane's page loads from our own server is built (old-webview.js is copied as it is: ES5).
  for (const m of html.matchAll(/<script[^>]+src="([^":]+)"/g)) expect(existsSync(join(dist, m[1]))).toBe(true);
});

test("every URL in the built manifest is the production address of a built file", () => {
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) {
    expect(u.startsWith(ADDIN_URL)).toBe(true);
    const file = u.slice(ADDIN_URL.length).split("?")[0];
    expect(existsSync(join(dist, file))).toBe(true);
  }
  expect(manifest).not.toContain("localhost");
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
  expect(out).toContain(`Source Location: ${ADDIN_URL}taskpane.html`);
});
