// Intake: one received file (bytes and name) → what it holds, for every kind
// of file a district receives by e-mail or chat. Every file gets a status and
// a reason; a .zip is opened in memory (a zip inside it too, down to
// MAX_ARCHIVE_DEPTH, all its levels sharing one budget of inflated bytes) under
// the same limits as a workbook. Shared by the CLI, the web worker and the
// add-in (no Node imports).
import type { UnitFile } from "../core/consolidate/types";
import { failures } from "../core/i18n/messages";
import { isSystemFile, looksLikeTable, memberLabel, sniff } from "../core/file-kind";
import { META_SHEET } from "../core/form/sheets";
import { fileLabel } from "../core/paths";
import { MAX_ARCHIVE_DEPTH, MAX_FILE_BYTES, MAX_TOTAL_BYTES } from "../core/limits";
import { extractReport } from "../core/read/extract";
import { unreadFile, type ReadFailure } from "../core/vocabulary";
import { readLegacy } from "./legacy";
import { cfbDamage } from "./cfb";
import { cfbHasStream, type ReadOptions } from "./read";
import { ReadError } from "./read-error";
import { failureOf, readReportBytes } from "./report-file";
import { duplicateNames, inflateEntry, jsCodec, zipDirectory, type ZipCodec, type ZipEntry } from "./zip";

export type Digest = (bytes: Uint8Array) => string | Promise<string>;

export interface Intake {
  files: UnitFile[];
  /** Lock files, .DS_Store, Thumbs.db… found inside archives: counted, not read. */
  skipped: string[];
}

/** What a zip container is, from its entry names (and an OpenDocument's mimetype). */
type ZipKind = "xlsx" | "ods" | "docx" | "office" | "archive";

export function zipKind(bytes: Uint8Array, entries: readonly ZipEntry[], codec: ZipCodec | undefined): ZipKind {
  const has = new Set(entries.map((e) => e.name));
  if (has.has("xl/workbook.xml") || (has.has("[Content_Types].xml") && entries.some((e) => e.name.startsWith("xl/"))))
    return "xlsx";
  if (has.has("word/document.xml")) return "docx";
  if (has.has("ppt/presentation.xml")) return "office";
  if (has.has("mimetype") && has.has("content.xml")) {
    const entry = entries.find((e) => e.name === "mimetype" && e.size < 200);
    const type = entry ? String.fromCharCode(...inflateEntry(bytes, entry, codec ?? jsCodec)) : "";
    return type.includes("spreadsheet") ? "ods" : "office";
  }
  return "archive";
}

/** What a CFB (OLE) container is, from the names of its streams. */
export function cfbKind(bytes: Uint8Array): "xls" | "encrypted" | "doc" | "office" {
  const has = (name: string) => cfbHasStream(bytes, name);
  if (has("EncryptedPackage")) return "encrypted";
  // Word first: a Word document may mention "Workbook" in its text; a workbook has no WordDocument stream.
  if (has("WordDocument")) return "doc";
  if (has("Workbook") || has("Book")) return "xls";
  return "office";
}

const fail = (failure: ReadFailure) => ({ ok: false as const, failure });

function unitName(label: string): string {
  return fileLabel(label).replace(/\.[^.]+$/, "");
}

/** Reads one file's bytes (any spreadsheet format) as a report, says why not, or says it is an archive. */
async function readSheetFile(
  bytes: Uint8Array,
  label: string,
  options: ReadOptions,
): Promise<UnitFile["read"] | "archive"> {
  if (bytes.length > MAX_FILE_BYTES) return fail(failureOf(new ReadError("too_large", `${bytes.length} bytes`)));
  switch (sniff(bytes)) {
    case "empty":
      return fail({ code: "empty", message: failures.emptyFile() });
    case "pdf":
      return fail({ code: "pdf", message: failures.pdf() });
    case "image":
      return fail({ code: "picture", message: failures.picture() });
    case "text":
    case "unknown":
      // A table exported as CSV or "Unicode text" lost the form (unit, period, where each figure is).
      if (looksLikeTable(bytes)) return fail({ code: "text_table", message: failures.textTable() });
      return fail({ code: "not_xlsx", message: failures.notXlsx() });
    case "cfb": {
      // A truncated or overwritten Office file is damaged, not "not a workbook": whatever it was, it cannot be read.
      const damage = cfbDamage(bytes);
      if (damage) return fail(failureOf(new ReadError("corrupt", damage)));
      const kind = cfbKind(bytes);
      if (kind === "encrypted") return fail(failureOf(new ReadError("encrypted", "")));
      if (kind === "doc") return fail({ code: "word", message: failures.wordDocument() });
      if (kind === "office") return fail({ code: "not_xlsx", message: failures.notXlsx() });
      return legacy(bytes, label, options);
    }
    case "zip": {
      let kind: ZipKind;
      try {
        kind = zipKind(bytes, zipDirectory(bytes), options.codec);
      } catch (e) {
        return fail(e instanceof ReadError ? failureOf(e) : failureOf(new ReadError("corrupt", String(e))));
      }
      if (kind === "xlsx") return readReportBytes(bytes, unitName(label), options);
      if (kind === "ods") return legacy(bytes, label, options);
      if (kind === "docx") return fail({ code: "word", message: failures.wordDocument() });
      if (kind === "office") return fail({ code: "not_xlsx", message: failures.otherDocument() });
      return "archive";
    }
  }
}

