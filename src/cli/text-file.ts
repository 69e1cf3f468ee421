// Text files as Vietnamese offices save them: UTF-8 (with or without a BOM),
// "Unicode text" from Word or Excel (UTF-16 with a BOM), or the legacy
// Windows-1258 code page when UTF-8 does not decode. One decoder for the
// whole project (core/text-decode.ts, also used for rosters): it carries its
// own Windows-1258 table, which Node builds without full ICU lack.
import { decodeText as decode } from "../core/text-decode";

export function decodeText(bytes: Uint8Array): string {
  return decode(bytes).text;
}
