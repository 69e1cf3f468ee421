"use strict";
// How the tests and the benchmark start Debian's Chromium (never a downloaded browser).
// Without the background-networking flags Chromium floods this machine's closed
// network with refused connections and looks up Google's hosts at every start.
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

module.exports = { CHROMIUM, CHROMIUM_FLAGS };
