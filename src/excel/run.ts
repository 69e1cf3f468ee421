// Excel.run as the add-in uses it: waits while the user is typing in a cell
// (delayForCellEdit, where the host has ExcelApi 1.11) and otherwise tries again
// a few times when Excel answers InvalidOperationInCellEditMode. Every write of
// the add-in can run again after failing halfway, so trying again is safe.
// Waiting is said, not silent: a request Excel has not answered after a moment
// (with delayForCellEdit Excel holds it while a cell is being edited) or a
// refusal for cell editing turns the WaitNotice on until Excel answers.
import { CELL_EDIT_CODE, officeErrorCode } from "./office-errors";

export type Batch<T> = (ctx: Excel.RequestContext) => Promise<T>;

export interface RunDeps {
  /** Excel.run, with options only where the host has them (older hosts get the plain form). */
  run<T>(options: Excel.RunOptions | undefined, batch: Batch<T>): Promise<T>;
  wait(ms: number): Promise<void>;
  /** Calls `f` after `ms` unless cancelled (the returned function); setTimeout by default. */
  later?(ms: number, f: () => void): () => void;
}

const officeRun: RunDeps = {
  run: (options, batch) => (options ? Excel.run(options, batch) : Excel.run(batch)),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const timer = (ms: number, f: () => void): (() => void) => {
  const id = setTimeout(f, ms);
  return () => clearTimeout(id);
};

/** Tries, and the pause before each new try. */
export const CELL_EDIT_TRIES = 4;
const PAUSE_MS = 1500;
/**
 * How long a request may go unanswered before the pane says Excel may be waiting for a cell edit to
 * end. Excel answers tonghop's requests (at most 4 MB each) well within it when no cell is edited.
 */
export const CELL_EDIT_NOTICE_MS = 2000;

/** Where the pane hears that Excel is (true) or is no longer (false) waiting for the user to leave a cell. */
export interface WaitNotice {
  show(waiting: boolean): void;
  /** Default CELL_EDIT_NOTICE_MS. */
  afterMs?: number;
}

/** The same context, whose every sync turns the notice on when Excel takes longer than `afterMs` to answer. */
function watchSyncs(ctx: Excel.RequestContext, notice: WaitNotice, later: NonNullable<RunDeps["later"]>) {
  const sync = ctx.sync.bind(ctx);
  ctx.sync = <T>(passThroughValue?: T): Promise<T> => {
    const cancel = later(notice.afterMs ?? CELL_EDIT_NOTICE_MS, () => notice.show(true));
    return sync(passThroughValue).finally(() => {
      cancel();
      notice.show(false);
    });
  };
  return ctx;
}

/**
 * @param delayForCellEdit the host has ExcelApi 1.11, where Excel itself waits for the edit to end
 * @param notice told while Excel waits for a cell edit to end
 */
export async function runExcel<T>(
  batch: Batch<T>,
  delayForCellEdit: boolean,
  deps: RunDeps = officeRun,
  notice?: WaitNotice,
): Promise<T> {
  const options: Excel.RunOptions | undefined = delayForCellEdit ? { delayForCellEdit: true } : undefined;
  // Only a host that waits for the edit to end holds a request; elsewhere Excel refuses at once (below).
  const watched: Batch<T> =
    notice && delayForCellEdit ? (ctx) => batch(watchSyncs(ctx, notice, deps.later ?? timer)) : batch;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await deps.run(options, watched);
      } catch (e) {
        if (officeErrorCode(e) !== CELL_EDIT_CODE || attempt >= CELL_EDIT_TRIES) throw e;
        // Excel said so: a cell is being edited. Say it while waiting to try again.
        notice?.show(true);
        await deps.wait(PAUSE_MS * attempt);
      }
    }
  } finally {
    notice?.show(false);
  }
}
