/**
 * The check command: read each input in its own encoding, check (and fix) it with its own
 * configuration, print one report for all of them, in input order. Many files are checked in
 * parallel on worker threads (pool.ts); a few, or on one core, in this thread. A file that
 * fails is named on stderr and makes the exit code 2; the others are still checked and reported.
 */
import type { SpeechCheckConfig } from '../engine/model/config';
import type { Locale } from '../engine/model/types';
import { FileChecker, type FileJob } from './check-file';
import { ConfigResolver } from './context';
import { expandInputs, type Input } from './inputs';
import { DEFAULT_BUDGET, MANY_FILES, setInterruptBudget } from './jit-budget';
import type { CliIO, OutputFormat } from './io';
import { OrderedReport } from './ordered-report';
import { CheckPool, workerCount } from './pool';

export { writeAtomic } from './check-file';

export interface CheckRunOptions {
  format: OutputFormat;
  fix: 'none' | 'write' | 'dry-run';
  quiet: boolean;
  color: boolean;
  configPath?: string;
  locale?: Locale;
  layer: SpeechCheckConfig;
  today: Date;
  debug?: boolean;
  /** Word files: what `--fix` writes (tracked changes, comments) and where (beside, or `--in-place`). */
  docx?: { changes: boolean; comments: boolean; inPlace: boolean; commentsOnly?: boolean };
}

/** Outcomes that may wait for an earlier file per worker: bounds what a slow file holds back. */
const WINDOW_PER_WORKER = 16;
/**
 * When the pool grows, a new worker's first file takes its cold start (its bundle, its
 * segmenter's dictionary: a few hundred ms) while the command's thread goes on checking: this
 * many more outcomes may wait meanwhile (a few KB each).
 */
const GROW_WINDOW = 160;

export async function checkFiles(args: readonly string[], options: CheckRunOptions, io: CliIO): Promise<number> {
  const { inputs, problems, notices } = expandInputs(args, io.cwd);
  // A long run: V8's default optimisation budget again (cli/jit-budget.ts).
  if (inputs.length >= MANY_FILES) setInterruptBudget(DEFAULT_BUDGET);
  for (const n of notices) io.stderr(`speechcheck: ${n}\n`);
  const report = new OrderedReport(options, io, inputs, [...problems]);
  const resolver = new ConfigResolver(
    { ...(options.configPath ? { configPath: options.configPath } : {}), layer: options.layer, today: options.today },
    io.cwd,
  );
  const jobFor = (index: number, input: Input): FileJob => {
    const conf = resolver.forInput(input);
    return conf.ok ? { index, input, config: conf.config } : { index, input, configFailure: { rcPath: conf.rcPath, message: conf.message } };
  };
  let stdinRead: Promise<Buffer> | undefined;
  const stdin = (): Promise<Buffer> => (stdinRead ??= io.readStdin());
  const { workers, grow } = workerCount(inputs.length, io.env);
  if (workers === 0) {
    const checker = new FileChecker(options, io.env, stdin);
    for (const [index, input] of inputs.entries()) {
      report.add(index, await checker.check(jobFor(index, input)));
      await io.drain?.();
    }
  } else {
    let next = 0;
    let draining = false;
    const window = WINDOW_PER_WORKER * (workers + 1) + (grow ? GROW_WINDOW : 0);
    const pool: CheckPool = new CheckPool({
      workers,
      grow,
      options,
      env: io.env,
      stdin,
      next: () => {
        if (next >= inputs.length) return undefined;
        if (next >= report.flushed + window) return null;
        // Output backed up: no new file until it has gone out (the report is never held whole).
        const drained = draining ? undefined : io.drain?.();
        if (drained) {
          draining = true;
          void drained.then(() => {
            draining = false;
            pool.wake();
          });
        }
        if (draining) return null;
        const index = next++;
        return jobFor(index, inputs[index]!);
      },
      done: (index, outcome) => report.add(index, outcome),
      ...(options.debug ? { debug: (line: string) => io.stderr(`speechcheck: ${line}\n`) } : {}),
    });
    await pool.run();
  }
  return report.finish();
}
