/**
 * The web-residue excerpts of tests/corpus/residue-rules.json (real pages): each expected
 * finding found, nothing else flagged. The corpus helper's tests read the same file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flagged } from '../helpers';

interface Case {
  source: string;
  text: string;
  rules: string[];
  expect: Array<{ rule: string; match: string }>;
  note?: string;
}

const CASES: Case[] = JSON.parse(readFileSync(path.join(__dirname, '..', 'corpus', 'residue-rules.json'), 'utf8'));

describe('web-residue on real excerpts', () => {
  it.each(CASES.map((c) => [c.text.split('\n')[0]!.slice(0, 30), c] as const))('%s', (_name, c) => {
    expect(flagged(c.text, 'web-residue'), c.source).toEqual(c.expect.map((e) => e.match));
  });
});
