const { availableParallelism } = require("node:os");

/** @type {import('jest').Config} */
module.exports = {
  // Two test files at a time even on 2 cores (jest's default would be one): much of a test's time is spent in
  // LibreOffice, Chromium and the CLI's child processes, so the suite takes about 5½ minutes instead of 8.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  preset: "ts-jest",
  testEnvironment: "node",
  // jsdom tests still load Node builds of dependencies (uuid, exceljs), not their ES module browser builds.
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/helpers/office-addin-manifest.js" },
  // The one time limit of every test and hook, generous: a loaded machine makes the suite slow, never red; a test
  // that really hangs still ends. Waits inside tests are driven by the events they wait for (Testing Library's
  // asyncUtilTimeout in setup-after-env.js, Playwright's in test/e2e/browser.ts, both below this one).
  testTimeout: 300_000,
  setupFiles: ["<rootDir>/test/helpers/setup.js"],
  setupFilesAfterEnv: ["<rootDir>/test/helpers/setup-after-env.js"],
  reporters: ["default", "<rootDir>/test/helpers/summary-reporter.js"],
};
