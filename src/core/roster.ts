// The roster: which units must report (code, name). Supplied by the user each
// time — rosters change between years (units merge), so none is built in.
// Pure: parses CSV text or a CellGrid's first sheet.
import { cellText, type CellGrid } from "./read/grid";

export interface RosterEntry {
  name: string;
  code?: string;
}

const CODE_HEADERS = ["code", "mã", "ma", "mã đơn vị", "ma don vi", "mã đvhc", "mã xã"];
const NAME_HEADERS = ["name", "tên", "ten", "tên đơn vị", "ten don vi", "đơn vị", "don vi", "tên xã"];

function splitCsvLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim());
}

/** Rows of cells → roster: finds the code and name columns by header, else takes (code, name) or (name). */
export function rosterFromRows(rows: string[][]): RosterEntry[] {
  const nonEmpty = rows.filter((r) => r.some((c) => c.trim() !== ""));
  if (nonEmpty.length === 0) return [];
  const head = nonEmpty[0].map((c) => c.normalize("NFC").toLocaleLowerCase("vi").trim());
  let codeCol = head.findIndex((h) => CODE_HEADERS.includes(h));
  let nameCol = head.findIndex((h) => NAME_HEADERS.includes(h));
  let body = nonEmpty;
  if (nameCol >= 0) body = nonEmpty.slice(1);
  else if (nonEmpty[0].length >= 2) {
    codeCol = 0;
    nameCol = 1;
  } else nameCol = 0;
  const seen = new Set<string>();
  const out: RosterEntry[] = [];
  for (const r of body) {
    const name = (r[nameCol] ?? "").normalize("NFC").trim();
    if (!name) continue;
    const code = codeCol >= 0 ? (r[codeCol] ?? "").trim() : "";
    const key = code || name;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(code ? { name, code } : { name });
  }
  return out;
}

export function parseRosterCsv(text: string): RosterEntry[] {
  const clean = text.replace(/^\uFEFF/, "");
  const lines = clean.split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== "") ?? "";
  const sep = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ";" : first.includes("\t") && !first.includes(",") ? "\t" : ",";
  return rosterFromRows(lines.map((l) => splitCsvLine(l, sep)));
}

/** The first visible sheet of a workbook as a roster. */
export function rosterFromGrid(grid: CellGrid): RosterEntry[] {
  const name = grid.sheetNames.find((n) => grid.sheet(n)?.state === "visible") ?? grid.sheetNames[0];
  const sheet = name ? grid.sheet(name) : undefined;
  if (!sheet) return [];
  const rows: string[][] = [];
  for (const [row, col, cell] of sheet.cells()) {
    while (rows.length < row) rows.push([]);
    const r = rows[row - 1];
    while (r.length < col) r.push("");
    r[col - 1] = cellText(cell);
  }
  return rosterFromRows(rows);
}
