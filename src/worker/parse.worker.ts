// Parses unit files off the UI thread: bytes in, UnitFiles (reports or the
// reasons they cannot be read) out. Runs the same intake as the command line.
import { failures } from "../core/i18n/messages";
import { sha256Hex } from "../core/sha256";
import { templateCatalogue } from "../core/templates/catalogue";
import { readInput } from "../xlsx/intake";
import type { ParseReply, ParseRequest } from "./messages";

async function digest(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (!subtle) return sha256Hex(bytes);
  const hash = await subtle.digest("SHA-256", bytes as unknown as ArrayBuffer);
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, "0")).join("");
}

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
  const { id, name, bytes, templates } = e.data;
  const data = new Uint8Array(bytes);
  let reply: ParseReply;
  try {
    const intake = await readInput(data, name, digest, { templates: templateCatalogue(templates) });
    reply = { id, result: intake.files, skipped: intake.skipped };
  } catch (err) {
    reply = {
      id,
      result: [
        {
          file: name,
          sha256: "",
          read: {
            ok: false,
            failure: {
              code: "internal",
              message: failures.internal(String(err)),
            },
          },
        },
      ],
      skipped: [],
    };
  }
  (self as unknown as { postMessage: (m: ParseReply) => void }).postMessage(reply);
};
