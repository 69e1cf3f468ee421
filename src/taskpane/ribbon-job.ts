// Which tab the ribbon asked for. The three ribbon buttons open one pane (one
// TaskpaneId) on one page, taskpane.html, and name their job in the fragment:
// #insert, #validate, #consolidate (manifest.xml). A click on another button while
// the pane is open changes only the fragment, which a browser or webview does
// without reloading the page ("navigate to a fragment"): the pane hears it
// (`hashchange`), shows that tab and keeps every file, field and result. The web
// page takes the same fragments, and ?job=… as links written before.
import type { Job } from "./components/App";

const JOBS: readonly Job[] = ["insert", "validate", "consolidate"];

const asJob = (s: string | null | undefined): Job | undefined => JOBS.find((j) => j === s);

/** The job a page address names: its fragment first (the ribbon's), then ?job=; else the first tab. */
export function jobOf(location: { hash: string; search: string }): Job {
  return asJob(location.hash.replace(/^#/, "")) ?? asJob(new URLSearchParams(location.search).get("job")) ?? "insert";
}

/** What the App needs from the page's address: the tab asked for now and later, and where to say which is shown. */
export interface RibbonJobs {
  initial: Job;
  /** Calls `listener` with each job asked for later (another ribbon button); returns the unsubscribe. */
  listen(listener: (job: Job) => void): () => void;
  /** The user chose a tab: the address says it, so the ribbon's button for another tab changes the fragment again. */
  shown(job: Job): void;
}

export function ribbonJobs(win: Window): RibbonJobs {
  return {
    initial: jobOf(win.location),
    listen(listener) {
      const heard = () => {
        const job = asJob(win.location.hash.replace(/^#/, ""));
        if (job) listener(job);
      };
      win.addEventListener("hashchange", heard);
      return () => win.removeEventListener("hashchange", heard);
    },
    shown(job) {
      // replaceState changes the fragment without a hashchange event and without a history entry.
      if (win.location.hash !== `#${job}`) win.history.replaceState(win.history.state, "", `#${job}`);
    },
  };
}
