// In real Chromium: (1) responsiveness of the pane (its web page, index.html: the
// Excel page waits for office.js from Microsoft) while it consolidates 200
// unit files (PerformanceObserver "longtask": the longest main-thread task),
// (2) the growth plot, drawn as SVG and rendered to PNG.
const { chromium } = require("playwright-core");
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { serve } = require("../scripts/serve-web.js");

const { CHROMIUM, CHROMIUM_FLAGS: FLAGS } = require("../scripts/chromium.js");

async function responsiveness(dist, files) {
  const port = 18900 + Math.floor(Math.random() * 90);
  const server = await serve(port, dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__longtasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longtasks.push(e.duration))).observe({
        type: "longtask",
        buffered: true,
      });
    });
    await page.goto(`http://127.0.0.1:${port}/index.html?job=consolidate`);
    await page.getByRole("button", { name: "Đọc và tổng hợp" }).waitFor();
    await page.locator('input[type=file][aria-label="Chọn tệp…"]').setInputFiles(files);
    await page.evaluate(() => (window.__longtasks = []));
    // The consolidating unit is required: its name heads the summary.
    await page.getByLabel(/^Đơn vị tổng hợp/).fill("Huyện Thử Nghiệm");
    const t0 = Date.now();
    await page.getByRole("button", { name: "Đọc và tổng hợp" }).click();
    await page.getByText(/tệp được tổng hợp/).waitFor({ timeout: 120000 });
    const seconds = (Date.now() - t0) / 1000;
    const tasks = await page.evaluate(() => window.__longtasks);
    return { files: files.length, seconds, longTasks: tasks.length, longestTaskMs: Math.round(Math.max(0, ...tasks)) };
  } finally {
    await browser.close();
    server.close();
  }
}

function svgPlot(series, xs) {
  // Two panels: wall seconds and peak RSS against N (log-log).
  const W = 900,
    H = 380,
    pad = 60,
    pw = (W - 3 * pad) / 2,
    ph = H - 2 * pad;
  const colors = ["#1f6fb2", "#d9480f", "#2b8a3e", "#7048e8", "#868e96"];
  const panel = (ox, key, title, unit) => {
    const all = series.flatMap((s) => s.points.map((p) => p[key])).filter((v) => v > 0);
    const [ymin, ymax] = [Math.min(...all) / 1.5, Math.max(...all) * 1.5];
    const lx = (x) =>
      ox + ((Math.log10(x) - Math.log10(xs[0])) / (Math.log10(xs[xs.length - 1]) - Math.log10(xs[0]))) * pw;
    const ly = (y) => pad + ph - ((Math.log10(y) - Math.log10(ymin)) / (Math.log10(ymax) - Math.log10(ymin))) * ph;
    let g = `<rect x="${ox}" y="${pad}" width="${pw}" height="${ph}" fill="none" stroke="#ccc"/><text x="${ox + pw / 2}" y="${pad - 20}" text-anchor="middle" font-size="15" font-weight="bold">${title}</text>`;
    for (const x of xs) g += `<text x="${lx(x)}" y="${pad + ph + 18}" text-anchor="middle" font-size="12">${x}</text>`;
    for (let e = Math.ceil(Math.log10(ymin)); e <= Math.floor(Math.log10(ymax)); e++)
      g += `<text x="${ox - 6}" y="${ly(10 ** e) + 4}" text-anchor="end" font-size="11">${10 ** e}</text><line x1="${ox}" x2="${ox + pw}" y1="${ly(10 ** e)}" y2="${ly(10 ** e)}" stroke="#eee"/>`;
    g += `<text x="${ox + pw / 2}" y="${H - 12}" text-anchor="middle" font-size="12">số tệp / files (N)</text><text x="${ox - 45}" y="${pad + ph / 2}" font-size="12" transform="rotate(-90 ${ox - 45} ${pad + ph / 2})" text-anchor="middle">${unit}</text>`;
    series.forEach((s, i) => {
      const pts = s.points.filter((p) => p[key] > 0).map((p) => `${lx(p.n)},${ly(p[key])}`);
      if (pts.length)
        g +=
          `<polyline fill="none" stroke="${colors[i % colors.length]}" stroke-width="2.5" points="${pts.join(" ")}"/>` +
          pts
            .map(
              (p) =>
                `<circle cx="${p.split(",")[0]}" cy="${p.split(",")[1]}" r="3.5" fill="${colors[i % colors.length]}"/>`,
            )
            .join("");
    });
    return g;
  };
  const legend = series
    .map(
      (s, i) =>
        `<rect x="${pad + i * 170}" y="${H + 5}" width="14" height="14" fill="${colors[i % colors.length]}"/><text x="${pad + i * 170 + 20}" y="${H + 17}" font-size="13">${s.name}</text>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H + 30}" font-family="Liberation Sans, Arial, sans-serif"><rect width="100%" height="100%" fill="white"/>${panel(pad, "seconds", "Thời gian / wall time", "giây / s")}${panel(2 * pad + pw, "rssMB", "Bộ nhớ đỉnh / peak RSS", "MB")}${legend}</svg>`;
}

async function renderPlot(series, xs, out) {
  const svg = svgPlot(series, xs);
  writeFileSync(out.replace(/\.png$/, ".svg"), svg);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 410 } });
    await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    await page.screenshot({ path: out });
  } finally {
    await browser.close();
  }
}

module.exports = { responsiveness, renderPlot };
