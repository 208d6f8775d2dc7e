/**
 * tests/corpus/rwm.json (pages gathered for branch rwm): every look-alike quiet, nothing
 * flagged that is not expected, and every expected residue found (registration lines, comment
 * forms, share and toolbar bars, price and VIP prompts, a site's lead-in naming itself, slogans,
 * random-character filler).
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

const cases: Case[] = JSON.parse(readFileSync(path.join(__dirname, '..', 'corpus', 'rwm.json'), 'utf8'));

describe('rwm.json', () => {
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
    expect(found / wanted).toBe(1);
  });
});
