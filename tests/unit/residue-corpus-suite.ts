/**
 * A web-residue corpus file (tests/corpus/<name>.json) as a suite: every look-alike quiet,
 * nothing flagged that is not expected, and recall at least `floor` of the expected residue.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findings } from '../helpers';

interface Case {
  source: string;
  text: string;
  expect: Array<{ rule: string; match: string }>;
}

export function residueCorpusSuite(file: string, floor: number): void {
  const cases: Case[] = JSON.parse(readFileSync(path.join(__dirname, '..', 'corpus', file), 'utf8'));
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
