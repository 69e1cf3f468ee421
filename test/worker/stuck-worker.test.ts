// The pane's workers: one stuck on a file (SheetJS parses in one call, which
// its own clock cannot cut) is stopped after the hard limit and replaced; that
// file is refused as too slow in words, the others are read, and Dừng still
// stops everything at once. Web Workers are stood in for by a class that
// answers each file at once except one it never answers; time is jest's fake
// clock, so nothing here waits on the machine.
import { failures } from "../../src/core/i18n/messages";
import { MAX_MS_PER_FILE_HARD } from "../../src/core/limits";
import type { ParseReply, ParseRequest } from "../../src/worker/protocol";
import { CancelledError, workerParser } from "../../src/worker/pool";

class StandInWorker {
  static made: StandInWorker[] = [];
  onmessage: ((e: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    StandInWorker.made.push(this);
  }
  postMessage(req: ParseRequest): void {
    if (req.name.includes("treo")) return; // stuck: never answers
    const read = { ok: false as const, failure: { code: "read_here", message: { vi: "đã đọc", en: "read" } } };
    queueMicrotask(() => {
      if (!this.terminated)
        this.onmessage?.({
          data: { id: req.id, result: [{ file: req.name, sha256: "", read }], skipped: [] },
        } as unknown as MessageEvent<ParseReply>);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const file = (name: string) => ({ name, arrayBuffer: async () => new ArrayBuffer(8) });

beforeEach(() => {
  StandInWorker.made = [];
  (globalThis as unknown as { Worker: unknown }).Worker = StandInWorker;
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

test("a file no worker finishes is refused as too slow; a new worker reads the rest", async () => {
  const names = ["a.xlsx", "treo.xlsx", "b.xlsx", "c.xlsx", "treo-2.xls", "d.xlsx"];
  const progress: number[] = [];
  const parse = workerParser("worker.js", 2);
  const done = parse(names.map(file), (n) => progress.push(n), new AbortController().signal);
  // Let the stand-ins answer what they answer, then let the clock pass the hard limit, twice.
  for (let i = 0; i < 3; i++) {
    await jest.advanceTimersByTimeAsync(MAX_MS_PER_FILE_HARD);
  }
  const files = await done;
  expect(files.map((f) => [f.file, f.read.ok ? "ok" : f.read.failure.code])).toEqual(
    names.map((n) => [n, n.includes("treo") ? "too_slow" : "read_here"]),
  );
  const slow = files.find((f) => f.file === "treo.xlsx")!.read;
  expect(slow.ok ? "" : slow.failure.message.vi).toBe(failures.tooSlow(MAX_MS_PER_FILE_HARD / 1000).vi);
  expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
  // Two workers, one more for the first stuck one (the second is stuck on the last file): all stopped at the end.
  expect(StandInWorker.made.length).toBe(3);
  expect(StandInWorker.made.every((w) => w.terminated)).toBe(true);
});

test("Dừng while a worker is stuck stops everything at once", async () => {
  const controller = new AbortController();
  const parse = workerParser("worker.js", 1);
  const done = parse([file("treo.xlsx"), file("a.xlsx")], () => undefined, controller.signal);
  await jest.advanceTimersByTimeAsync(1000);
  controller.abort();
  await expect(done).rejects.toBeInstanceOf(CancelledError);
  expect(StandInWorker.made.every((w) => w.terminated)).toBe(true);
});
