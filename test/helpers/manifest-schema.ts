// Checks an add-in manifest against Microsoft's schema, offline: libxml2's xmllint with the XSDs
// Microsoft published, kept in test/schemas/office-addin/ (its README says where each came from and
// the three mechanical fixes libxml2 needs).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./reports";

const SCHEMA = join(__dirname, "..", "schemas", "office-addin", "OfficeAppManifestV1_1.xsd");

/** xmllint's verdict on a manifest's text: ok, or its complaints. */
export function checkManifest(xml: string): { ok: boolean; errors: string } {
  const file = join(tempDir("tonghop-manifest-"), "manifest.xml");
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { stdio: "pipe" });
    return { ok: true, errors: "" };
  } catch (e) {
    return { ok: false, errors: String((e as { stderr?: Buffer }).stderr ?? e) };
  }
}
