/**
 * Issue 10: a 提法 quoted in any marks, 〝〞 as a pair, mixed ASCII/curly pairs, garbled marks.
 */
import { describe, expect, it } from 'vitest';
import { findings, flagged } from '../helpers';
import { analyzeQuotes } from '../../server/src/engine/analysis/quotes';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { BoundedCache } from '../../server/src/engine/util/bounded-cache';
import type { PairResult } from '../../server/src/engine/analysis/quote-pairing';

const rules = (text: string, ...ids: string[]) =>
  findings(text)
    .filter((f) => ids.includes(f.rule))
    .map((f) => `${f.rule}:${text.slice(f.start, f.end)}${f.fixes[0] ? '→' + f.fixes[0].edits.map((e) => e.newText).join('|') : ''}`);

describe('slogan-variant whatever the marks', () => {
  it.each([
    ['坚持“引进来”和“走出去”并重，“引进来”要提质，"引进来"要增效。', '"引进来"'],
    ['庆祝“七一”，迎接“七一”，纪念\'七一\'。', "'七一'"],
    ['发展“智能+”，推进“智能+”，「智能+」要落地。', '「智能+」'],
    ['做好〝六稳〞工作，落实“六稳”要求，抓好“六稳”。', '〝六稳〞'],
    ['推进『放管服』改革，深化“放管服”改革，“放管服”要见效。', '『放管服』'],
    ['牢记“两个务必”，践行“两个务必”，‘两个务必’要落实。', '‘两个务必’'],
  ])('%s', (text, found) => {
    expect(flagged(text, 'slogan-variant')).toEqual([found]);
  });

  it('a mixed pair around a term the draft writes otherwise is one slogan-variant finding', () => {
    const text = '庆祝“七一”，迎接“七一”，纪念‘七一\'。';
    expect(rules(text, 'slogan-variant', 'quote-pair')).toEqual(["slogan-variant:‘七一'→“七一”"]);
  });

  it('a mixed pair in the draft’s own style is quote-pair’s', () => {
    const text = '实现了‘十二五\'的良好开局，‘十二五’规划圆满完成，‘十二五’时期成就显著。';
    expect(rules(text, 'slogan-variant', 'quote-pair')).toEqual(["quote-pair:‘十二五'→’"]);
  });

  it('a coined term quoted once, or written bare beside its quotes, stays quiet', () => {
    expect(flagged('关于“用地”的问题要研究。', 'slogan-variant')).toEqual([]);
    expect(flagged('推动“松绑放权”，深化“松绑放权”。松绑放权要落实。', 'slogan-variant')).toEqual([]);
    // A word quoted inside a longer quotation is how a quotation quotes.
    expect(flagged('他说：“要做好‘引进来’工作。”坚持“引进来”，推动“引进来”。', 'slogan-variant')).toEqual([]);
  });

  it('numerals: “三个代表” and “3个代表”', () => {
    expect(flagged('坚持“三个代表”重要思想，践行“3个代表”。', 'slogan-numeral')).toEqual(['“3个代表”']);
  });
});

describe('quote-pair', () => {
  it('〝〞 is a pair', () => {
    expect(flagged('做好〝六稳〞工作。', 'quote-pair')).toEqual([]);
    expect(flagged('做好〝六稳〟工作。', 'quote-pair')).toEqual([]);
  });

  it('an ASCII mark closing a curly one is a mixed pair, fixed to the curly pair', () => {
    expect(rules('实现粮食生产‘八连增\'，到达244.5万吨。', 'quote-pair')).toEqual(["quote-pair:‘八连增'→’"]);
    expect(rules('推进“互联网+"行动。', 'quote-pair')).toEqual(['quote-pair:“互联网+"→”']);
  });

  it('a mixed pair goes to the draft’s own style, but fix-all does not write ASCII marks', () => {
    const text = '坚持"两个毫不动摇"，落实"三个一批"，推进“六稳"工作。';
    expect(rules(text, 'quote-pair')).toEqual(['quote-pair:“六稳"→"']);
    expect(findings(text).find((f) => f.rule === 'quote-pair')!.fixes[0]!.safe).toBe(false);
    expect(rules('坚持“两个毫不动摇”，推进“六稳"工作。', 'quote-pair')).toEqual(['quote-pair:“六稳"→”']);
  });

  it('ASCII single quotes in Latin text are apostrophes', () => {
    expect(flagged("The students' books, it's fine.", 'quote-pair')).toEqual([]);
    expect(flagged("学习Xi's speech和'两会'精神。", 'quote-pair')).toEqual([]);
  });

  it('never pairs across a full stop to turn the second mark into something worse', () => {
    const text = '增强“四个意识。坚定“四个自信”，做到“两个维护”。';
    const fs = findings(text).filter((f) => f.rule === 'quote-pair');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(['“']);
    expect(fs[0]!.start).toBe(2);
  });

  it('never pairs across a paragraph break', () => {
    const text = '他强调“要稳住经济大盘，\n\n“六稳”工作要抓实。';
    const fs = findings(text).filter((f) => f.rule === 'quote-pair');
    expect(fs.map((f) => [text.slice(f.start, f.end), f.start, f.fixes.length])).toEqual([['“', 3, 0]]);
  });

  it('garbled marks are reported, without a fix, and not widened to ？', () => {
    const text = '增强?四个意识?、坚定?四个自信?、做到?两个维护?。纪念“八?一”建军节。';
    const fs = findings(text).filter((f) => f.rule === 'quote-pair');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(['?四个意识?', '?四个自信?', '?两个维护?', '“八?一”']);
    expect(fs.every((f) => f.fixes.length === 0)).toBe(true);
    expect(flagged(text, 'punct-halfwidth')).toEqual([]);
  });

  it('questions between half-width question marks are not garbled quotes', () => {
    expect(flagged('这是为什么?怎么办?我们要想清楚。', 'quote-pair')).toEqual([]);
    expect(flagged('难道不是这样吗?我们要?', 'quote-pair')).toEqual([]);
    // A question after a question (the first ? after 吗), with a numeral in it; and in traditional characters.
    expect(flagged('三十年了,能不激动吗?人一生能有一个三十年?我们珍惜今天。', 'quote-pair')).toEqual([]);
    expect(flagged('三十年了,能不激動嗎?人一生能有幾個年三十年?一定要珍惜。', 'quote-pair')).toEqual([]);
  });
});

describe('quote pairing through the engine cache', () => {
  // The cache keys a pairing by the class and the text its marks span; it must pair that text,
  // not the key (whose class prefix shifted every offset the costs read).
  it('pairs the same with and without the cache', () => {
    const texts = [
      '会议要求，要把各项工作抓实抓细”，全面推进“乡村振兴，确保取得实效。',
      '他指出”我们要坚持稳中求进。全面推进“乡村振兴，确保取得实效。',
      '要处理好”六个关系”，落实“六个导向“要求。',
    ];
    for (const t of texts) {
      const doc = new SpeechDocument(t);
      const cache = new BoundedCache<PairResult>(100, 100_000);
      expect(analyzeQuotes(doc, cache).problems).toEqual(analyzeQuotes(new SpeechDocument(t)).problems);
    }
  });
});
