/**
 * tests/corpus/out.json, real excerpts for announced counts and outline numbering: counts closed
 * by a comma with their items after it (as many as announced), a form's parts described after
 * their list (no announcement), and a skip across a page's paywall gap (the hidden text holds the
 * missing number). Each excerpt's findings of its rules are exactly the expected ones.
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, findings } from '../helpers';

const cases = corpusCases('out.json');

describe('out.json', () => {
  it.each(cases.map((c) => [`${c.rules.join(',')} ${c.text.slice(0, 24)}`, c] as const))('%s', (_name, c) => {
    const fs = findings(c.text);
    for (const rule of c.rules) {
      const got = fs.filter((f) => f.rule === rule);
      const want = c.expect.filter((e) => e.rule === rule).map((e) => e.match);
      expect(got.map((f) => c.text.slice(f.start, f.end)), `${rule} ${c.source}`).toEqual(want);
    }
  });
});
