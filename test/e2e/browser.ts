// Real Chromium (Debian's, driven by playwright-core) on a fresh production
// build served by scripts/serve-web.js. Every browser context a test opens comes
// from newContext(), which records each request and each Content-Security-Policy
// violation, so that no test can open a page that quietly reaches elsewhere.
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
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
    const port = 18000 + Math.floor(Math.random() * 1000);
    server = await serve(port, await webBuild());
    env.base = `http://127.0.0.1:${port}`;
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

/** The web page (index.html) at a width, on a job's tab. */
export async function open(width: number, job?: string, height = 1000): Promise<Page> {
  const context = await newContext({ viewport: { width, height }, acceptDownloads: true });
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
