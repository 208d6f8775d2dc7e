/**
 * tests/corpus/rwk.json, real excerpts for the typography rules (cjk-space, punct-stray,
 * range-dash, pinyin-residue, outline-sequence, punct-repeat, char-repeat): each excerpt's
 * findings of its rules are exactly the expected ones (a look-alike: none at all).
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, findings } from '../helpers';


const cases = corpusCases('rwk.json');

describe('rwk.json', () => {
  it.each(cases.map((c) => [`${c.rules.join(',')} ${c.text.slice(0, 24)}`, c] as const))('%s', (_name, c) => {
    const fs = findings(c.text);
    for (const rule of c.rules) {
      const got = fs.filter((f) => f.rule === rule).map((f) => c.text.slice(f.start, f.start + 20));
      const want = c.expect.filter((e) => e.rule === rule).map((e) => e.match);
      expect(got.length, `${rule} ${c.source}: ${got.join(' | ')}`).toBe(want.length);
      want.forEach((w, i) => expect(got[i]!.startsWith(w), `${rule} ${c.source}`).toBe(true));
    }
  });
});
