/**
 * Checking many files in parallel: worker threads (each with its own engine, segmenter and a
 * bounded heap) take one file at a time; the command's thread hands out the jobs in input
 * order and gets the outcomes back by index. A file a worker cannot take (standard input, one
 * over WORKER_MAX_BYTES, anything but a regular file) is checked in the command's thread.
 * Without `SPEECHCHECK_WORKERS`, the command's thread checks files too, and workers start one
 * at a time, each kept only while it measurably pays (pool-growth.ts).
 * A worker that dies loses only the file it had: that file is reported as an error (or, when
 * the worker ran out of its bounded heap, checked again in the command's thread), a new
 * worker takes its place, and the other files go on.
 */
import { CHECK_WORKER_ARG } from './jit-budget';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { FileChecker, internalError, type FileJob, type FileOutcome } from './check-file';
import { Growth, type TrialSettings } from './pool-growth';
import type { CheckRunOptions } from './run-check';

const WORKER_TAG = 'speechcheck-check-worker';

/** Files at least this large are checked in the command's thread, whose heap is not capped. */
export const WORKER_MAX_BYTES = 1024 * 1024;
/**
 * Fewer files than this are checked in the command's thread: a worker costs a cold start, and
 * the command's own heap (not capped) stays small over this few.
 */
export const PARALLEL_FROM = 64;
/**
 * A worker is tried only with this many logical CPUs. The command's thread already keeps
 * ~1.4 of them busy (V8 compiles and collects on background threads: 1,000 drafts in one
 * thread, 3.4 s of CPU in 2.5 s), so on two a worker has about half a CPU left and can never
 * bring the 1.3x a worker must (pool-growth.ts): there the trial only cost its cold start and
 * its windows (1,000 drafts, this project's 2-vCPU machine: 3.06 s with the trial, 2.49 s
 * without). SPEECHCHECK_POOL_MIN_CPUS sets it, for tests.
 */
const GROW_FROM_CPUS = 3;
/**
 * The memory a run may take. What a worker costs is measured, not assumed (it depends on the
 * segmenter: nodejieba keeps its own ~58 MB dictionary per thread, the engine's tables and
 * caches fill a heap as it goes): before the first worker, the growth of the process's
 * resident memory since the pool started is what the command thread's own checker took (the
 * same segmenter, tables and caches a worker builds); later, what the workers took each. A
 * worker is tried only if the resident memory plus that cost, times GROWTH_MARGIN for what a
 * checker still gains later, stays within the budget.
 * `SPEECHCHECK_WORKERS` sets the count where memory is no concern.
 */
const MEMORY_BUDGET_MB = 250;
const GROWTH_MARGIN = 1.5;

/** Whether one more worker fits: resident memory now and at the pool's start, workers running (MB). */
export function roomForWorker(rssMb: number, startRssMb: number, workers: number, budgetMb = MEMORY_BUDGET_MB): boolean {
  const perWorker = Math.max(0, rssMb - startRssMb) / Math.max(1, workers);
  return rssMb + perWorker * GROWTH_MARGIN <= budgetMb;
}
/**
 * A worker's heap: the engine's live data (tables, caches) is ~40-50 MB; this ceiling keeps a
 * worker near it (128 MB: +55 MB RSS; 40 MB: twice the CPU time, collecting all the time).
 * Its young generation costs GC time (1,000 drafts, one worker: ~1 s) but larger ones do not
 * fit the budget beside the command's thread, which now checks files too (worker kept, 1,000
 * drafts, peak RSS: 96/24 241-259 MB, 128/48 250-261 MB, 160/64 269-287 MB).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 24 };

/**
 * The trial's settings from the environment, for tests and tuning: SPEECHCHECK_POOL_MARGIN (the
 * factor a worker must bring, 0: keep every worker) and SPEECHCHECK_POOL_WINDOW_MS.
 */
function trialSettings(env: NodeJS.ProcessEnv): TrialSettings {
  const num = (v: string | undefined): number | undefined => (v !== undefined && /^\d+(\.\d+)?$/.test(v) ? Number(v) : undefined);
  const margin = num(env.SPEECHCHECK_POOL_MARGIN);
  const windowMs = num(env.SPEECHCHECK_POOL_WINDOW_MS);
  return { ...(margin !== undefined ? { margin } : {}), ...(windowMs !== undefined ? { windowMs } : {}) };
}

/**
 * node:worker_threads, loaded when a pool starts or a worker runs: a command that checks a
 * few files never loads it (a cold start's few ms).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = (): typeof WorkerThreads => require('node:worker_threads') as typeof WorkerThreads;
/** What a check worker is started with besides its workerData: seen without loading node:worker_threads. */
const WORKER_ARG = CHECK_WORKER_ARG;

/** Whether this thread is a check worker (cli.ts then runs `runWorker` instead of the command). */
export function isCheckWorker(): boolean {
  if (!process.argv.includes(WORKER_ARG)) return false;
  const { isMainThread, workerData } = threads();
  return !isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG;
}

