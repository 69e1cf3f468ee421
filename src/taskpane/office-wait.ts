// Loaded (synchronously, from our own server) just before office.js in
// taskpane.html: while the browser waits for Microsoft's server, a timer can
// still run and say why the pane is not ready. The pane marks #app started.
import { OFFICE_WAIT_SECONDS, showOfficeMissing } from "./office-missing";

const app = document.getElementById("app");
setTimeout(() => {
  if (app && !app.hasAttribute("data-started")) showOfficeMissing(app, "officeSlow");
}, OFFICE_WAIT_SECONDS * 1000);
