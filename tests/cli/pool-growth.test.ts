/**
 * A growing pool keeps a worker only when it measurably pays: the rule (throughputs in,
 * decision out) and the trial that measures them (before, with, after the worker).
 */
import { describe, expect, it } from 'vitest';
import { Growth, PAYS_FROM, workerPays, type GrowthStep } from '../../server/src/cli/pool-growth';

describe('workerPays', () => {
  it('keeps a worker that brings the margin over the better of before and after', () => {
    expect(workerPays(100, 190, 110)).toBe(true);
    expect(workerPays(100, 143, 110)).toBe(true); // 1.3 × 110 = 143
  });

  it('drops one that does not (two threads at half speed each: no gain)', () => {
    expect(workerPays(100, 100, 100)).toBe(false);
    expect(workerPays(100, 125, 100)).toBe(false);
    // Against the later, warmer figure: the checker sped up meanwhile, the worker did not bring it.
    expect(workerPays(50, 120, 100)).toBe(false);
    expect(workerPays(100, 120, 50)).toBe(false);
  });

  it('a margin of its own; nothing measured without it; nothing with it', () => {
    expect(workerPays(100, 125, 100, 1.2)).toBe(true);
    expect(workerPays(100, 1, 100, 0)).toBe(true);
    expect(workerPays(0, 10, Number.NaN)).toBe(true);
    expect(workerPays(100, 0, 100)).toBe(false);
    expect(workerPays(100, Number.NaN, 100)).toBe(false);
    expect(PAYS_FROM).toBeGreaterThan(1);
  });
});

/** Drives a Growth with a fake clock: files of 1,000 bytes at `rate` files per ms on each side. */
function trial(rates: { before: number; with: number; after: number }, opts: { maxWorkers?: number; room?: boolean } = {}): { steps: GrowthStep[]; g: Growth } {
  let now = 0;
  const g = new Growth(opts.maxWorkers ?? 1, () => opts.room ?? true, {}, () => now);
  const steps: GrowthStep[] = [];
  let workers = 0;
  let paused = false;
  let trialOn = false;
  for (let i = 0; i < 2000 && !g.settled; i++) {
    const phase = !trialOn ? 'before' : paused ? 'after' : 'with';
    now += 1 / rates[phase];
    const onTrial = trialOn && !paused && i % 2 === 0;
    const step = g.finished(1000, workers, onTrial);
    if (step === 'none') continue;
    steps.push(step);
    if (step === 'start') {
      workers++;
      trialOn = true;
    }
    if (step === 'pause') paused = true;
    if (step === 'keep') {
      paused = false;
      const next = g.more(workers);
      steps.push(next);
      if (next === 'start') workers++;
    }
  }
  return { steps, g };
}

describe('Growth: the trial', () => {
  it('keeps a worker that doubles the throughput, then stops at the cores', () => {
    const { steps, g } = trial({ before: 0.2, with: 0.4, after: 0.2 });
    expect(steps).toEqual(['start', 'pause', 'keep', 'settled']);
    expect(g.rates.map(Math.round)).toEqual([200, 400, 200]);
  });

  it('retires a worker when two threads run at half speed each', () => {
    const { steps } = trial({ before: 0.2, with: 0.21, after: 0.2 });
    expect(steps).toEqual(['start', 'pause', 'retire']);
  });

  it('is not fooled by the checker speeding up: the window after the worker counts', () => {
    const { steps } = trial({ before: 0.1, with: 0.2, after: 0.2 });
    expect(steps).toEqual(['start', 'pause', 'retire']);
  });

  it('tries no worker without room in memory; tries the next one after a kept one', () => {
    expect(trial({ before: 0.2, with: 0.4, after: 0.2 }, { room: false }).steps).toEqual(['settled']);
    const { steps } = trial({ before: 0.2, with: 0.4, after: 0.2 }, { maxWorkers: 3 });
    // The second trial is measured against the first's throughput with its worker (0.4): 0.4 again does not pay.
    expect(steps).toEqual(['start', 'pause', 'keep', 'start', 'pause', 'retire']);
  });

  it('a window is never one file: it spans at least 32 files and 400 ms', () => {
    let now = 0;
    const g = new Growth(1, () => true, {}, () => now);
    const steps: GrowthStep[] = [];
    for (let i = 0; i < 47; i++) {
      now += 100; // slow files: the time is there long before the files are
      steps.push(g.finished(1000, 0, false));
    }
    expect(steps.every((s) => s === 'none')).toBe(true);
    expect(g.finished(1000, 0, false)).toBe('start'); // 16 to warm up, then 32
  });
});
