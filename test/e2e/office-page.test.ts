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

test("Microsoft's server blocked: the pane says office.js could not be loaded, links the web page, and keeps saying so", async () => {
  const context = await newContext({ viewport: { width: 320, height: 700 } });
  await context.route("https://appsforoffice.microsoft.com/**", (r) => r.abort("blockedbyclient"));
  const page = await context.newPage();
  // The page's clock, moved on by the test: the 8-second timer fires without waiting 8 seconds.
  await page.clock.install();
  await page.goto(`${env.base}/taskpane.html`);
  const alert = page.getByRole("alert");
  await alert.getByText(/^Không tải được thư viện Office \(office\.js\).*appsforoffice\.microsoft\.com/).waitFor();
  await expect(alert.getByText(/^Office's library \(office\.js\) could not be loaded/).isVisible()).resolves.toBe(true);
  await expect(page.getByText(/Đang tải/).count()).resolves.toBe(0);
  // The advice is the web page on this same server, as a link; no developer command.
  const links = alert.getByRole("link");
  await expect(links.count()).resolves.toBe(2);
  await expect(links.first().getAttribute("href")).resolves.toBe(`${env.base}/index.html`);
  await expect(alert.textContent()).resolves.not.toMatch(/npm|serve:web/);
  // After the 8 seconds office-wait waits, the accurate message is still the one shown.
  await page.clock.runFor(9_000);
  await expect(page.getByText(/Sau 8 giây vẫn chưa tải xong/).count()).resolves.toBe(0);
  await expect(alert.getByText(/^Không tải được thư viện Office/).isVisible()).resolves.toBe(true);
  await context.close();
});

test("Microsoft's server slow: after 8 seconds the pane says it is still waiting, why, and links the web page", async () => {
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
  const alert = page.getByRole("alert");
  await expect(page.getByText(/^After 8 seconds Office's library/).isVisible()).resolves.toBe(true);
  await expect(alert.getByRole("link").first().getAttribute("href")).resolves.toBe(`${env.base}/index.html`);
  // Playwright's own screenshot waits for the fonts of a page still loading: ask Chromium directly.
  const cdp = await context.newCDPSession(page);
  const { data } = (await cdp.send("Page.captureScreenshot", { format: "png" })) as { data: string };
  writeFileSync(join(SCREENSHOTS, "office-cham-320.png"), Buffer.from(data, "base64"));
  await context.close();
});

test("one pane for the three ribbon buttons: another button changes only the fragment, the tab follows, nothing is lost", async () => {
  const context = await newContext({ viewport: { width: 400, height: 800 } });
  // Office's script, answered here: it says it runs outside Office, so the pane starts on files.
  await context.route("https://appsforoffice.microsoft.com/**", (r) =>
    r.fulfill({
      contentType: "text/javascript",
      body: "window.Office = { HostType: { Excel: 'Excel' }, onReady: function (f) { return Promise.resolve().then(function () { return f({ host: null, platform: null }); }); } };",
    }),
  );
  const page = await context.newPage();
  // Excel on the web shows a task pane in an iframe, and a ribbon button sets its address.
  await page.setContent(
    `<iframe title="pane" src="${env.base}/taskpane.html#consolidate" width="320" height="760"></iframe>`,
  );
  const pane = page.frameLocator("iframe");
  const frame = () => page.frames().find((f) => f.url().startsWith(`${env.base}/taskpane.html`));
  await pane.getByRole("tab", { name: "Tổng hợp", selected: true }).waitFor();
  await pane
    .locator('input[type=file][aria-label="Chọn tệp…"]')
    .setInputFiles(join(env.dir, "examples", "units", "xa-ang-cang.xlsx"));
  await pane.getByText("xa-ang-cang.xlsx").first().waitFor();
  await frame()?.evaluate(() => Object.assign(window, { tonghopSamePage: true }));

  const press = (job: string) =>
    page.evaluate((url) => void (document.querySelector("iframe")!.src = url), `${env.base}/taskpane.html#${job}`);
  await press("validate");
  await pane.getByRole("tab", { name: "Kiểm tra số liệu", selected: true }).waitFor();
  await press("consolidate");
  await pane.getByRole("tab", { name: "Tổng hợp", selected: true }).waitFor();
  // The same page all along (not reloaded), and the file chosen is still there.
  await expect(frame()?.evaluate(() => (window as { tonghopSamePage?: boolean }).tonghopSamePage)).resolves.toBe(true);
  await expect(pane.getByText("xa-ang-cang.xlsx").first().isVisible()).resolves.toBe(true);
  // A tab the user picks is written into the address, so the ribbon's button for another tab still switches.
  await pane.getByRole("tab", { name: "Mẫu báo cáo" }).click();
  await expect(frame()?.evaluate(() => location.hash)).resolves.toBe("#insert");
  await press("consolidate");
  await pane.getByRole("tab", { name: "Tổng hợp", selected: true }).waitFor();
  await context.close();
});

test("the Excel page asks for Office's script and nothing else outside, with no CSP violation", () => {
  expect(new Set(outsideRequests().map((r) => r.url))).toEqual(new Set([OFFICE_JS]));
  expect(env.recorded.csp).toEqual([]);
});
