import { describe, expect, it } from 'vitest';
import { firstIndexWhere, lastStartingAtOrBefore } from '../../server/src/engine/util/binary-search';

describe('binary search', () => {
  it('finds the first index where a monotone predicate holds, or the length', () => {
    const xs = [1, 3, 3, 5, 8];
    for (let v = 0; v <= 9; v++) expect(firstIndexWhere(xs.length, (i) => xs[i]! >= v)).toBe(xs.findIndex((x) => x >= v) === -1 ? xs.length : xs.findIndex((x) => x >= v));
    expect(firstIndexWhere(0, () => true)).toBe(0);
  });

  it('finds the line holding an offset', () => {
    const lines = [{ start: 0 }, { start: 4 }, { start: 4 }, { start: 10 }];
    expect([0, 3, 4, 9, 10, 50].map((o) => lastStartingAtOrBefore(lines, o))).toEqual([0, 0, 2, 2, 3, 3]);
    expect(lastStartingAtOrBefore([], 5)).toBe(0);
  });
});
