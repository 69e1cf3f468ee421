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
  if (!existsSync(PYTHON))
    throw new Error("Debian's python3 is missing: run .ci/run or `apt-get install python3-openpyxl`.");
  // Beside the outputs would put a stray file in a folder of reports.
  const spec = join(mkdtempSync(join(tmpdir(), "tonghop-openpyxl-")), "edits.json");
  writeFileSync(spec, JSON.stringify(edits));
  execFileSync(PYTHON, [join(__dirname, "..", "fixtures", "openpyxl_edit.py"), spec], { stdio: "pipe" });
  return edits.map((e) => e.out);
}

/** A field as its headers print it: a group's label (if any) over its own label. */
export interface PrintedField {
  group?: string;
  label: string;
  value?: number;
}

/**
 * Fills `fields` found by their printed headers alone (test/fixtures/openpyxl_by_headers.py), saving to
 * `out`; with no `out` and no values, reads them. Returns each field's input cell and value.
 */
export function openpyxlByHeaders(
  src: string,
  sheet: string,
  fields: PrintedField[],
  out?: string,
): { cell: string; value: unknown }[] {
  const spec = join(mkdtempSync(join(tmpdir(), "tonghop-openpyxl-")), "headers.json");
  writeFileSync(spec, JSON.stringify({ src, sheet, fields, out }));
  const script = join(__dirname, "..", "fixtures", "openpyxl_by_headers.py");
  return JSON.parse(execFileSync(PYTHON, [script, spec], { encoding: "utf8" })) as { cell: string; value: unknown }[];
}

/** Writes forms typed by hand (test/fixtures/openpyxl_typed_form.py): rows of cells, merges; returns the paths. */
export function openpyxlTypedForms(
  forms: { out: string; sheet?: string; rows: (string | number | null)[][]; merges?: string[] }[],
): string[] {
  const spec = join(mkdtempSync(join(tmpdir(), "tonghop-openpyxl-")), "forms.json");
  writeFileSync(spec, JSON.stringify(forms));
  execFileSync(PYTHON, [join(__dirname, "..", "fixtures", "openpyxl_typed_form.py"), spec], { stdio: "pipe" });
  return forms.map((f) => f.out);
}
