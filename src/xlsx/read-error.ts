// Why a file could not be read at all. The code is stable (tests and the
// summary rely on it); the message is for logs — users see the catalogue's.
export type ReadErrorCode =
  | "not_xlsx"
  | "xls_binary"
  | "too_large"
  | "zip_bomb"
  | "corrupt"
  | "dtd"
  | "no_workbook"
  | "too_many_sheets"
  | "too_many_cells"
  | "too_slow"
  | "encrypted"
  | "encoding";

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = "ReadError";
  }
}
