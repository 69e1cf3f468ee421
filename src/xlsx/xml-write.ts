// Text for XML parts we write: escaped, and stripped of the control
// characters XML 1.0 forbids (a hostile or damaged unit file may carry them).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Anything escapeXml changes: most text (names, file names, hashes) has none and is returned as it is. */
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeXml(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s
    .replace(INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * Cell text as OOXML stores it: "_xHHHH_" in a string is an escaped character
 * (ECMA-376 ST_Xstring), so a literal "_x…_" has its underscore escaped as
 * "_x005F_". LibreOffice also decodes shorter forms ("_xa_" in a field id such
 * as "cap_xa_so" became a line break), hence 1 to 4 digits here.
 */
export function escapeCellText(s: string): string {
  return escapeXml(s.replace(/_(?=x[0-9A-Fa-f]{1,4}_)/g, "_x005F_"));
}
