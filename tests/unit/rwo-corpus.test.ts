/**
 * tests/corpus/rwo.json, real excerpts for the date rules (date-missing, date-format, date-weekday,
 * date-invalid, date-year): dated speeches, news reports about speeches, notices and holiday
 * schedules with weekdays, templates without their date. Each excerpt's findings of these rules
 * are exactly the expected ones (an excerpt with `expect: []` must stay quiet).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findings } from '../helpers';

interface Case {
  source: string;
  text: string;
  rules: string[];
  expect: Array<{ rule: string; match: string }>;
}

const cases: Case[] = JSON.parse(readFileSync(path.join(__dirname, '..', 'corpus', 'rwo.json'), 'utf8'));

describe('rwo.json', () => {
  it.each(cases.map((c) => [`${c.source} ${c.text.slice(0, 20)}`, c] as const))('%s', (_name, c) => {
    const got = findings(c.text)
      .filter((f) => c.rules.includes(f.rule))
      .map((f) => `${f.rule} ${c.text.slice(f.start, f.end)}`);
    const want = c.expect.map((e) => `${e.rule} ${e.match}`);
    expect(got).toEqual(want);
  });
});
