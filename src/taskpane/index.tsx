// The pane's entry: inside Excel it works on the open workbook; opened in a
// plain browser (no Office host) the same app works on files.
import { createRoot } from "react-dom/client";
import { App, type Job } from "./components/App";
import { browserHost } from "./host/browser-host";
import { excelHost } from "./host/excel-host";
import { pickLang } from "./i18n";

const WORKER_URL = "worker.js";

function initialJob(): Job {
  const job = new URLSearchParams(location.search).get("job");
  return job === "validate" || job === "consolidate" ? job : "insert";
}

function start(inExcel: boolean): void {
  const host = inExcel ? excelHost(WORKER_URL) : browserHost(WORKER_URL);
  // In Excel: Office's display language. In a browser: Vietnamese unless the
  // address asks for English (?lang=en) — many offices run English Windows.
  const lang = pickLang(inExcel ? Office.context.displayLanguage : (new URLSearchParams(location.search).get("lang") ?? "vi"));
  document.documentElement.lang = lang;
  const root = document.getElementById("app");
  if (root) createRoot(root).render(<App host={host} lang={lang} initialJob={initialJob()} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => start(info.host === Office.HostType.Excel));
} else {
  start(false);
}
