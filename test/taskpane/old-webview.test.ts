/** @jest-environment jsdom */
// Old webviews say so: the check that runs first in taskpane.html must parse as
// ES5 (Internet Explorer 11), and there it replaces "Đang tải…" with what to use
// instead; in a modern webview it does nothing.
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const src = readFileSync(join(__dirname, "../../src/taskpane/old-webview.js"), "utf8");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const SAFARI_13 =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1 Safari/605.1.15";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

function runAs(userAgent: string): HTMLElement {
  document.body.innerHTML = '<div id="app"><p>Đang tải… / Loading…</p></div>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  new Function(src)();
  return document.getElementById("app") as HTMLElement;
}

test("parses as ES5, as Internet Explorer 11 needs", () => {
  expect(() => parse(src, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

test.each([
  ["Internet Explorer 11", IE11],
  ["EdgeHTML", EDGE_HTML],
])(
  "in %s it says this Excel is too old, in Vietnamese and English, and names the web page and the CLI",
  (_name, ua) => {
    const app = runAs(ua);
    const vi = app.querySelector('[lang="vi"]')?.textContent ?? "";
    const en = app.querySelector('[lang="en"]')?.textContent ?? "";
    expect(vi).toContain("không mở được tonghop");
    expect(vi).toContain("index.html");
    expect(en).toContain("tonghop command line");
    expect(en).not.toContain("npx");
    expect(app.textContent).not.toContain("Đang tải");
    expect(app.hasAttribute("data-started")).toBe(true);
  },
);

test("in a modern webview (WebView2) it leaves the pane alone", () => {
  expect(runAs(WEBVIEW2).textContent).toBe("Đang tải… / Loading…");
});

test("taskpane.html (the page template built with office.js) runs it before Office's script and the pane", () => {
  const html = readFileSync(join(__dirname, "../../src/taskpane/pane.html"), "utf8");
  const at = (s: string) => html.indexOf(s);
  expect(at('src="old-webview.js"')).toBeGreaterThan(0);
  expect(at('src="old-webview.js"')).toBeLessThan(at('src="<%= officeWait %>"'));
  expect(at('src="old-webview.js"')).toBeLessThan(at('src="<%= officeJs %>"'));
});

describe("hosts that wait for Office.onReady before showing the pane", () => {
  afterEach(() => {
    delete (window as { Office?: unknown }).Office;
    Object.defineProperty(document, "readyState", { value: "complete", configurable: true });
  });

  test("in Internet Explorer it calls Office.onReady once Office's script, which comes after it, has loaded", () => {
    const onReady = jest.fn();
    Object.defineProperty(document, "readyState", { value: "loading", configurable: true });
    runAs(IE11);
    expect(onReady).not.toHaveBeenCalled();
    Object.assign(window, { Office: { onReady } }); // office.js has run
    document.dispatchEvent(new Event("DOMContentLoaded"));
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  test("without Office's script (offline) it still shows its message and throws nothing", () => {
    Object.defineProperty(document, "readyState", { value: "loading", configurable: true });
    const app = runAs(EDGE_HTML);
    expect(() => document.dispatchEvent(new Event("DOMContentLoaded"))).not.toThrow();
    expect(app.textContent).toContain("không mở được tonghop");
  });
});

test("an old Safari (before 14.1: no WeakRef, the pane's language) gets the message and a link to the web page", () => {
  const weakRef = window.WeakRef;
  Reflect.deleteProperty(window, "WeakRef");
  try {
    const app = runAs(SAFARI_13);
    expect(app.querySelector('[lang="vi"]')?.textContent).toContain("Safari trước bản 14.1");
    const link = app.querySelector('[lang="en"] a');
    expect(link?.getAttribute("href")).toBe("http://localhost/index.html");
  } finally {
    Object.assign(window, { WeakRef: weakRef });
  }
});

test("a webview that cannot parse the pane's bundle after all gets the message instead of 'Đang tải…' forever", () => {
  const app = runAs(WEBVIEW2);
  window.dispatchEvent(new ErrorEvent("error", { message: "SyntaxError: Unexpected token '{'" }));
  expect(app.textContent).toContain("không mở được tonghop");
  expect(app.textContent).not.toContain("Đang tải");
});
