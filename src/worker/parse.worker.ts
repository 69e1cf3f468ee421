// Parses unit files off the UI thread: bytes in, UnitFiles (reports or the
// reasons they cannot be read) out. Runs the same intake as the command line.
import { failures } from "../core/i18n/messages";
import { unreadFile } from "../core/vocabulary";
import { templateCatalogue } from "../core/templates/catalogue";
import { readInput } from "../xlsx/received-file";
import { digest } from "./digest";
import type { ParseReply, ParseRequest } from "./protocol";

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
      result: [unreadFile(name, { code: "internal", message: failures.internal(String(err)) })],
      skipped: [],
    };
  }
  (self as unknown as { postMessage: (m: ParseReply) => void }).postMessage(reply);
};
