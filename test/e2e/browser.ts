// Real Chromium (Debian's, driven by playwright-core) on a fresh production
// build served by scripts/serve-web.js. Every browser context a test opens comes
// from newContext(), which records each request and each Content-Security-Policy
// violation, so that no test can open a page that quietly reaches elsewhere.
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { run } from "../helpers/cli";
import { tempDir } from "../helpers/reports";
import { webBuild } from "../helpers/web-build";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../scripts/serve-web.js") as { serve: (port: number, dir: string) => Promise<Server> };

const ROOT = join(__dirname, "..", "..");
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM, CHROMIUM_FLAGS: FLAGS } = require("../../scripts/chromium.js") as {
  CHROMIUM: string;
  CHROMIUM_FLAGS: string[];
};

export interface Recorded {
  /** Every URL any page asked for, with the page it was asked from. */
  requests: { url: string; page: string }[];
  /** Content-Security-Policy violations reported by any page. */
  csp: string[];
}

export const env = {
  dir: tempDir("tonghop-e2e-"),
  base: "",
  recorded: { requests: [], csp: [] } as Recorded,
  browser: undefined as unknown as Browser,
};
let server: Server | undefined;

/** Builds (once for all files), serves, launches Chromium and writes the demo units (examples/units) under env.dir. */
export function setUp(): void {
  beforeAll(async () => {
    // Serve this tree's build (not whatever is in dist/), made once for all browser tests.
    // Port 0: the system picks a free one, so test files served side by side never collide.
    server = await serve(0, await webBuild());
    env.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    env.browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    mkdirSync(SCREENSHOTS, { recursive: true });
    expect(await run("demo", "--out", join(env.dir, "examples"))).toMatchObject({ code: 0 });
  });
  afterAll(async () => {
    await env.browser?.close();
    server?.close();
  });
}

export async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await env.browser.newContext({ locale: "vi-VN", ...options });
  // Every wait for the page (a text, a download) ends when what it waits for happens; this only bounds a page that
  // never gets there, below jest's limit (jest.config.js) so the failure names what was awaited.
  context.setDefaultTimeout(120_000);
  context.on("request", (r) => env.recorded.requests.push({ url: r.url(), page: r.frame()?.url() ?? "" }));
  context.on("console", (m) => {
    if (/Content.Security.Policy|securitypolicyviolation/i.test(m.text())) env.recorded.csp.push(m.text());
  });
  // The event itself too: not every violation is printed to the console.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return context;
}

/** The web page (index.html) at a width, on a job's tab; `axe`: its CSP bypassed so that axe can be added. */
export async function open(width: number, job?: string, height = 1000, axe = false): Promise<Page> {
  const context = await newContext({ viewport: { width, height }, acceptDownloads: true, bypassCSP: axe });
  const page = await context.newPage();
  await page.goto(`${env.base}/${job ? `?job=${job}` : ""}`);
  await page.getByRole("tab", { name: "Mẫu báo cáo" }).waitFor();
  return page;
}

export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Requests that left the test server (blob: and data: URLs stay in the page). */
export function outsideRequests(): { url: string; page: string }[] {
  return env.recorded.requests.filter((r) => !r.url.startsWith(env.base) && !/^(blob|data):/.test(r.url));
}

/** The counts line of Tổng hợp's result ("10 tệp: 9 đã tổng hợp, 1 bản cũ. …"), once the result is shown. */
export async function countsLine(page: Page): Promise<string> {
  await page.getByRole("heading", { name: "Kết quả tổng hợp" }).waitFor();
  return (await page.getByText(/^\d+ tệp: /).textContent()) ?? "";
}

/** The rows of the table of files read, below its header (the totals above it are tables too). */
export async function fileRows(page: Page): Promise<string[]> {
  return (await page.getByRole("table", { name: "Các tệp đã đọc" }).getByRole("row").allTextContents()).slice(1);
}

/**
 * The totals tables shown in Tổng hợp's result, by caption: each field's number as the page writes it, in the
 * template's order, whatever the layout — the two-level grid of a "columns" table (its one row of values),
 * STT | Chỉ tiêu | Đơn vị tính | Số liệu of a "rows" one (rows numbered "1.2"), or label | value at 320 px
 * (rates, "%", left out).
 */
export async function shownTotals(page: Page): Promise<Record<string, string[]>> {
  const region = page.getByRole("region", { name: /^Số liệu tổng hợp, kỳ / });
  await region.waitFor();
  return region.evaluate((el) => {
    const out: Record<string, string[]> = {};
    for (const table of el.querySelectorAll("table")) {
      const head = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
      const rows = [...table.querySelectorAll("tbody tr")].map((tr) =>
        [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
      );
      const values =
        head.length === 2
          ? rows.filter((r) => r.length === 2 && !r[1].includes("%")).map((r) => r[1])
          : head[0] === "STT"
            ? rows.filter((r) => r.length === 4 && /^\d+\.\d+$/.test(r[0])).map((r) => r[3])
            : rows.flat();
      out[table.getAttribute("aria-label") ?? ""] = values;
    }
    return out;
  });
}

/** axe's serious and critical violations on the page as it is now (Fluent's focus sentinels left out). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; impact: string }[] }>;
        };
      }
    ).axe;
    // Fluent UI's focus manager (Tabster) adds zero-size aria-hidden sentinels
    // (data-tabster-dummy) that take focus only to pass it on: not page content.
    return axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
  })) as { violations: { id: string; impact: string }[] };
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}
