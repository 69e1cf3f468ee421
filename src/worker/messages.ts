// What the page and the parsing worker say to each other.
import type { UnitFile } from "../core/consolidate";

export interface ParseRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
}

export type ParseReply = { id: number; result: UnitFile };
