// Component tests (jsdom) only.
if (typeof window !== "undefined") {
  // One limit for every wait: a findBy…/waitFor polls until what it waits for appears, or fails after this long.
  // Generous, because a loaded machine renders slowly; below jest's own limit (jest.config.js), so a wait that never
  // ends says what it waited for.
  require("@testing-library/dom").configure({ asyncUtilTimeout: 120_000 });

  // Queries by role and accessible name ask jsdom for the computed style of each element they look at (is it
  // hidden? is it a block?), and jsdom answers by matching every CSS rule on the page against the element and each of
  // its ancestors. Fluent UI inserts a rule per style it uses (800 on the results page), so one getByRole took a
  // second or more. jsdom lays nothing out: of those rules, only the ones that can hide an element or make it a block
  // (display, visibility, generated content) mean anything to a test. The others are not inserted.
  const { insertRule } = window.CSSStyleSheet.prototype;
  window.CSSStyleSheet.prototype.insertRule = function (rule, index) {
    if (/[{;\s](display|visibility|content)\s*:/.test(String(rule))) return insertRule.call(this, rule, index);
    return index ?? this.cssRules.length;
  };
}
