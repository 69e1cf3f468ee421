// Writes docs/template.schema.json from the zod schema (npm run template-schema).
// test/core/templates/json-schema.test.ts fails when the published file is stale.
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { templateJsonSchema } = require("../lib/core/templates/json-schema");

writeFileSync(
  join(__dirname, "..", "docs", "template.schema.json"),
  JSON.stringify(templateJsonSchema(), null, 2) + "\n",
);
