// Limits on what tonghop reads from one file, so a broken or hostile file is
// refused with a clear reason instead of exhausting memory or time. One place
// for every limit; each applies to one file, never to the whole run (the
// other files still go through). README.md and docs/SECURITY.md list them.

/** Largest file accepted (bytes). A report is ~20 KB; 20 MB leaves room for pasted pictures. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Most entries in the zip container (a report has about 10). */
export const MAX_ZIP_ENTRIES = 5_000;
/** Largest uncompressed size of any one part that is read (zip bombs). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Largest uncompressed size of all parts read from one file. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** Archives opened one inside another: a Mac zip holding the zip a commune sent is 2; deeper is refused. */
export const MAX_ARCHIVE_DEPTH = 3;
/** Most sheets in a workbook. */
export const MAX_SHEETS = 255;
/** Most non-empty cells read from one sheet (a report has about 500). */
export const MAX_CELLS_PER_SHEET = 200_000;
/** Longest text kept from one cell (characters); Excel's own limit is 32,767. */
export const MAX_CELL_TEXT = 32_767;
/** Longest time spent reading one file (milliseconds). */
export const MAX_MS_PER_FILE = 10_000;

// Limits on a template that does not come with tonghop (a file given with
// --template, an outline pasted by a user, later one embedded in a report):
// it is untrusted input, checked before the schema. The built-in templates are
// far inside them (about 25 fields, 15 sections, 20 rules, 15 KB).

/** Largest template file or outline (bytes). */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;
/** Most input fields in a template. */
export const MAX_TEMPLATE_FIELDS = 500;
/** Most sections (headings with or without a text area). */
export const MAX_TEMPLATE_SECTIONS = 200;
/** Most tally tables. */
export const MAX_TEMPLATE_TABLES = 50;
/** Most cross-field rules. */
export const MAX_TEMPLATE_RULES = 500;
/** Longest text in a template: a label, a heading, a rule's message (characters). */
export const MAX_TEMPLATE_TEXT = 1_000;

// Limits on what a cell or an option may hold.

/** Largest value read from a cell: beyond it whole numbers lose precision in a spreadsheet. */
export const MAX_VALUE = Number.MAX_SAFE_INTEGER;
/**
 * Largest amount a money cell may hold (đồng): 99 nghìn tỷ, far above any budget line. A report file's data
 * validation stops larger ones as they are typed; tonghop's value rules refuse them wherever they come from.
 */
export const MAX_TYPED_MONEY = 99_999_999_999_999;
/** Largest count a count cell may hold: 99 triệu, more people than the country has (enforced as MAX_TYPED_MONEY is). */
export const MAX_TYPED_COUNT = 99_999_999;
/**
 * Largest bound of a whole-number data validation Excel accepts when an add-in sets it through its JavaScript
 * API: 65,535 and below work, 65,536 and above fail (OfficeDev/office-js#3088, office-scripts-docs-reference#295,
 * both open), though Excel itself takes larger ones from a file or its own dialog. Bounds above it are left out
 * of the rule an add-in sets (MAX_TYPED_* are then checked by tonghop's value rules).
 */
export const MAX_OFFICE_JS_VALIDATION_BOUND = 65_535;
/** Longest unit code (mã đơn vị hành chính is 5 digits; units' own codes are a little longer). */
export const MAX_UNIT_CODE = 20;
/** A unit code as units write it: letters, digits, dots, dashes and underscores, up to MAX_UNIT_CODE. */
export const UNIT_CODE = new RegExp(`^[0-9A-Za-z._-]{1,${MAX_UNIT_CODE}}$`);
