// The look shared by the summary's sheets: boxed cells, header fill, the red of error cells, landscape print.
import type { CellStyle } from "./model";
import { NUMBER_FORMAT } from "./report";

export const ERROR_FILL = "FDE2E2";
const HEAD_FILL = "E8EEF7";
export const box: CellStyle = { border: true, vertical: "middle" };
export const headerStyle: CellStyle = {
  border: true,
  vertical: "middle",
  horizontal: "center",
  wrap: true,
  font: { bold: true, size: 11 },
  fill: HEAD_FILL,
};
export const small = 11;
// Shared style objects: a summary of thousands of units reuses a handful.
export const styles = {
  index: { ...box, horizontal: "center", font: { size: small } } as CellStyle,
  text: { ...box, font: { size: small } } as CellStyle,
  number: { ...box, numFmt: NUMBER_FORMAT, font: { size: small } } as CellStyle,
  bad: { ...box, fill: ERROR_FILL, font: { size: small } } as CellStyle,
  total: { ...box, numFmt: NUMBER_FORMAT, font: { bold: true } } as CellStyle,
  statusLine: { ...box, vertical: "top", font: { size: small } } as CellStyle,
  statusBad: { ...box, vertical: "top", font: { size: small }, fill: ERROR_FILL } as CellStyle,
  statusWrap: { ...box, vertical: "top", wrap: true, font: { size: small } } as CellStyle,
  statusWrapBad: { ...box, vertical: "top", wrap: true, font: { size: small }, fill: ERROR_FILL } as CellStyle,
  head: headerStyle,
};
/** Charts show at most this many units: beyond it bars are unreadable. */
export const CHART_MAX_UNITS = 100;

export const landscape = {
  paper: "A4" as const,
  orientation: "landscape" as const,
  fitToWidth: true,
  margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** Cells in a band of a long sheet made row by row (a few hundred units' rows). */
export const BAND = 8192;
