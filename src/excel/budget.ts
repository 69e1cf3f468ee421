// Keeps every request to Excel, and every answer, under a size: Excel on the web
// refuses a request above 5 MB (RequestPayloadSizeLimitExceeded, Office error
// 5103) and an answer above 5 MB (ResponsePayloadSizeLimitExceeded, 5104). Callers
// tell the budget how many bytes each queued command adds (its values as JSON,
// and a cost per command measured on Microsoft's runtime: COMMAND_BYTES for
// formats, highlight.ts's FILL_COSTS for fills) and, for loads, how many bytes
// the answer will take; it syncs before either would pass the limit. A command
// adds at most 512 KB (values are written in chunks of that size), so syncing at
// 3 MB keeps requests under 4 MB.

/** 4 MB: a margin under Excel on the web's 5 MB. */
export const REQUEST_LIMIT = 4 * 1024 * 1024;
/** What one command costs in a request besides its values (object path and action, as JSON). */
export const COMMAND_BYTES = 200;

/** UTF-8 bytes of a value as JSON, as the request carries it. */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

export class SyncBudget {
  private queued = 0;
  private answer = 0;
  /** Round trips it made. */
  syncs = 0;

  constructor(
    private context: Excel.RequestContext,
    private limit = REQUEST_LIMIT * 0.75,
  ) {}

  /**
   * Counts what was just queued: `commands` commands of COMMAND_BYTES carrying `bytes` more, whose
   * answer (a load's) takes `answerBytes`.
   */
  async add(commands: number, bytes = 0, answerBytes = 0): Promise<void> {
    this.queued += commands * COMMAND_BYTES + bytes;
    this.answer += answerBytes;
    if (this.queued >= this.limit || this.answer >= this.limit) await this.flush();
  }

  /** Syncs what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.queued === 0 && this.answer === 0) return;
    this.queued = 0;
    this.answer = 0;
    this.syncs += 1;
    await this.context.sync();
  }
}
