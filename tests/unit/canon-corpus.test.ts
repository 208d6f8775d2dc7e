/**
 * Real excerpts of correct text (tests/corpus/canon-quiet.json: congress and government
 * reports, official explainers, news, speeches) on which the formulation rules stay quiet.
 * An excerpt with a date is checked as a dated draft, so formulation-current is exercised.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flagged } from '../helpers';

interface Excerpt {
  source: string;
  date?: string;
  text: string;
}

const EXCERPTS: Excerpt[] = JSON.parse(readFileSync(path.join(__dirname, '..', 'corpus', 'canon-quiet.json'), 'utf8'));
const RULES = ['formulation-wording', 'formulation-members', 'formulation-current'] as const;

describe('formulation rules on correct text', () => {
  it.each(EXCERPTS.map((e) => [e.text.slice(0, 24), e] as const))('%s', (_name, e) => {
    const text = e.date ? `在工作会议上的讲话\n（${e.date}）\n${e.text}\n` : `${e.text}\n`;
    for (const r of RULES) expect(flagged(text, r), `${r}: ${e.source}`).toEqual([]);
  });
  it('the same excerpts with a member changed are flagged (the lists are really parsed)', () => {
    const lists = EXCERPTS.filter((e) => /“六[稳保]”[：，]/.test(e.text));
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const e of lists) {
      const text = e.text.replace('稳外贸', '稳外需').replace('保基层运转', '保基层运行');
      expect(flagged(text, 'formulation-members').length, e.source).toBeGreaterThan(0);
    }
  });
  it('the excerpts use the canon (the test would pass vacuously otherwise)', () => {
    const all = EXCERPTS.map((e) => e.text).join('\n');
    for (const s of ['“六稳”：', '“六稳”，即', '十九大和十九届历次全会精神', '今年是“十四五”开局之年', '今年是“十四五”规划收官之年']) expect(all).toContain(s);
  });
});
