// What spills at a width: elements whose content is wider than their box, or
// that reach past the window's right edge, and tabs that do not sit on one line.
import type { Page } from "playwright-core";

export async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const width = document.documentElement.clientWidth;
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => c.startsWith("fui-")).join(".")} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    if (document.documentElement.scrollWidth > width)
      bad.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll<HTMLElement>(
      ".fui-Badge, [role=tab], button, .fui-Field, .fui-MessageBar, td, th, summary, h1, h2, h3, li, p",
    )) {
      if (!el.offsetParent) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        bad.push(`${label(el)} content ${el.scrollWidth} > box ${el.clientWidth}`);
      if (el.getBoundingClientRect().right > width + 1)
        bad.push(`${label(el)} ends at ${Math.round(el.getBoundingClientRect().right)} > ${width}`);
    }
    const tabs = [...document.querySelectorAll<HTMLElement>("[role=tab]")];
    if (new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size > 1)
      bad.push("tabs on more than one line");
    for (const t of tabs)
      if (t.getBoundingClientRect().height > 40)
        bad.push(`tab "${t.textContent}" wraps (${Math.round(t.getBoundingClientRect().height)} px high)`);
    return bad;
  });
}
