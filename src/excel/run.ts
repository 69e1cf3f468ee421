// Excel.run as the add-in uses it: waits while the user is typing in a cell
// (delayForCellEdit, where the host has ExcelApi 1.11) and otherwise tries again
// a few times when Excel answers InvalidOperationInCellEditMode. Every write of
// the add-in can run again after failing halfway, so trying again is safe.
import { officeErrorCode } from "./office-errors";

export type Batch<T> = (ctx: Excel.RequestContext) => Promise<T>;

export interface RunDeps {
  /** Excel.run, with options only where the host has them (older hosts get the plain form). */
  run<T>(options: Excel.RunOptions | undefined, batch: Batch<T>): Promise<T>;
  wait(ms: number): Promise<void>;
}

const officeRun: RunDeps = {
  run: (options, batch) => (options ? Excel.run(options, batch) : Excel.run(batch)),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Tries, and the pause before each new try. */
export const CELL_EDIT_TRIES = 4;
const PAUSE_MS = 1500;

/** @param delayForCellEdit the host has ExcelApi 1.11, where Excel itself waits for the edit to end */
export async function runExcel<T>(batch: Batch<T>, delayForCellEdit: boolean, deps: RunDeps = officeRun): Promise<T> {
  const options: Excel.RunOptions | undefined = delayForCellEdit ? { delayForCellEdit: true } : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.run(options, batch);
    } catch (e) {
      if (officeErrorCode(e) !== "InvalidOperationInCellEditMode" || attempt >= CELL_EDIT_TRIES) throw e;
      await deps.wait(PAUSE_MS * attempt);
    }
  }
}
