/**
 * V8's optimisation budget for the command (see cli-loader.ts): a function is optimised by
 * TurboFan, on a background thread, once it has run this much bytecode. The command starts
 * with 4× Node 20's default (most compilations of a short run pay nothing back) and returns to
 * the default when it has many files to check, a run long enough for optimised code to pay.
 */
import * as v8 from 'node:v8';

/** Node 20's (V8 11.3) default --interrupt-budget. */
export const DEFAULT_BUDGET = 67_584;
/** The command's budget at start. */
export const COLD_BUDGET = 4 * DEFAULT_BUDGET;
/** From this many files a run is long: the default budget again. */
export const MANY_FILES = 16;

export function setInterruptBudget(budget: number): void {
  v8.setFlagsFromString(`--interrupt-budget=${budget}`);
}

/** The argument a check worker of the pool is started with (pool.ts): it leaves the budget as the command set it. */
export const CHECK_WORKER_ARG = '--speechcheck-check-worker';
