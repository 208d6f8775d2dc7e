/**
 * tests/corpus/rwf.json (pages gathered for branch rwf): every look-alike quiet, nothing
 * flagged that is not expected, and recall held at the floor reached (103/115: the misses are
 * keyword stuffing, an anti-copy mark, a news page's credit and address lines, a cut 会员免, an
 * advert glued to a line, a site's welcome line and slogan, a title copy under indentation, two tag lines).
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

const cases: Case[] = JSON.parse(readFileSync(path.join(__dirname, '..', 'corpus', 'rwf.json'), 'utf8'));

describe('rwf.json', () => {
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
    expect(found / wanted).toBeGreaterThanOrEqual(0.89);
  });
});
