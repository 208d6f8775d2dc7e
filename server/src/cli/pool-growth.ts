/**
 * When a run may grow (no `SPEECHCHECK_WORKERS`), a worker is kept only when it measurably
 * pays: two threads do not give twice the throughput on every machine (on a 2-vCPU machine
 * whose cores are shared, two threads at once each ran at half speed: a worker only added its
 * cold start, its GC and its memory).
 *
 * How it is measured. Throughput is the bytes of files finished per millisecond of wall time,
 * over a window of at least WINDOW_FILES files and WINDOW_MS, never one file (one file's time
 * swings with its length, the GC and the machine's other load). A checker speeds up for its
 * first hundreds of files (JIT, caches filling: 1,000 drafts of 5k chars, 1,000 bytes/ms over
 * the first 50 files, 3,400 at the 100th, 5,000 from the 250th), so a window before a worker
 * and one with it are not comparable by themselves; the trial is bracketed:
 * 1. before: the command's thread (and the workers kept so far) alone, after WARM_FILES files;
 * 2. with: a new worker beside them, once it has finished WARM_FILES files itself;
 * 3. after: the new worker paused (it gets no file), the others alone again.
 * The worker is kept if the throughput with it is at least PAYS_FROM times the better of
 * before and after (a clear margin: below it, the noise of the windows could keep a worker
 * that does not pay, and each costs tens of MB); then the next is tried the same way, while
 * cores and memory allow. Else it is retired (it finishes the file it has, then ends) and no
 * further worker is tried. Its warm-up makes the test strict: a worker still speeding up must
 * already pay.
 */

/** A worker is kept when the throughput with it is at least this many times the one without. */
export const PAYS_FROM = 1.3;
const WARM_FILES = 16;
const WINDOW_FILES = 32;
const WINDOW_MS = 400;

/** Whether a new worker pays: throughputs (any unit, the same for all) before it, with it, after it. */
export function workerPays(before: number, withWorker: number, after: number, margin = PAYS_FROM): boolean {
  if (!Number.isFinite(withWorker) || withWorker <= 0) return false;
  const without = Math.max(Number.isFinite(before) ? before : 0, Number.isFinite(after) ? after : 0);
  return without <= 0 || withWorker >= without * margin;
}

/** What the pool does next: start a worker on trial, pause it, keep it (unpaused), retire it. */
export type GrowthStep = 'none' | 'start' | 'pause' | 'keep' | 'retire' | 'settled';

interface Window {
  from: number;
  files: number;
  bytes: number;
}

/** The trial's knobs (defaults: PAYS_FROM, WINDOW_MS). */
export interface TrialSettings {
  margin?: number;
  windowMs?: number;
}

type Phase = 'before' | 'warming' | 'with' | 'after' | 'over';

/**
 * The measuring side of a growing pool. The pool reports each finished file (`finished`,
 * which says what to do next); after 'keep' it asks for the next step (`more`).
 */
export class Growth {
  private phase: Phase = 'before';
  private window: Window | undefined;
  private warmed = 0;
  private before = 0;
  private withWorker = 0;
  /** Throughputs measured, in order (before, with, after, ...): for `--debug` and tests. */
  readonly rates: number[] = [];

  constructor(
    private readonly maxWorkers: number,
    /** Whether memory allows one more worker beside `workers`. */
    private readonly room: (workers: number) => boolean,
    private readonly settings: TrialSettings = {},
    private readonly now: () => number = () => performance.now(),
  ) {}

  get settled(): boolean {
    return this.phase === 'over';
  }

  /** A file finished: on the worker on trial (`onTrial`) or on another lane. */
  finished(bytes: number, workers: number, onTrial: boolean): GrowthStep {
    switch (this.phase) {
      case 'before':
        if (++this.warmed <= WARM_FILES) {
          if (this.warmed === WARM_FILES) this.open();
          return 'none';
        }
        if (!this.closes(bytes)) return 'none';
        this.before = this.close();
        return this.more(workers);
      case 'warming':
        if (onTrial && ++this.warmed === WARM_FILES) this.open('with');
        return 'none';
      case 'with':
        if (!this.closes(bytes)) return 'none';
        this.withWorker = this.close();
        this.open('after');
        return 'pause';
      case 'after': {
        if (onTrial || !this.closes(bytes)) return 'none';
        const after = this.close();
        if (!workerPays(this.before, this.withWorker, after, this.settings.margin)) return this.settle('retire');
        this.before = this.withWorker;
        this.phase = 'before';
        return 'keep';
      }
      default:
        return 'none';
    }
  }

  /** After the throughput without the next worker is known: try one, or stop growing. */
  more(workers: number): GrowthStep {
    if (workers >= this.maxWorkers || !this.room(workers)) return this.settle('settled');
    this.phase = 'warming';
    this.warmed = 0;
    return 'start';
  }

  private settle(step: GrowthStep): GrowthStep {
    this.phase = 'over';
    this.window = undefined;
    return step;
  }

  private open(phase?: Phase): void {
    if (phase) this.phase = phase;
    this.window = { from: this.now(), files: 0, bytes: 0 };
  }

  /** Counts a file into the open window; whether the window is now full. */
  private closes(bytes: number): boolean {
    const w = this.window;
    if (!w) return false;
    w.files++;
    w.bytes += bytes;
    return w.files >= WINDOW_FILES && this.now() - w.from >= (this.settings.windowMs ?? WINDOW_MS);
  }

  private close(): number {
    const w = this.window!;
    this.window = undefined;
    const rate = w.bytes / Math.max(1, this.now() - w.from);
    this.rates.push(rate);
    return rate;
  }
}
