// openpyxl as an independent reader: every non-empty cell of a sheet with its
// type as openpyxl sees it ("s" text, "n" number, "f" formula…).
import { execFileSync } from "node:child_process";

const SCRIPT = `
import json, sys, openpyxl
streaming = sys.argv[3] == "streaming"
wb = openpyxl.load_workbook(sys.argv[1], read_only=streaming)
ws = wb[sys.argv[2]]
out = [{"cell": c.coordinate, "value": c.value if isinstance(c.value, (str, int, float, bool)) else str(c.value), "type": c.data_type}
       for row in ws.iter_rows() for c in row if c.value is not None]
validations = [] if streaming else ws.data_validations.dataValidation
print(json.dumps({"cells": out, "validations": [{"sqref": str(v.sqref), "type": v.type, "formula1": v.formula1} for v in validations]}))
`;

export interface PyCell {
  cell: string;
  value: string | number | boolean;
  type: string;
}

/**
 * The cells of `sheet` in `file`. `streaming` reads it in openpyxl's read-only mode, several times faster on a big
 * workbook (it reads only that sheet), but without its data validations.
 */
export function openpyxlCells(
  file: string,
  sheet: string,
  mode: "whole" | "streaming" = "whole",
): { cells: PyCell[]; validations: { sqref: string; type: string; formula1: string }[] } {
  return JSON.parse(
    execFileSync("/usr/bin/python3", ["-c", SCRIPT, file, sheet, mode], { encoding: "utf8", maxBuffer: 1 << 28 }),
  ) as ReturnType<typeof openpyxlCells>;
}
