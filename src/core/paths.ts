// File names for messages: the last part of a path, whichever separator it uses, and a file inside an archive
// named after the archive ("bao-cao.zip › xa-a.xlsx").
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** How a file inside an archive is named in messages: "bao-cao.zip › xa-a.xlsx". */
export const ARCHIVE_SEP = " › ";

/** The file's own name: the last part of a path or of "archive.zip › member.xlsx". */
export function fileLabel(file: string): string {
  return (baseName(file).split(ARCHIVE_SEP.trim()).pop() ?? file).trim();
}
