// What the pane says in Excel when Office's own script (office.js, which
// add-ins must load from Microsoft) is slow or blocked, instead of "Đang tải…"
// forever. Office's display language is unknown then: Vietnamese, then English.
import { fmt, strings } from "./i18n";

/** Seconds to wait for Office before explaining; office.js normally starts in one or two. */
export const OFFICE_WAIT_SECONDS = 8;

export type OfficeTrouble = "officeSlow" | "officeFailed";

export function showOfficeMissing(app: HTMLElement, trouble: OfficeTrouble): void {
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.className = "office-missing";
  // Fluent UI has not loaded either: plain styles, close to its error bar.
  box.style.cssText =
    "font: 14px/1.4 'Segoe UI', system-ui, sans-serif; margin: 12px; padding: 8px 12px; border: 1px solid #f1bbbc; border-left: 4px solid #c50f1f; border-radius: 4px; background: #fdf3f4";
  for (const lang of ["vi", "en"] as const) {
    const p = document.createElement("p");
    p.lang = lang;
    p.textContent = fmt(strings(lang)[trouble], { seconds: OFFICE_WAIT_SECONDS });
    box.appendChild(p);
  }
  app.replaceChildren(box);
}
