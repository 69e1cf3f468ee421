// Handing a file the pane made to the user, as a browser download: what the web page does, and what Excel on
// Windows (WebView2) and Excel on the web allow an add-in too. Excel on Mac and iPad (WKWebView) start no
// download from an add-in (OfficeDev/office-js #2700, "by design"): their host says so instead (excel-host.ts).

import { asciiSlug } from "../../core/slug";

/** A unit's report as a file: bao-cao-xa-ang-cang-2024.xlsx (or .docx). */
export function reportFileName(unitName: string, period: string, ext: "xlsx" | "docx"): string {
  return `bao-cao-${asciiSlug(unitName)}-${period}.${ext}`;
}

/** A summary as a file: tong-hop-huyen-muong-ang-2024.xlsx (or .docx). */
export function summaryFileName(unitName: string, period: string, ext: "xlsx" | "docx"): string {
  return `tong-hop-${asciiSlug(unitName)}-${period}.${ext}`;
}

/** The feedback of a run as one file: phan-hoi-huyen-muong-ang-2024.zip (phan-hoi.zip when nothing names it). */
export function feedbackFileName(unitName?: string, period?: string): string {
  return `${["phan-hoi", asciiSlug(unitName ?? ""), period].filter((x) => x).join("-")}.zip`;
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Starts the browser's download of `bytes` as `fileName`; returns the name. */
export function downloadFile(bytes: Uint8Array, fileName: string, type: string): string {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
