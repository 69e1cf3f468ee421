// Draws a sheet model into an .xlsx file with ExcelJS. Adds nothing the model
// does not say: every value, style, name, validation and print setting comes
// from the model, so the Office.js renderer can draw the very same thing.
import ExcelJS from "exceljs";
import { sheetRef } from "../core/layout/a1";
import type { CellStyle, ModelCell, ModelSheet, SheetModel } from "../core/layout/model";
import { addCharts } from "./charts";

export async function renderXlsx(model: SheetModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "tonghop";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const sheet of model.sheets) await drawSheet(wb, sheet, model);
  const buf = await wb.xlsx.writeBuffer();
  const bytes = new Uint8Array(buf as ArrayBuffer);
  return model.sheets.some((s) => s.charts?.length) ? addCharts(bytes, model.sheets) : bytes;
}

async function drawSheet(wb: ExcelJS.Workbook, sheet: ModelSheet, model: SheetModel): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.state,
    views: [{ showGridLines: sheet.showGridLines, ...(sheet.frozenRows ? { state: "frozen", ySplit: sheet.frozenRows } : {}) }],
    properties: { defaultRowHeight: 18 } as ExcelJS.WorksheetProperties,
  });
  if (sheet.print) {
    const p = sheet.print;
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: p.margins,
      horizontalCentered: true,
      ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows[0]}:${p.repeatRows[1]}` } : {}),
    };
  }
  sheet.columns.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, h] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = h;
  for (const c of sheet.cells) drawCell(ws, c, model);
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const c of sheet.cells) if (c.name) wb.definedNames.add(sheetRef(sheet.name, c.row, c.col), c.name);
  if (sheet.protect) {
    // No password: the protection guards labels against slips, and a user
    // can always lift it (Review > Unprotect Sheet).
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      formatCells: false,
    });
  }
}

function drawCell(ws: ExcelJS.Worksheet, c: ModelCell, model: SheetModel): void {
  const cell = ws.getCell(c.row, c.col);
  if (c.formula !== undefined) {
    cell.value = (c.value !== undefined && c.value !== null ? { formula: c.formula, result: c.value } : { formula: c.formula }) as ExcelJS.CellFormulaValue;
  }
  else if (c.date !== undefined) cell.value = c.date;
  else if (c.value !== undefined && c.value !== null) cell.value = c.value;
  applyStyle(cell, c.style, model);
  if (c.validation) {
    const v = c.validation;
    cell.dataValidation = {
      type: v.type,
      operator: "between",
      allowBlank: true,
      formulae: [v.min, v.max],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.error,
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
    };
  }
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle, model: SheetModel): void {
  cell.font = {
    name: model.font.name,
    size: s.font?.size ?? model.font.size,
    bold: s.font?.bold ?? false,
    italic: s.font?.italic ?? false,
    underline: s.font?.underline ?? false,
  };
  if (s.horizontal || s.vertical || s.wrap) {
    cell.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap ?? false };
  }
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + s.fill } };
  cell.protection = { locked: s.locked ?? true };
}
