// ESLint (flat config): typescript-eslint's recommended rules and Microsoft's
// eslint-plugin-office-addins (load before read, sync after load, no sync in
// loops, test for null objects…) over all of src/. Prettier formats, ESLint
// does not (no style rules here).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/** Everything shipped: the Office.js rules matter in src/excel and the Excel host, and cost nothing elsewhere. */
const LINTED = ["src/**/*.ts", "src/**/*.tsx"];
/** The tests: typescript-eslint's rules only (they drive a fake workbook, not Excel, so the Office.js rules misread them). */
const TESTS = ["test/**/*.ts", "test/**/*.tsx", "bench/**/*.ts"];

// typescript-eslint 8.8 reads this rule's defaults from ESLint 8; ESLint 9.39 no longer provides them.
const unusedExpressions = [
  "error",
  { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false, enforceForJSX: false },
];

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**"] },
  {
    files: LINTED,
    extends: [...tseslint.configs.recommended],
    plugins: { "office-addins": officeAddins },
    rules: {
      "@typescript-eslint/no-unused-expressions": unusedExpressions,
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: TESTS,
    extends: [...tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-unused-expressions": unusedExpressions,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
