// Long output written as it is made: pieces gathered into batches of about
// 16 K characters, each written only when the stream has room ('drain'), so a slow
// reader (a pipe to a pager, a slow disk) holds the writer back instead of
// the whole output piling up in memory. When the reader goes away (a pipe to
// `head`), writing stops quietly, as for any command line tool.
import type { Writable } from "node:stream";

/** Characters per write: short strings die young (longer ones go to V8's large-object space). */
const BATCH = 16 * 1024;

/** Writes `pieces` to `stream` with back-pressure; resolves when all is handed over or the reader has gone. */
export async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  let gone = stream.destroyed || stream.writableEnded;
  let failure: Error | undefined;
  // Left in place: a reader leaving after the last write is no failure either.
  stream.on("error", (e: NodeJS.ErrnoException) => {
    gone = true;
    if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") failure = e;
  });
  let batch: string[] = [];
  let size = 0;
  const flush = async () => {
    const text = batch.join("");
    batch = [];
    size = 0;
    if (gone || stream.write(text)) return;
    // The reader is behind: wait until it has taken what is queued, or has gone.
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off("drain", done);
        stream.off("close", done);
        stream.off("error", done);
        resolve();
      };
      stream.on("drain", done);
      stream.on("close", done);
      stream.on("error", done);
    });
  };
  for (const piece of pieces) {
    if (gone) break;
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH) await flush();
  }
  if (!gone) await flush();
  if (failure) throw failure;
}
