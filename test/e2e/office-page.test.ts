// taskpane.html, the page Excel opens: Office's script comes from Microsoft (as
// add-ins must). When that server is blocked or slow the pane says why, in
// Vietnamese and English, instead of "Đang tải…" forever. Microsoft's server
// is never really reached: each test answers for it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SCREENSHOTS, env, newContext, outsideRequests, setUp } from "./browser";

setUp();
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

test("Microsoft's server blocked: the pane says office.js could not be loaded and what to do", async () => {
  const context = await newContext({ viewport: { width: 320, height: 700 } });
  await context.route("https://appsforoffice.microsoft.com/**", (r) => r.abort("blockedbyclient"));
  const page = await context.newPage();
  await page.goto(`${env.base}/taskpane.html`);
  const alert = page.getByRole("alert");
  await alert
    .getByText(/^Không tải được thư viện Office \(office\.js\).*appsforoffice\.microsoft\.com/)
    .waitFor({ timeout: 5000 });
  await expect(alert.getByText(/^Office's library \(office\.js\) could not be loaded/).isVisible()).resolves.toBe(true);
  await expect(page.getByText(/Đang tải/).count()).resolves.toBe(0);
  await context.close();
}, 30_000);

test("Microsoft's server slow: after a few seconds the pane says it is still waiting, and why", async () => {
  const context = await newContext({ viewport: { width: 320, height: 700 } });
  // Never answered, as behind a firewall that drops packets.
  await context.route("https://appsforoffice.microsoft.com/**", () => undefined);
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${env.base}/taskpane.html`, { waitUntil: "commit" });
  await page.getByText("Đang tải… / Loading…").waitFor();
  await page
    .getByRole("alert")
    .getByText(/^Sau 8 giây vẫn chưa tải xong thư viện Office/)
    .waitFor({ timeout: 15_000 });
  expect(Date.now() - started).toBeLessThan(14_000);
  await expect(page.getByText(/^After 8 seconds Office's library/).isVisible()).resolves.toBe(true);
  // Playwright's own screenshot waits for the fonts of a page still loading: ask Chromium directly.
  const cdp = await context.newCDPSession(page);
  const { data } = (await cdp.send("Page.captureScreenshot", { format: "png" })) as { data: string };
  writeFileSync(join(SCREENSHOTS, "office-cham-320.png"), Buffer.from(data, "base64"));
  await context.close();
}, 30_000);

test("the Excel page asks for Office's script and nothing else outside, with no CSP violation", () => {
  expect(new Set(outsideRequests().map((r) => r.url))).toEqual(new Set([OFFICE_JS]));
  expect(env.recorded.csp).toEqual([]);
});
