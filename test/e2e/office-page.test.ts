// taskpane.html, the page Excel opens: Office's script comes from Microsoft (as
// add-ins must). When that server is blocked or slow the pane says why, in
// Vietnamese and English, instead of "Đang tải…" forever. Microsoft's server
// is never really reached: each test answers for it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { OFFICE_WAIT_SECONDS } from "../../src/taskpane/office-missing";
import { SCREENSHOTS, env, newContext, outsideRequests, setUp } from "./browser";

setUp();
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

test("Microsoft's server blocked: the pane says office.js could not be loaded and what to do", async () => {
  const context = await newContext({ viewport: { width: 320, height: 700 } });
  await context.route("https://appsforoffice.microsoft.com/**", (r) => r.abort("blockedbyclient"));
  const page = await context.newPage();
  await page.goto(`${env.base}/taskpane.html`);
  const alert = page.getByRole("alert");
  await alert.getByText(/^Không tải được thư viện Office \(office\.js\).*appsforoffice\.microsoft\.com/).waitFor();
  await expect(alert.getByText(/^Office's library \(office\.js\) could not be loaded/).isVisible()).resolves.toBe(true);
  await expect(page.getByText(/Đang tải/).count()).resolves.toBe(0);
  await context.close();
});

test("Microsoft's server slow: after 8 seconds the pane says it is still waiting, and why", async () => {
  const context = await newContext({ viewport: { width: 320, height: 700 } });
  // Never answered, as behind a firewall that drops packets.
  await context.route("https://appsforoffice.microsoft.com/**", () => undefined);
  const page = await context.newPage();
  // The page's clock stands still until the test moves it: the seconds are counted, not waited for.
  const start = Date.parse("2024-07-01T08:00:00Z");
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 3_600_000);
  await page.goto(`${env.base}/taskpane.html`, { waitUntil: "commit" });
  await page.getByText("Đang tải… / Loading…").waitFor();
  // The page stops at office.js, which never comes; office-wait.js, just before it, has set its timer.
  await page.locator('script[src^="https://appsforoffice.microsoft.com/"]').waitFor({ state: "attached" });
  const still = page.getByRole("alert").getByText(/^Sau 8 giây vẫn chưa tải xong thư viện Office/);
  await page.clock.runFor(OFFICE_WAIT_SECONDS * 1000 - 1);
  await expect(still.count()).resolves.toBe(0);
  await page.clock.runFor(1);
  await still.waitFor();
  await expect(page.getByText(/^After 8 seconds Office's library/).isVisible()).resolves.toBe(true);
  // Playwright's own screenshot waits for the fonts of a page still loading: ask Chromium directly.
  const cdp = await context.newCDPSession(page);
  const { data } = (await cdp.send("Page.captureScreenshot", { format: "png" })) as { data: string };
  writeFileSync(join(SCREENSHOTS, "office-cham-320.png"), Buffer.from(data, "base64"));
  await context.close();
});

test("the Excel page asks for Office's script and nothing else outside, with no CSP violation", () => {
  expect(new Set(outsideRequests().map((r) => r.url))).toEqual(new Set([OFFICE_JS]));
  expect(env.recorded.csp).toEqual([]);
});
