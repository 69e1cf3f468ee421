// xl/workbook.xml and its relationships, written and read in one place: the
// sheets (name, visibility, part) and the defined names (th_<field id> → a
// cell) that let a report be found again wherever its rows moved.
import { sheetRef } from "../core/form/a1";
import type { GridSheet } from "../core/read/grid";
import { attrs, decodeXml, elements } from "./xml";
import { escapeXml } from "./xml-write";

export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A defined name the writer found on a cell: workbook-scoped, pointing at that cell (down to `lastRow`). */
export interface CellName {
  name: string;
  sheet: string;
  row: number;
  col: number;
  lastRow?: number;
}

/** xl/workbook.xml: its sheets (sheet i is relationship rId<i+1>) and a defined name per named cell. */
export function workbookXml(
  sheetList: readonly { name: string; state: "visible" | "hidden" }[],
  cellNames: readonly CellName[],
  activeTab: number,
): string {
  const names = cellNames.map(
    (c) =>
      `<definedName name="${escapeXml(c.name)}">${escapeXml(sheetRef(c.sheet, c.row, c.col, c.lastRow))}</definedName>`,
  );
  const sheets = sheetList.map(
    (s, i) =>
      `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state === "hidden" ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_R}">` +
    `<workbookPr/><bookViews><workbookView activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${sheets.join("")}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    // Formulas carry cached results; Excel recalculates them on open anyway.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
}

export interface SheetEntry {
  name: string;
  state: GridSheet["state"];
  /** The sheet's part in the zip ("xl/worksheets/sheet1.xml"). */
  part: string;
}

/** What xl/workbook.xml says: its sheets, with their parts resolved through the relationships, and its names. */
export function readWorkbookPart(
  workbook: string,
  relationships: string,
): { sheets: SheetEntry[]; names: Map<string, string> } {
  return { sheets: parseSheets(workbook, relationshipTargets(relationships)), names: parseDefinedNames(workbook) };
}

/** Relationship id → target ("rId1" → "worksheets/sheet1.xml"). */
function relationshipTargets(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const e of elements(xml, "Relationship", "xl/_rels/workbook.xml.rels")) {
    const a = attrs(e.attrs, "xl/_rels/workbook.xml.rels");
    if (a.Id && a.Target) targets.set(a.Id, a.Target);
  }
  return targets;
}

function resolvePart(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== ".") out.push(seg);
  }
  return out.join("/");
}

function parseSheets(xml: string, targets: Map<string, string>): SheetEntry[] {
  const out: SheetEntry[] = [];
  for (const e of elements(xml, "sheet", "xl/workbook.xml")) {
    const a = attrs(e.attrs, "xl/workbook.xml");
    const rid = Object.entries(a).find(([k]) => k === "id" || k.endsWith(":id"))?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (!a.name || !target) continue;
    const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
    out.push({ name: a.name, state, part: resolvePart(target) });
  }
  return out;
}

function parseDefinedNames(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of elements(xml, "definedName", "xl/workbook.xml")) {
    const a = attrs(e.attrs, "xl/workbook.xml");
    if (!a.name || a.name.startsWith("_xlnm.")) continue;
    // A workbook-scoped name wins over a sheet-scoped one of the same name.
    if (a.localSheetId !== undefined && names.has(a.name)) continue;
    names.set(a.name, decodeXml(e.inner ?? "").trim());
  }
  return names;
}
