/**
 * traditional-char converts only lines holding a character OpenCC changes on its own; the
 * list of those characters is data (read at once, not computed at the first check), so it
 * must stay exactly what the bundled OpenCC computes.
 */
import { describe, expect, it } from 'vitest';
import { computeConvertible, listedConvertible } from '../../server/src/engine/analysis/traditional';

describe('data/opencc-convertible.txt', () => {
  it('lists exactly the characters OpenCC t→cn / tw→cn converts on their own, in code order', () => {
    const computed = computeConvertible();
    expect(computed.length).toBeGreaterThan(3000);
    expect(listedConvertible()).toBe(computed);
  });

  it('includes traditional forms and leaves common simplified characters out', () => {
    const listed = new Set(listedConvertible());
    for (const c of '總體設計貳') expect(listed.has(c)).toBe(true);
    for (const c of '总体设计的是一') expect(listed.has(c)).toBe(false);
  });
});
