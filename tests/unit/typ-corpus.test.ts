/**
 * tests/corpus/typ.json, real excerpts for the typo rule's guesses that the draft must bear
 * out (typo-accept.ts): terms jieba lacks a look-alike or sound-alike away from a common word
 * (防旱, 冷冬, 提效, 战疫), quiet where the draft never writes that word or where they are a
 * series of coinages. Each excerpt's typo findings are exactly the expected ones.
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, findings } from '../helpers';

const cases = corpusCases('typ.json');

describe('typ.json', () => {
  it.each(cases.map((c) => [`${c.rules.join(',')} ${c.text.slice(0, 24)}`, c] as const))('%s', (_name, c) => {
    const fs = findings(c.text);
    for (const rule of c.rules) {
      const got = fs.filter((f) => f.rule === rule).map((f) => c.text.slice(f.start, f.start + 20));
      const want = c.expect.filter((e) => e.rule === rule).map((e) => e.match);
      expect(got, `${rule} ${c.source}`).toHaveLength(want.length);
      want.forEach((w, i) => expect(got[i]!.startsWith(w), `${rule} ${c.source}`).toBe(true));
    }
  });
});
