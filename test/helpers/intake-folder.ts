// Runs test/fixtures/intake_folder.py: files as communes send them, written by
// openpyxl and Python's own codecs (copied report sheets, a Word document,
// rosters in every encoding offices use).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface IntakeSpec {
  copy_sheet?: {
    src: string;
    sheet: string;
    out: string;
    number_rows?: { before: number; cells: Record<number, string | number> }[];
  }[];
  docx?: string[];
  rosters?: { dir: string; units: [string, string][] };
}

export function pythonIntake(spec: IntakeSpec): void {
  const file = join(mkdtempSync(join(tmpdir(), "tonghop-intake-spec-")), "spec.json");
  writeFileSync(file, JSON.stringify(spec));
  execFileSync("/usr/bin/python3", [join(__dirname, "..", "fixtures", "intake_folder.py"), file], { stdio: "pipe" });
}
