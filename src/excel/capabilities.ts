// What this Excel can do. The manifest asks only for ExcelApi 1.1 so Excel
// 2016 and 2019 on government PCs can load the add-in; newer features are
// detected here and skipped with an explanation when missing.

import { SHEET_PROTECTION } from "../core/layout/model";

export interface Capabilities {
  /** Merged cells, cell locking and sheet protection (ExcelApi 1.2). */
  protection: boolean;
  /** Column widths, row heights, hiding a sheet, used ranges of values only (ExcelApi 1.2). */
  sheetShape: boolean;
  /** Defined names for input cells (ExcelApi 1.4). */
  names: boolean;
  /** Freeze panes, and the selection mode of a protected sheet (ExcelApi 1.7). */
  freeze: boolean;
  /** Data validation on inputs, gridlines off (ExcelApi 1.8). */
  validation: boolean;
  /** Page layout: A4, fit to width, margins (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Excel waits for a cell edit to end before running a request (delayForCellEdit, ExcelApi 1.11). */
  waitsForCellEdit: boolean;
}

export const ALL_CAPABILITIES: Capabilities = {
  protection: true,
  sheetShape: true,
  names: true,
  freeze: true,
  validation: true,
  pageLayout: true,
  waitsForCellEdit: true,
};

/** @param has whether this Excel supports a version of ExcelApi ("1.2") */
export function capabilitiesOf(has: (version: string) => boolean): Capabilities {
  return {
    protection: has("1.2"),
    sheetShape: has("1.2"),
    names: has("1.4"),
    freeze: has("1.7"),
    validation: has("1.8"),
    pageLayout: has("1.9"),
    waitsForCellEdit: has("1.11"),
  };
}

export function detectCapabilities(): Capabilities {
  return capabilitiesOf((v) => Office.context.requirements.isSetSupported("ExcelApi", v));
}

/** What the user should know when this Excel lacks a feature (Vietnamese first), in the order shown. */
const MISSING_FEATURE_NOTES: [keyof Capabilities, { vi: string; en: string }][] = [
  [
    "protection",
    {
      vi: "Excel này không hỗ trợ khóa trang và gộp ô: nhãn không được khóa, hãy cẩn thận khi nhập.",
      en: "This Excel cannot protect sheets or merge cells: labels are not locked, take care when typing.",
    },
  ],
  [
    "sheetShape",
    {
      vi: "Excel này không đặt được độ rộng cột và không ẩn được trang _tonghop: đừng sửa hay xóa trang này.",
      en: "This Excel cannot set column widths or hide the _tonghop sheet: do not edit or delete that sheet.",
    },
  ],
  [
    "names",
    {
      vi: "Excel này không hỗ trợ đặt tên ô: số liệu vẫn được đọc theo trang thông tin và tiêu đề bảng.",
      en: "This Excel cannot name cells: figures are still found by the information sheet and the headers.",
    },
  ],
  [
    "validation",
    {
      vi: "Excel này không hỗ trợ kiểm tra khi nhập (Data Validation): hãy dùng nút Kiểm tra số liệu trước khi nộp.",
      en: "This Excel has no data validation on entry: use Check numbers before submitting.",
    },
  ],
  [
    "pageLayout",
    {
      vi: "Excel này không cho đặt khổ giấy tự động: khi in, chọn A4 và 'Vừa một trang theo chiều ngang'.",
      en: "This Excel cannot set the page layout: when printing, choose A4 and 'Fit all columns on one page'.",
    },
  ],
];

export function missingFeatureNotes(caps: Capabilities): { vi: string; en: string }[] {
  return MISSING_FEATURE_NOTES.filter(([feature]) => !caps[feature]).map(([, note]) => note);
}

/** How tonghop protects a sheet: columns and rows may be resized; selectionMode needs ExcelApi 1.7. */
export function protectOptions(caps: Capabilities): Excel.WorksheetProtectionOptions {
  const options: Excel.WorksheetProtectionOptions = {
    allowFormatColumns: SHEET_PROTECTION.formatColumns,
    allowFormatRows: SHEET_PROTECTION.formatRows,
    allowFormatCells: SHEET_PROTECTION.formatCells,
  };
  if (caps.freeze) options.selectionMode = "Normal";
  return options;
}
