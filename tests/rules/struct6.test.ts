/**
 * Structure and date rules on real pages (tests/corpus/struct6.json): an announcement framed by
 * another count, lists restarting after a comma, a title's copy without its speaker, a grammatical
 * 了 in a formulation, a newspaper's subheading.
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, findings } from '../helpers';

describe('tests/corpus/struct6.json', () => {
  for (const c of corpusCases('struct6.json')) {
    it(`${c.rules.join(',')} ${c.source}`, () => {
      const fs = findings(c.text);
      for (const rule of c.rules) {
        const got = fs.filter((f) => f.rule === rule).map((f) => c.text.slice(f.start, f.end));
        const want = c.expect.filter((e) => e.rule === rule).map((e) => e.match);
        expect(got, `${rule} ${c.source}`).toEqual(want);
      }
    });
  }
});
