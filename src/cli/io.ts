// Where a command writes: the lines it prints, its messages, and long output
// (--json) as it is made. main.ts gives the process's streams; tests give
// their own.
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Long output (--json of a consolidation) as it is made, then a line break, as `out`; waits while the reader is behind. */
  write?: (pieces: Iterable<string>) => Promise<void>;
}
