/**
 * Formulations and their marks on canon15's pages (speeches, 党课, 民主生活会 reports, /work/tmp/canon15):
 * a count left outside the quotation (`四个“意识”` beside “四个意识”), a superseded name taken up as
 * current (`坚定“三个自信”` after 2016, dated by the draft or by a later formulation it uses),
 * straight quotation marks all through a draft punctuated in full width, and `--` / `〃` typed for
 * the dash and the middle dot. The excerpts are in tests/corpus/canon15.json. Before: all quiet.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, expectSuggestion, findings, fixed, flagged } from '../helpers';

describeCorpusFile('canon15.json');

describe('slogan-variant: a count outside the quotation marks', () => {
  it('flags 四个“意识” where the draft writes “四个意识”, as a suggestion', () => {
    expectSuggestion('要切实增强四个“意识”，牢固树立“四个意识”。', 'slogan-variant', '四个“意识”', '“四个意识”');
  });
  it.each([
    '要切实增强四个“意识”，提高政治能力。',
    '学习领会公报可以聚焦三个“需要”、两个“确立”、五大“历史意义”，彰显“两个确立”的正确抉择。',
    '做到“两个维护”，牢固树立“四个意识”。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'slogan-variant')).toEqual([]);
  });
});

describe('formulation-current: a superseded name taken up as current', () => {
  it('flags 坚定“三个自信” in a draft dated after 2016', () => {
    const text = '在全县干部大会上的讲话\n（2022年3月1日）\n同志们：\n我们要增强“四个意识”、坚定“三个自信”、做到“两个维护”。\n';
    const f = findings(text, 'formulation-current');
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['三个自信']);
    expect(f[0]!.message).toContain('四个自信');
  });
  it.each([
    '在全县干部大会上的讲话\n（2015年3月1日）\n同志们：\n我们要坚定“三个自信”，做到“两个维护”。\n',
    '在全县干部大会上的讲话\n（2022年3月1日）\n同志们：\n从坚定“三个自信”到坚定“四个自信”，我们的认识不断深化。\n',
    '在全县干部大会上的讲话\n（2022年3月1日）\n同志们：\n党的十八大以来，全党坚定“三个自信”，成就举世瞩目。\n',
    '我们要坚定“三个自信”，实现“两个一百年”奋斗目标。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'formulation-current')).toEqual([]);
  });
});

describe('quote-pair: straight quotation marks in full-width prose', () => {
  const text = '同志们：\n今天召开会议，主要任务是总结工作，部署任务。我们要统筹推进"五位一体"总体布局，协调推进"四个全面"战略布局，抓好"十四五"规划落实。\n';
  it('flags each pair and fixes it to “”', () => {
    expect(flagged(text, 'quote-pair')).toEqual(['"五位一体"', '"四个全面"', '"十四五"']);
    expect(fixed(text, 'quote-pair')).toContain('统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局，抓好“十四五”规划落实');
  });
  it('reports a draft full of them once, with one fix for all', () => {
    const body = text.split('\n')[1]!;
    const long = `同志们：\n${`${body}\n`.repeat(8)}`;
    const f = findings(long, 'quote-pair');
    expect(f).toHaveLength(1);
    expect(fixed(long, 'quote-pair')).not.toContain('"');
  });
  // A copy whose commas went half-width is Chinese prose too: its straight quotes are read at once,
  // not only after fix-all has made its commas full-width (quote-ascii-prose.test.ts).
  it('reads them in prose whose commas are half-width', () => {
    const half = '同志们:今天召开会议,主要任务是总结工作,部署任务,统筹推进"五位一体"总体布局,协调推进"四个全面"战略布局。';
    expect(flagged(half, 'quote-pair')).toEqual(['"五位一体"', '"四个全面"']);
  });
  it.each([
    '他输入了 "abc" 作为密码，系统提示错误，请重新输入，然后确认。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'quote-pair')).toEqual([]);
  });
});

describe('punct-halfwidth: -- for the dash, 〃 for the middle dot', () => {
  it('fixes them safely', () => {
    expect(fixed('要发扬“团结--批评--团结”的精神。《孟子〃滕文公下》中说。', 'punct-halfwidth')).toBe('要发扬“团结——批评——团结”的精神。《孟子·滕文公下》中说。');
    expect(fixed('奋力谱写新篇章\n--在全县工作会议上的讲话\n', 'punct-halfwidth')).toBe('奋力谱写新篇章\n——在全县工作会议上的讲话\n');
  });
  it.each([
    '学科分类：马克思主义--马克思主义其他学科。',
    '运行 --help 查看帮助。',
    '---此处隐藏5420字，下载后查看---',
    '比分为2〃3。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'punct-halfwidth')).toEqual([]);
  });
});