/**
 * How many workers check `files` inputs: `SPEECHCHECK_WORKERS` when set (0: none; all of them
 * start), else up to one per core beside the command's thread, each while it pays and memory
 * allows (`grow`), none for a few files or fewer than GROW_FROM_CPUS logical CPUs, or when this code is not the bundled script (a worker runs the bundle's own file).
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv): { workers: number; grow: boolean } {
  if (!__filename.endsWith('.js')) return { workers: 0, grow: false };
  const asked = env.SPEECHCHECK_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return { workers: Math.min(Number(asked), files), grow: false };
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const minCpus = /^\d+$/.test(env.SPEECHCHECK_POOL_MIN_CPUS ?? '') ? Math.max(2, Number(env.SPEECHCHECK_POOL_MIN_CPUS)) : GROW_FROM_CPUS;
  if (files < PARALLEL_FROM || cores < minCpus) return { workers: 0, grow: false };
  return { workers: Math.min(cores - 1, files), grow: true };
}

/** The worker thread's side: check each job posted to it, post back its outcome. */
export function runWorker(): void {
  const { parentPort, workerData } = threads();
  const { options, env } = workerData as { options: CheckRunOptions; env: NodeJS.ProcessEnv };
  const checker = new FileChecker(options, env);
  let queue = Promise.resolve();
  parentPort!.on('message', (job: FileJob) => {
    queue = queue.then(async () => {
      const outcome = await checker.check(job);
      // The file's part of the report goes as a string: copying it costs less than encoding it
      // to UTF-8 here and moving the bytes (1,000 drafts: 0.13 s against 0.3 s), and the
      // command's thread, which writes it, is otherwise idle.
      parentPort!.postMessage({ index: job.index, outcome });
    });
  });
}

/** What a worker runs: the command's loader beside the bundle (it uses the code cache), else the bundle. */
function workerScript(): string {
  const loader = path.join(__dirname, 'cli.js');
  return loader !== __filename && fs.existsSync(loader) ? loader : __filename;
}

