/**
 * The real drafts: what a user would expect the placeholder and date rules to find.
 * Skipped when the seed directory is absent.
 */
import { expect, it } from 'vitest';
import { describeSeeds } from '../helpers';
import type { Finding } from '../../server/src/engine/model/types';

const MINE = ['placeholder', 'date-missing', 'date-invalid', 'date-weekday', 'date-format', 'date-year'];
/** Placeholder findings lying inside the first occurrence of `context`. */
const slotsIn = (s: { text: string; fs: Finding[] }, context: string): string[] => {
  const at = s.text.indexOf(context);
  expect(at, context).toBeGreaterThanOrEqual(0);
  return s.fs
    .filter((f) => f.rule === 'placeholder' && f.start >= at && f.end <= at + context.length)
    .map((f) => s.text.slice(f.start, f.end));
};

describeSeeds('seeds: placeholder and dates', MINE, ({ files, seed }) => {

  it('001: 20xx 年 and XX 等XX 项', () => {
    const s = seed('001');
    expect(slotsIn(s, '20xx 年考核')).toEqual(['20xx 年']);
    expect(slotsIn(s, 'XX 等XX 项')).toEqual(['XX', 'XX']);
    expect(s.fs.find((f) => f.rule === 'placeholder' && f.data?.slot === '20xx 年')!.data!.kind).toBe('year');
  });

  it('002: 省委xx届x次全会', () => {
    expect(slotsIn(seed('002'), '省委xx届x次全会')).toEqual(['xx', 'x']);
  });

  it('003 (traditional script): 201X年, 前XXX個月, a whole-sentence XXX。, not PM10', () => {
    const s = seed('003');
    expect(slotsIn(s, '201X年')).toEqual(['201X年']);
    expect(slotsIn(s, '前XXX個月')).toEqual(['XXX']);
    const sentence = s.fs.filter((f) => f.data?.kind === 'sentence');
    expect(sentence.map((f) => s.text.slice(f.start, f.end + 1))).toContain('XXX。');
    expect(slotsIn(s, 'PM10')).toEqual([]);
    // Pinyin residue `(xù)` is not a slot.
    expect(s.fs.filter((f) => f.rule === 'placeholder' && /^x$/.test(s.text.slice(f.start, f.end)))).toEqual([]);
  });

  it('004: X县长, not U型', () => {
    const s = seed('004');
    expect(slotsIn(s, 'X县长')).toEqual(['X']);
    expect(s.fs.find((f) => s.text.slice(f.start, f.end + 2) === 'X县长')!.data!.kind).toBe('name');
    expect(slotsIn(s, 'U型')).toEqual([]);
  });

  it.each(['000', '001', '004'])('%s: no date line under the title', (p) => {
    expect(seed(p).fs.filter((f) => f.rule === 'date-missing')).toHaveLength(1);
  });

  it('no date-format finding on web residue dates', () => {
    for (const f of files) expect(seed(f.slice(0, 3)).fs.filter((x) => x.rule === 'date-format'), f).toEqual([]);
  });
});
