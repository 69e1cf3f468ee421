// The pane's entry for both pages: taskpane.html (inside Excel, after
// Microsoft's office.js) works on the open workbook; index.html (the web page,
// no outside script at all) works on files.
import "./no-eval";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { browserHost } from "./host/browser-host";
import { excelHost } from "./host/excel-host";
import { pickLang } from "./i18n";
import { showOfficeMissing } from "./office-missing";
import { ribbonJobs } from "./ribbon-job";

/** The reader's worker script: its built name carries a content hash, which the page gives (pane.html). */
const WORKER_URL = document.documentElement.dataset.worker ?? "worker.js";

function start(app: HTMLElement, inExcel: boolean): void {
  app.setAttribute("data-started", "");
  const host = inExcel ? excelHost(WORKER_URL) : browserHost(WORKER_URL);
  // In Excel: Office's display language. In a browser: Vietnamese unless the
  // address asks for English (?lang=en) — many offices run English Windows.
  const lang = pickLang(
    inExcel ? Office.context.displayLanguage : (new URLSearchParams(location.search).get("lang") ?? "vi"),
  );
  document.documentElement.lang = lang;
  createRoot(app).render(<App host={host} lang={lang} ribbon={ribbonJobs(window)} />);
}

const app = document.getElementById("app");
// old-webview.js has already said this webview is too old (and called Office.onReady): leave its words.
const tooOld = (window as { tonghopOldWebview?: boolean }).tonghopOldWebview === true;
if (app && !tooOld) {
  if (document.documentElement.dataset.page === "web") start(app, false);
  // taskpane.html whose office.js failed to load (offline, blocked by a firewall).
  else if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    showOfficeMissing(app, "officeFailed");
  // Opened in a plain browser, office.js still calls onReady (without a host).
  else void Office.onReady((info) => start(app, info.host === Office.HostType.Excel));
}
