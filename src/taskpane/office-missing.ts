// What the pane says in Excel when Office's own script (office.js, which
// add-ins must load from Microsoft) is slow or blocked, instead of "Đang tải…"
// forever, with a link to the web page on the same server, which needs no
// Office. Office's display language is unknown then: Vietnamese, then English.
import { fmt, strings } from "./i18n";

/** Seconds to wait for Office before explaining; office.js normally starts in one or two. */
export const OFFICE_WAIT_SECONDS = 8;

export type OfficeTrouble = "officeSlow" | "officeFailed";

/** The web page served beside the pane (index.html): the same tonghop, on files, with no Office needed. */
export function webPageUrl(pane: string): string {
  return new URL("index.html", pane.replace(/[?#].*$/, "")).href;
}

/**
 * Says why the pane is not ready, in both languages, with a link to the web page. "officeFailed" is the last
 * word (office.js will not come): the page is marked started so that office-wait's timer does not replace it.
 */
export function showOfficeMissing(app: HTMLElement, trouble: OfficeTrouble): void {
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.className = "office-missing";
  // Fluent UI has not loaded either: plain styles, close to its error bar.
  box.style.cssText =
    "font: 14px/1.4 'Segoe UI', system-ui, sans-serif; margin: 12px; padding: 8px 12px; border: 1px solid #f1bbbc; border-left: 4px solid #c50f1f; border-radius: 4px; background: #fdf3f4";
  const page = webPageUrl(location.href);
  for (const lang of ["vi", "en"] as const) {
    const p = document.createElement("p");
    p.lang = lang;
    const [before, after = ""] = fmt(strings(lang)[trouble], { seconds: OFFICE_WAIT_SECONDS }).split("{page}");
    const link = document.createElement("a");
    link.href = page;
    link.textContent = page;
    p.append(before, link, after);
    box.appendChild(p);
  }
  app.replaceChildren(box);
  if (trouble === "officeFailed") app.setAttribute("data-started", "");
}
