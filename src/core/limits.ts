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
/**
 * When a reader that can be stopped from outside (the pane's workers, the CLI's reader threads) has not
 * answered for one file this long, it is stopped and the file refused as too slow: the reader's own clock
 * (MAX_MS_PER_FILE) is checked between steps, this one holds even inside a step (SheetJS parses in one call).
 */
export const MAX_MS_PER_FILE_HARD = MAX_MS_PER_FILE + 5_000;
/** Longest text read as a number (characters): "1.500.000.000 đồng" is 18; anything longer is text, not a figure. */
export const MAX_NUMBER_TEXT = 64;

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
/** Deepest nesting of a template's JSON (objects and arrays); the built-ins nest 7 deep (a field in its list in its group in its table). */
export const MAX_TEMPLATE_DEPTH = 10;
/** Most values (objects, arrays, texts, numbers) in a template's JSON; the built-ins have about 700. */
export const MAX_TEMPLATE_VALUES = 50_000;
/** Most problems told about one template: the first ones, then how many more. */
export const MAX_TEMPLATE_PROBLEMS = 20;

// Limits on an outline pasted or given as a file (besides MAX_TEMPLATE_BYTES): a plan is a few hundred lines.

/** Most lines in an outline (a whole plan pasted is a few hundred). */
export const MAX_OUTLINE_LINES = 5_000;
/** Longest line of an outline (characters): a long paragraph of a plan is about 2,000. */
export const MAX_OUTLINE_LINE = 4_000;
/** Most columns in a table's header row (tab-separated cells). */
export const MAX_OUTLINE_COLUMNS = 100;

// Limits on a roster (danh sách đơn vị), besides MAX_FILE_BYTES: the whole country has about 10,000 communes.

/** Most lines (rows) in a roster. */
export const MAX_ROSTER_LINES = 200_000;
/** Longest line of a roster (characters). */
export const MAX_ROSTER_LINE = 2_000;
/** Most columns in a roster. */
export const MAX_ROSTER_COLUMNS = 64;

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
