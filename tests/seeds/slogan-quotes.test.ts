/**
 * The real drafts: what a user would expect the slogan, quote and bracket rules to find.
 * Skipped when the seed directory is absent.
 */
import { expect, it } from 'vitest';
import { describeSeeds, findings, fixed } from '../helpers';
import { applyEdits } from '../../server/src/engine/fix/fix';
import type { Finding, RuleId } from '../../server/src/engine/model/types';

const MINE: RuleId[] = ['slogan-variant', 'slogan-numeral', 'quote-pair', 'bracket-pair'];
const of = (s: { text: string; fs: Finding[] }, rule: RuleId) =>
  s.fs.filter((f) => f.rule === rule).map((f) => s.text.slice(f.start, f.end));
/** The text a finding's first fix produces over the finding's range. */
const fixedSpan = (text: string, f: Finding): string => {
  const out = applyEdits(text, f.fixes[0]!.edits);
  return out.slice(f.start, f.end + (out.length - text.length));
};

describeSeeds('seeds: slogan, quotes and brackets', MINE, ({ files, seed }) => {

  it('002: reversed quotes around 六个关系 and 六个导向, fixed', () => {
    const s = seed('002');
    const quotes = s.fs.filter((f) => f.rule === 'quote-pair');
    const byText = new Map(quotes.map((f) => [s.text.slice(f.start, f.end), f]));
    for (const [bad, good] of [
      ['”六个关系”', '“六个关系”'],
      ['“六个导向“', '“六个导向”'],
      ['”招商引资突破年”', '“招商引资突破年”'],
      ['“多规合一“', '“多规合一”'],
    ]) {
      const f = byText.get(bad!);
      expect(f, bad).toBeDefined();
      expect(f!.fixes[0]!.safe).toBe(true);
      expect(fixedSpan(s.text, f!)).toBe(good);
    }
    const all = fixed(s.text, 'quote-pair');
    expect(all).toContain('正确处理“六个关系”、牢固树立“六个导向”');
    // Only the unclosed “老龄化 is left, with no fix to guess.
    expect(of({ text: all, fs: findings(all, 'quote-pair') }, 'quote-pair')).toEqual(['“']);
  });

  it('002: 【…] fixed, (…] only offered', () => {
    const s = seed('002');
    const fs = s.fs.filter((f) => f.rule === 'bracket-pair');
    expect(fs.map((f) => [s.text[f.end - 1], f.fixes[0]!.safe])).toEqual([
      [']', true],
      [']', false],
      [']', false],
    ]);
    expect(applyEdits(s.text, fs[0]!.fixes[0]!.edits)).toContain('一般公共预算收人(x低.O)】,x项指标');
  });

  it('004: the unquoted 十四五 among quoted “十四五” is a variant', () => {
    const s = seed('004');
    const f = s.fs.find((x) => x.rule === 'slogan-variant' && s.text.slice(x.start, x.end) === '十四五');
    expect(f).toBeDefined();
    expect(s.text.slice(f!.start - 2, f!.end + 2)).toBe('统筹十四五规划');
    expect(f!.message).toContain('“十四五”×4、十四五×1');
    expect(fixedSpan(s.text, f!)).toBe('“十四五”');
  });

  it('004: the stray closing quote of “一企一策”项目一策” is pointed at, not guessed', () => {
    const s = seed('004');
    const f = s.fs.find((x) => x.rule === 'quote-pair')!;
    expect(s.text.slice(f.start - 4, f.end)).toBe('项目一策”');
    expect(f.fixes).toEqual([]);
  });

  it('no slogan-numeral finding: the seeds write quantities, not formulations, in digits', () => {
    for (const f of files) expect(of(seed(f.slice(0, 3)), 'slogan-numeral'), f).toEqual([]);
  });

  it('fix-all for these rules is stable', () => {
    for (const f of files) {
      const s = seed(f.slice(0, 3));
      for (const rule of MINE) {
        const once = fixed(s.text, rule);
        expect(fixed(once, rule), `${f} ${rule}`).toBe(once);
      }
    }
  });
});
