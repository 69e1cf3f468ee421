// Text files as Vietnamese offices save them: UTF-8 (with or without a BOM),
// "Unicode text" from Word or Excel (UTF-16 with a BOM), or the legacy
// Windows-1258 code page when UTF-8 does not decode.
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes).normalize("NFC");
  } catch {
    // Windows-1258 composes tones with combining marks: NFC makes them one letter again.
    return new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  }
}
