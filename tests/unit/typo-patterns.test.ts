/**
 * typo-patterns.ts: the frame slips 再…的基础上 (在) and 5曰 (日), and the OCR look-alike whose
 * correction completes a longer word though the written pair is a rare word (千部队伍).
 */
import { describe, expect, it } from 'vitest';
import { findings, flagged } from '../helpers';

describe('typo: 再 opening the frame 在…(的)基础上', () => {
  it.each([
    ['要再巩固拓展脱贫攻坚成果的基础上，全面推进乡村振兴。', '再巩固', '在巩固'],
    ['再此基础上，我们制定了具体实施方案。', '再此', '在此'],
    ['我县将再认真总结经验的基础上，进一步完善制度。', '再认真', '在认真'],
  ])('%s', (text, wrong, right) => {
    const fs = findings(text, 'typo');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual([wrong]);
    expect(fs[0]!.fixes[0]!.edits[0]!.newText).toBe(right);
    expect(fs[0]!.fixes[0]!.safe).toBe(false);
  });

  it.each([
    // A 在 before it in the clause: 再 belongs to what follows (再生产 is a word anyway).
    '要在扩大再生产的基础上提高经济效益。',
    '要在巩固成果的基础上再创新高。',
    // 再次 is a word: 再 is not alone.
    '再次强调的基础上，提出三点要求。',
    // The frame does not close within the clause.
    '我们再出发，基础上的问题要解决。',
    '在此基础上，我们再研究具体办法。',
  ])('quiet: %s', (text) => expect(flagged(text, 'typo')).toEqual([]));
});

describe('typo: 曰 for 日 after a date', () => {
  it('a day number after the month', () => {
    const text = '会议于十月一曰召开，2024年3月15曰闭幕。';
    const fs = findings(text, 'typo');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(['一曰', '15曰']);
    expect(fs.map((f) => f.fixes[0]!.edits[0]!.newText)).toEqual(['一日', '15日']);
    expect(fs.every((f) => f.fixes[0]!.safe)).toBe(true);
  });

  it.each(['子曰：“学而时习之。”', '古人曰：“民惟邦本。”', '会议于3月5日召开。'])('quiet: %s', (text) => expect(flagged(text, 'typo')).toEqual([]));
});

describe('typo: an OCR look-alike completing a longer word', () => {
  it('千部队伍 is 干部队伍, though 千部 is a word of its own', () => {
    expect(flagged('要加强千部队伍建设，提高干部素质。', 'typo')).toEqual(['千部']);
  });
  it('a thousand volumes stay', () => {
    expect(flagged('图书馆新增藏书三千部，其中古籍五百部。', 'typo')).toEqual([]);
  });
});
