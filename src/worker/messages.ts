// What the page and the parsing worker say to each other.
import type { UnitFile } from "../core/consolidate";

export interface ParseRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
}

/** One file read: a report gives one UnitFile, an archive one per member (its lock files skipped). */
export type ParseReply = { id: number; result: UnitFile[]; skipped: string[] };
