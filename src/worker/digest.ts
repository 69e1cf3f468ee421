// A file's SHA-256 in the browser: the platform's own (crypto.subtle) where there is one, else the core's.
import { sha256Hex } from "../core/sha256";

export async function digest(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (!subtle) return sha256Hex(bytes);
  const hash = await subtle.digest("SHA-256", bytes as unknown as ArrayBuffer);
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, "0")).join("");
}
