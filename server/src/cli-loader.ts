/**
 * The `speechcheck` command (dist/cli.js): runs the bundle, dist/cli-main.js, compiled with the
 * V8 code cache the build made by running it once (dist/cli-main.cache: the bytecode of the
 * functions a check runs), so a cold start neither parses the whole bundle nor compiles those
 * functions again. The build ends the bundle with its SHA-256 (`//# speechcheck-build=…`),
 * which the cache starts with: a cache made from other source (V8 itself only compares
 * lengths), or by another Node version (V8 refuses it), is ignored and the bundle compiled
 * as Node would. `SPEECHCHECK_CODE_CACHE=write` writes the cache at exit.
 */
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type * as WorkerThreads from 'node:worker_threads';
import { CHECK_WORKER_ARG, COLD_BUDGET, DEFAULT_BUDGET, setInterruptBudget } from './cli/jit-budget';
import { compileRegexpsOnce } from './regexp-tier';

const main = path.join(__dirname, 'cli-main.js');
const cacheFile = path.join(__dirname, 'cli-main.cache');
const bytes = fs.readFileSync(main);
// Not node:crypto: loading it would cost more than the cache saves.
const stamp = /\/\/# speechcheck-build=([0-9a-f]{64})\s*$/.exec(bytes.subarray(-120).toString('latin1'))?.[1];
const hash = stamp ? Buffer.from(stamp, 'hex') : undefined;
let cachedData: Buffer | undefined;
try {
  const cache = hash ? fs.readFileSync(cacheFile) : undefined;
  if (hash && cache?.subarray(0, hash.length).equals(hash)) cachedData = cache.subarray(hash.length);
} catch {
  // no cache: compile as usual
}
/**
 * V8 has a function optimised (TurboFan, on a background thread) once it has run ~66 KB of
 * bytecode (Node 20's --interrupt-budget). A command that checks a draft or two and exits gets
 * nothing back from most of those compilations: they were about a third of a cold check's CPU
 * (perf). At 4× the budget only what stays hot is optimised (one seed, CPU: 650 → 440 ms);
 * a run over many files returns to the default (run-check.ts), where optimised code pays.
 * Set before the script is compiled: a code cache holds the flags it was made under, and the
 * build makes it through this loader. A check worker (started in a long run, whose command has
 * gone back to the default) compiles under the same flag, so that the cache is taken, and then
 * returns the process to the default.
 */
const checkWorker = process.argv.includes(CHECK_WORKER_ARG);
setInterruptBudget(COLD_BUDGET);
compileRegexpsOnce();
// The build writes the bundle in ASCII: read as Latin-1, it is a one-byte string at once.
const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
const script = new vm.Script(Module.wrap(source), { filename: main, ...(cachedData ? { cachedData } : {}) });
const mod = new Module(main, module);
mod.filename = main;
mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(__dirname);
// node:worker_threads only when the cache is to be written (a cold command does not load it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (process.env.SPEECHCHECK_CODE_CACHE === 'write' && hash && (require('node:worker_threads') as typeof WorkerThreads).isMainThread) {
  process.once('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([hash, script.createCachedData()])));
}
if (checkWorker) setInterruptBudget(DEFAULT_BUDGET);
(script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, createRequire(main), mod, main, __dirname);
