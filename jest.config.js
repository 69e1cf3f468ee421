/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  // jsdom tests still load Node builds of dependencies (uuid, exceljs), not their ES module browser builds.
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/helpers/office-addin-manifest.js" },
  testTimeout: 30000,
  setupFiles: ["<rootDir>/test/helpers/setup.js"],
  reporters: ["default", "<rootDir>/test/helpers/summary-reporter.js"],
};