async function legacy(bytes: Uint8Array, label: string, options: ReadOptions): Promise<UnitFile["read"]> {
  try {
    const grid = await readLegacy(bytes, options);
    const read = extractReport(grid, unitName(label), options.templates);
    // A report's information sheet is there but unreadable (its texts zeroed inside an intact record chain):
    // SheetJS cannot tell, but the file was a report and is damaged, not "not a report".
    if (!read.ok && read.failure.code === "not_a_report" && grid.sheetNames.includes(META_SHEET))
      return fail(failureOf(new ReadError("corrupt", `${META_SHEET} holds no information`)));
    return read;
  } catch (e) {
    if (e instanceof ReadError) return fail(failureOf(e));
    return fail({ code: "internal", message: failures.internal(String((e as Error)?.message ?? e)) });
  }
}

/** Where an archive sits among archives: how deep, and the inflated bytes its whole tree may still take. */
interface Nesting {
  depth: number;
  budget: { left: number };
}

/** The members of an archive, each read as a file of its own; an archive among them opened in turn. */
async function readArchive(
  bytes: Uint8Array,
  label: string,
  digest: Digest,
  options: ReadOptions,
  nesting: Nesting = { depth: 1, budget: { left: MAX_TOTAL_BYTES } },
): Promise<Intake | ReadFailure> {
  const codec = options.codec ?? jsCodec;
  // By name; folders are not members. Two members of one name are both refused: which one is the report?
  const members = new Map<string, ZipEntry>();
  const tooBig: string[] = [];
  let twice: Set<string>;
  try {
    const entries = zipDirectory(bytes);
    twice = new Set(duplicateNames(entries, false));
    for (const e of entries) {
      if (e.name.endsWith("/")) continue;
      if (e.size > MAX_FILE_BYTES) {
        tooBig.push(e.name);
        continue;
      }
      // One budget for the archive and every archive inside it: a nest of small zips cannot multiply it.
      nesting.budget.left -= e.size;
      if (nesting.budget.left < 0)
        throw new ReadError("zip_bomb", `members inflate to more than ${MAX_TOTAL_BYTES} bytes`);
      members.set(e.name, e);
    }
  } catch (e) {
    return e instanceof ReadError ? failureOf(e) : failureOf(new ReadError("corrupt", String(e)));
  }
  const out: Intake = { files: [], skipped: [] };
  const names = [...members.keys(), ...tooBig].sort();
  if (names.length === 0) return { code: "empty_archive", message: failures.emptyArchive() };
  for (const name of names) {
    const file = memberLabel(label, name);
    if (isSystemFile(name)) {
      out.skipped.push(file);
      continue;
    }
    const entry = members.get(name);
    if (!entry) {
      out.files.push(unreadFile(file, failureOf(new ReadError("too_large", ""))));
      continue;
    }
    if (twice.has(name)) {
      out.files.push(unreadFile(file, { code: "corrupt", message: failures.duplicateMember() }));
      continue;
    }
    if (entry.encrypted) {
      out.files.push(unreadFile(file, { code: "encrypted", message: failures.encryptedArchive() }));
      continue;
    }
    let data: Uint8Array;
    try {
      // A damaged member is refused on its own (checksum, size): never read as wrong numbers.
      data = inflateEntry(bytes, entry, codec);
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      out.files.push(unreadFile(file, failureOf(e)));
      continue;
    }
    const read = await readSheetFile(data, file, options);
    if (read === "archive" && nesting.depth < MAX_ARCHIVE_DEPTH) {
      const inner = await readArchive(data, file, digest, options, { ...nesting, depth: nesting.depth + 1 });
      if (!("code" in inner)) {
        out.files.push(...inner.files);
        out.skipped.push(...inner.skipped);
        continue;
      }
      out.files.push(unreadFile(file, inner, await digest(data)));
      continue;
    }
    out.files.push({
      file,
      sha256: await digest(data),
      read: read === "archive" ? fail({ code: "nested_archive", message: failures.nestedArchive() }) : read,
    });
  }
  return out;
}

/**
 * Reads one received file: a report (.xlsx, .xlsm, .xls, .ods) gives one
 * UnitFile, an archive one per member; anything else one UnitFile saying
 * what it is and what to do. Never throws for a bad file.
 */
export async function readInput(
  bytes: Uint8Array,
  label: string,
  digest: Digest,
  options: ReadOptions = {},
): Promise<Intake> {
  const sha256 = await digest(bytes);
  // Folders skip these before reading (counted in one line); one picked by hand is told apart from a report.
  if (isSystemFile(label))
    return {
      files: [unreadFile(label, { code: "system_file", message: failures.systemFile() }, sha256)],
      skipped: [],
    };
  try {
    const read = await readSheetFile(bytes, label, options);
    if (read !== "archive") return { files: [{ file: label, sha256, read }], skipped: [] };
    const archive = await readArchive(bytes, label, digest, options);
    return "code" in archive ? { files: [unreadFile(label, archive, sha256)], skipped: [] } : archive;
  } catch (e) {
    // A bug of ours; still, one file must never stop the run.
    return {
      files: [
        unreadFile(label, { code: "internal", message: failures.internal(String((e as Error)?.message ?? e)) }, sha256),
      ],
      skipped: [],
    };
  }
}
