/**
 * Straight quotes around Chinese words in prose whose commas a site flattened to half width
 * (`深刻领悟"两个确立"的决定性意义,增强"四个意识"`): canon15 read them only in a draft punctuated
 * in full width, so a copy from a document site (half-width commas throughout) got no word on
 * its quotes from any rule — punct-halfwidth leaves quotation marks to quote-pair. Now any
 * Chinese prose counts (，。 or `,` after a Chinese character, five of them).
 */
import { describe, expect, it } from 'vitest';
import { findings, flagged } from '../helpers';

describe('quote-pair: straight quotes in Chinese prose with half-width commas', () => {
  it('read, with a safe fix for each short quotation', () => {
    const text = '我们要深刻领悟"两个确立"的决定性意义,增强"四个意识",坚定"四个自信",做到"两个维护",在新征程上奋勇前进,再创佳绩,不负重托。今年以来,全县上下团结一心,攻坚克难,各项工作取得新成效。\n';
    const found = findings(text, 'quote-pair');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['"两个确立"', '"四个意识"', '"四个自信"', '"两个维护"']);
    expect(found.every((f) => f.fixes[0]?.safe === true && f.fixes[0].edits.map((e) => e.newText).join('') === '“”')).toBe(true);
  });

  it.each([
    // Too little prose to judge: a line or two.
    '会议主题:"两个确立"\n',
    // English inside Chinese prose: not Chinese words.
    '他说,这部电影叫"The Wandering Earth",很受欢迎,观众很多,口碑很好,票房很高,影响很大。\n',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'quote-pair')).toEqual([]);
  });
});
