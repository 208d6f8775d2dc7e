/**
 * How many workers a run starts: one, then another only when the memory the first one took,
 * with room for what it still gains, fits the 250 MB budget beside it.
 */
import { describe, expect, it } from 'vitest';
import { roomForWorker } from '../../server/src/cli/pool';

describe('roomForWorker', () => {
  it('no second worker when each holds its own nodejieba dictionary (as measured: 65 MB before, 160 MB after 16 files)', () => {
    expect(roomForWorker(160, 65, 1)).toBe(false);
  });

  it('a second worker when one costs a few tens of MB (a segmenter of a few MB)', () => {
    expect(roomForWorker(110, 65, 1)).toBe(true);
  });

  it('counts the cost per running worker, and the budget itself', () => {
    // Two workers took 100 MB: 50 MB each, 75 MB with the margin.
    expect(roomForWorker(200, 100, 2)).toBe(false);
    expect(roomForWorker(170, 70, 2)).toBe(true);
    expect(roomForWorker(200, 100, 2, 300)).toBe(true);
    expect(roomForWorker(100, 120, 1)).toBe(true); // memory went down: nothing to add
  });
});

