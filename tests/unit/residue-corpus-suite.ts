/**
 * A web-residue corpus file (tests/corpus/<name>.json) as a suite: every look-alike quiet,
 * nothing flagged that is not expected, and recall at least `floor` of the expected residue.
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, findings } from '../helpers';


export function residueCorpusSuite(file: string, floor: number): void {
  const cases = corpusCases(file);
  describe(file, () => {
    let wanted = 0;
    let found = 0;
    it.each(cases.map((c) => [c.text.split('\n')[0]!.slice(0, 30), c] as const))('%s', (_name, c) => {
      const got = findings(c.text, 'web-residue').map((f) => c.text.slice(f.start, f.end));
      const want = c.expect.map((e) => e.match);
      expect(got.filter((g) => !want.includes(g)), c.source).toEqual([]);
      wanted += want.length;
      found += want.filter((w) => got.includes(w)).length;
    });
    it('recall floor', () => {
      expect(found / wanted).toBeGreaterThanOrEqual(floor);
    });
  });
}
