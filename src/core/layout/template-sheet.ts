// The hidden sheet that carries a report's template when it is not built in,
// so whoever receives the report can check and consolidate it with no file to
// install. Row 1: mark, id, version, content hash; rows 2…: the template's JSON
// in chunks well under Excel's 32,767 characters a cell. Plain text cells, as
// the meta sheet: they survive LibreOffice and openpyxl (tested).
import { templateHash, templateJson } from "../templates/catalogue";
import type { Template } from "../templates/schema";
import { TEMPLATE_CHUNK, TEMPLATE_MARK, TEMPLATE_SHEET } from "../form/sheets";
import type { CellStyle, ModelCell, ModelSheet } from "./model";

export function templateSheet(template: Template): ModelSheet {
  const text: CellStyle = { numFmt: "@" };
  const json = templateJson(template);
  const head = [TEMPLATE_MARK, template.id, String(template.version), templateHash(template)];
  const cells: ModelCell[] = head.map((value, i) => ({ row: 1, col: i + 1, value, style: text }));
  for (let at = 0, row = 2; at < json.length; at += TEMPLATE_CHUNK, row++) {
    cells.push({ row, col: 1, value: json.slice(at, at + TEMPLATE_CHUNK), style: text });
  }
  return {
    name: TEMPLATE_SHEET,
    state: "hidden",
    columns: [24, 24, 10, 70],
    rowHeights: {},
    cells,
    merges: [],
    protect: true,
    showGridLines: true,
  };
}
