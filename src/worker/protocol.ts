// What the page and the parsing worker say to each other.
import type { UnitFile } from "../core/consolidate";
import type { Template } from "../core/templates";

export interface ParseRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
  /** Templates the user gave, besides the built-ins (a report's own carried template needs none). */
  templates?: Template[];
}

/** One file read: a report gives one UnitFile, an archive one per member (its lock files skipped). */
export type ParseReply = { id: number; result: UnitFile[]; skipped: string[] };
