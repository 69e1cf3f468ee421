// jsdom lacks a few globals Node has; the pane's code (and Fluent UI) expect them.
const util = require("node:util");
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = util.TextDecoder;
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = util.TextEncoder;
if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = () => ({
    matches: false,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
    media: "",
    onchange: null,
  });
}
if (typeof window !== "undefined" && !window.ResizeObserver) {
  // Fluent's MessageBar measures itself; jsdom has no layout, so nothing to observe.
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
