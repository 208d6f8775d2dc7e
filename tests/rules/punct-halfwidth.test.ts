import { describe, expect, it } from 'vitest';
import { ruleTester } from './rule-tester';
import { fixAllSync } from '../../server/src/engine/fix/fix';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { fixed, TODAY } from '../helpers';

ruleTester('punct-halfwidth', {
  valid: [
    '今天，我们召开会议。',
    'Hello, world.',
    '增长3.5%，好于预期。',
    // A character the copy could not decode, the converter's reading after it: no question
    // mark (kwongyang.com 1863, glencoetuneup.com: 時候?qū)W校, 主持?h委).
    '這部片子我在初中讀書的時候?qū)W校曾組織觀看過，那時候只是覺得蘭考很苦。',
    '大會由主席團常務主席、執行主席李肖鋒主持?h委副書記、縣長馬中奇作政府工作報告。',
  ],
  invalid: [
    { text: '今天,我们召开会议。', errors: [','], output: '今天，我们召开会议。' },
    // A real question mark before Chinese is still one.
    { text: '西柏坡的精神是什么?这就是西柏坡精神。', errors: ['?'], output: '西柏坡的精神是什么？这就是西柏坡精神。' },
  ],
});

describe('the spaces after a mark that stand for a lost line break stay (RULES.md: never glue them)', () => {
  // A flattened copy of a speech (a county 经济形势分析会 speech on a document site): the spaces
  // after the salutation, before the numbered headings and after a sentence's end were its line breaks.
  const text =
    '在上半年经济形势分析会上的讲话 同志们: 今天,我们在这里召开分析会,主要目的是总结分析经济运行情况。' +
    '下面,我强调三点意见: 一、客观评估上半年经济运行情况 上半年,我县经济保持了积极的发展态势,整体运行良好。' +
    '我们要从两个层面客观地进行评估。 (一)从横比中看到信心和潜力。这是为什么? 因为我们干在实处,走在前列。';

  it('fix-all widens the marks and keeps the spaces; the salutation gets its line break back', () => {
    const out = fixAllSync(text, { today: TODAY }, {}, loadSegmenterSync()).text;
    expect(out).toContain('同志们：\n今天，我们');
    expect(out).toContain('三点意见： 一、客观');
    expect(out).toContain('进行评估。 （一）从横比');
    expect(out).toContain('为什么？ 因为');
  });

  it('the spaces after a clause mark still go with it', () => {
    expect(fixed('2009年, 是我们开局之年,也是关键之年。', 'punct-halfwidth')).toBe('2009年，是我们开局之年，也是关键之年。');
  });
});
