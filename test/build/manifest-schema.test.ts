// manifest.xml against Microsoft's add-in manifest schema (OfficeApp 1.1 with the task pane's
// VersionOverrides 1.0), offline: libxml2's xmllint with the XSDs Microsoft published, kept in
// test/schemas/office-addin/ (its README says where each came from and the three mechanical fixes).
// A manifest Excel would refuse fails here, not at sideloading.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "../helpers/manifest-schema";

const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

test("manifest.xml passes Microsoft's add-in manifest schema", () => {
  expect(checkManifest(manifest)).toEqual({ ok: true, errors: "" });
});

test.each([
  ["an empty <AppDomains/>", (m: string) => m.replace("<Hosts>", "<AppDomains/>\n  <Hosts>"), /AppDomains/],
  [
    "a button that opens no page",
    (m: string) => m.replace(/<SourceLocation resid="Taskpane\.Validate\.Url"\/>/, ""),
    /Action/,
  ],
  [
    "a five-part version",
    (m: string) => m.replace("<Version>0.1.0.0</Version>", "<Version>0.1.0.0.0</Version>"),
    /Version/,
  ],
  [
    "a ribbon label longer than 125 characters",
    (m: string) => m.replace('DefaultValue="Tổng hợp"', `DefaultValue="${"x".repeat(126)}"`),
    /125|length/,
  ],
])("a manifest with %s is refused, naming the element", (_what, spoil, named) => {
  const broken = spoil(manifest);
  expect(broken).not.toBe(manifest);
  const verdict = checkManifest(broken);
  expect(verdict.ok).toBe(false);
  expect(verdict.errors).toMatch(named);
});