/** The size of a file a worker can take; undefined for one it cannot (checked in this thread). */
function workerSize(job: FileJob): number | undefined {
  if (!job.input.absolute) return undefined;
  try {
    const stat = fs.statSync(job.input.absolute);
    return stat.isFile() && stat.size < WORKER_MAX_BYTES ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

interface Lane {
  worker?: Worker;
  job?: FileJob;
  /** Takes no more files: ends once the one it has is done. */
  retiring?: boolean;
  /** Takes no files for now (on trial, while the others are measured without it). */
  paused?: boolean;
}

export interface PoolSetup {
  /** At most this many workers… */
  workers: number;
  /**
   * …all from the start (the command's thread then only takes the files a worker cannot), or
   * grown: the command's thread checks files too, and workers start one at a time while each
   * measurably pays and memory allows (pool-growth.ts).
   */
  grow: boolean;
  options: CheckRunOptions;
  env: NodeJS.ProcessEnv;
  /** Standard input, for the command thread's checker. */
  stdin: () => Promise<Buffer>;
  /** The next job, in input order; `undefined` when there are none left, `null` when it may not start yet. */
  next: () => FileJob | undefined | null;
  /** Each outcome, in the order they finish (the pool asks `next` again after each). */
  done: (index: number, outcome: FileOutcome) => void;
  /** Notes for `--debug` (the throughputs measured, the workers kept). */
  debug?: (line: string) => void;
}

/** Checks the jobs `next` hands out on worker threads and in the command's thread. */
export class CheckPool {
  private readonly lanes: Lane[] = [];
  private readonly local: FileChecker;
  private readonly localQueue: FileJob[] = [];
  private localRunning = false;
  private pending: FileJob | undefined;
  private finished = false;
  private inFlight = 0;
  private resolveAll: (() => void) | undefined;
  /** In grow mode: the measuring side, and the sizes of the files handed out (by index). */
  private growth: Growth | undefined;
  private readonly sizes = new Map<number, number>();
  /** The worker on trial (grow mode). */
  private trial: Lane | undefined;

  private readonly next: PoolSetup['next'];
  private readonly done: PoolSetup['done'];

  constructor(private readonly setup: PoolSetup) {
    this.local = new FileChecker(setup.options, setup.env, setup.stdin);
    this.next = setup.next;
    this.done = setup.done;
  }

  run(): Promise<void> {
    return new Promise((resolve) => {
      this.resolveAll = resolve;
      if (this.setup.grow) {
        const startRss = process.memoryUsage.rss();
        const mb = 1024 * 1024;
        const room = (workers: number): boolean => roomForWorker(process.memoryUsage.rss() / mb, startRss / mb, workers);
        this.growth = new Growth(this.setup.workers, room, trialSettings(this.setup.env));
      } else for (let i = 0; i < this.setup.workers; i++) this.lanes.push({});
      this.wake();
    });
  }

  /** Hands out jobs while a lane is free and the next job may start (after a `null`, call again). */
  wake(): void {
    for (;;) {
      if (!this.pending && !this.finished) {
        const job = this.next();
        if (job === null) break;
        if (job === undefined) this.finished = true;
        else this.pending = job;
      }
      const job = this.pending;
      if (!job) break;
      const size = workerSize(job);
      if (size === undefined) {
        this.pending = undefined;
        this.checkLocally(job);
        continue;
      }
      const lane = this.lanes.find((l) => !l.job && !l.retiring && !l.paused);
      const inline = !lane && this.growth !== undefined && !this.localRunning;
      if (!lane && !inline) break;
      this.pending = undefined;
      this.sizes.set(job.index, size);
      if (lane) this.send(lane, job);
      else this.checkLocally(job);
    }
    if (this.finished && !this.pending && this.inFlight === 0) this.stop();
  }

  private checkLocally(job: FileJob): void {
    this.inFlight++;
    this.localQueue.push(job);
    if (!this.localRunning) this.drainLocal();
  }

  /** The command thread's own files, one at a time, each on a later turn (workers' messages first). */
  private drainLocal(): void {
    const job = this.localQueue.shift();
    this.localRunning = job !== undefined;
    if (!job) return;
    setImmediate(() => {
      void this.local.check(job).then((outcome) => {
        this.inFlight--;
        this.done(job.index, outcome);
        this.measure(job, undefined);
        this.drainLocal();
        this.wake();
      });
    });
  }

  private send(lane: Lane, job: FileJob): void {
    lane.worker ??= this.spawn(lane);
    lane.job = job;
    this.inFlight++;
    lane.worker.postMessage(job);
  }

  private spawn(lane: Lane): Worker {
    const worker = new (threads().Worker)(workerScript(), {
      argv: [WORKER_ARG],
      workerData: { tag: WORKER_TAG, options: this.setup.options, env: this.setup.env },
      resourceLimits: RESOURCE_LIMITS,
      stdout: false,
      stderr: false,
    });
    let lastError: Error | undefined;
    worker.on('message', ({ index, outcome }: { index: number; outcome: FileOutcome }) => {
      const job = lane.job;
      if (job?.index !== index) return;
      lane.job = undefined;
      this.inFlight--;
      this.done(index, outcome);
      this.measure(job, lane);
      if (lane.retiring) this.retire(lane);
      this.wake();
    });
    worker.on('error', (err) => void (lastError = err));
    worker.on('exit', (code) => {
      if (lane.worker === worker) lane.worker = undefined;
      const job = lane.job;
      if (!job) return;
      lane.job = undefined;
      this.inFlight--;
      this.lost(job, lastError ?? new Error(`worker exited with code ${code}`));
      this.wake();
    });
    return worker;
  }

  /** Grow mode: counts a finished file (`lane`: the worker's, else this thread's), starts or retires a worker. */
  private measure(job: FileJob, lane: Lane | undefined): void {
    const size = this.sizes.get(job.index);
    const g = this.growth;
    if (!g || size === undefined) return;
    this.sizes.delete(job.index);
    let step = g.finished(size, this.lanes.length, lane !== undefined && lane === this.trial);
    const trial = this.trial;
    if (step === 'pause' && trial) trial.paused = true;
    if (step === 'keep' && trial) {
      trial.paused = false;
      this.note('keep');
      step = g.more(this.lanes.length);
    }
    if (step === 'start') {
      this.trial = {};
      this.lanes.push(this.trial);
    } else if (step === 'retire' && trial) {
      trial.retiring = true;
      if (!trial.job) this.retire(trial);
    }
    if (step !== 'none') this.note(step);
  }

  /** `--debug`: a step of the pool's growth, with the throughputs measured and the resident memory. */
  private note(step: string): void {
    const rates = this.growth?.rates.map((r) => r.toFixed(0)).join(', ');
    this.setup.debug?.(`pool: ${step} (throughputs, bytes/ms: ${rates}; ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB resident)`);
  }

  /** Ends a worker that has no file (one that has a file is retired when it is done). */
  private retire(lane: Lane): void {
    const i = this.lanes.indexOf(lane);
    if (i >= 0) this.lanes.splice(i, 1);
    void lane.worker?.terminate();
    lane.worker = undefined;
  }

  /** The job its worker died on: checked again here after running out of heap, else an error. */
  private lost(job: FileJob, err: Error): void {
    if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.checkLocally(job);
      return;
    }
    this.done(job.index, { failures: [internalError(job.input.file, err)], notes: [] });
  }

  private stop(): void {
    for (const lane of this.lanes) void lane.worker?.terminate();
    this.lanes.length = 0;
    this.resolveAll?.();
    this.resolveAll = undefined;
  }
}
