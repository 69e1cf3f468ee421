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
  expect(at('src="old-webview.js"')).toBeLessThan(at('src="office-wait.js"'));
  expect(at('src="old-webview.js"')).toBeLessThan(at('src="<%= officeJs %>"'));
});
