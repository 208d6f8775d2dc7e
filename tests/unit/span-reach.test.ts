/** SpanReach.reaches answers by binary search what a scan of every span answers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanReach } from '../../server/src/engine/util/span-reach';

const span = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 15 })).map(([start, len]) => ({ start, end: start + len }));

describe('SpanReach.reaches', () => {
  it('is whether some span starts at or before `to` and ends at or after `from`', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.nat({ max: 80 }), fc.nat({ max: 80 }), (spans, from, to) => {
        expect(new SpanReach(spans).reaches(from, to)).toBe(spans.some((s) => s.start <= to && s.end >= from));
      }),
      { numRuns: 2000 },
    );
  });
});
