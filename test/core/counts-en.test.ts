// English counts agree with their number ("1 warning", "2 warnings"): every
// English message of the CLI and the pane, filled with 1 and then with 2 for
// each placeholder, never says "1 warnings" nor leaves a {placeholder} behind.
import { interpolate } from "../../src/core/i18n/lang";
import { en as cli } from "../../src/cli/cli-messages";
import { en as pane } from "../../src/taskpane/strings-en";

const ONE_WITH_PLURAL = /\b1 (errors|warnings|files|units|fields|sections|tables|rules|older versions)\b/;

test.each([1, 2])("English messages filled with %i: counts agree, nothing left unfilled", (n) => {
  const texts = [...Object.values(cli), ...Object.values(pane)].map((t) => interpolate(t, () => n));
  expect(texts.length).toBeGreaterThan(150);
  for (const t of texts) {
    expect(t).not.toMatch(/\{\w+(:[^}]*)?\}/);
    if (n === 1) expect(t).not.toMatch(ONE_WITH_PLURAL);
  }
  expect(interpolate(cli.warningCount, { n })).toBe(n === 1 ? "1 warning" : "2 warnings");
});
