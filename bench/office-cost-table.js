// Prints bench/office-cost.json: per operation and size, round trips, the largest
// request and response, and the actions sent in all (Office.js runtime rig).
const kb = (b) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${Math.round(b / 1024)} KB`);

module.exports = function table(office) {
  const sizes = Object.keys(office);
  const lines = ["What Excel receives (syncs / largest request / largest response / actions), Office.js runtime rig:"];
  for (const op of Object.keys(office[sizes[0]])) {
    const cells = sizes.map((n) => {
      const c = office[n][op];
      return `N=${n}: ${c.syncs} / ${kb(c.largestRequest)} / ${kb(c.largestResponse)} / ${c.actions}`;
    });
    lines.push(`  ${op.padEnd(28)} ${cells.join("   ")}`);
  }
  return lines.join("\n");
};

if (require.main === module) console.log(module.exports(require("./office-cost.json")));
