// Runs test/fixtures/openpyxl_edit.py: openpyxl as an independent writer.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CellEdit {
  sheet: string;
  cell: string;
  kind: "number" | "text" | "formula" | "error" | "blank";
  value?: string | number;
}

export interface OpenpyxlEdit {
  src: string;
  out: string;
  cells?: CellEdit[];
  delete_sheets?: string[];
  delete_names?: boolean;
}

const PYTHON = "/usr/bin/python3";

/** Applies the edits (one python process for all); returns the output paths. */
export function openpyxlEdit(edits: OpenpyxlEdit[]): string[] {
  if (edits.length === 0) return [];
  if (!existsSync(PYTHON)) throw new Error("Debian's python3 is missing: run .ci/run or `apt-get install python3-openpyxl`.");
  // Beside the outputs would put a stray file in a folder of reports.
  const spec = join(mkdtempSync(join(tmpdir(), "tonghop-openpyxl-")), "edits.json");
  writeFileSync(spec, JSON.stringify(edits));
  execFileSync(PYTHON, [join(__dirname, "..", "fixtures", "openpyxl_edit.py"), spec], { stdio: "pipe" });
  return edits.map((e) => e.out);
}
