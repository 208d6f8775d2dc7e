/**
 * Blind audit 11: 50 copied speeches, 致辞, 述职 and work reports nobody here had read (pages in
 * /work/tmp/blind11, excerpts in tests/corpus/blind11.json). False alarms first: a river's
 * name in a list of rivers read as a slip (大周引河 → 大局), a bureau's name (农牧局 → 牧区), a
 * place after 到 read as a count whose figure was deleted (`从病房到手术台，`).
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, flagged } from '../helpers';

describeCorpusFile('blind11.json');

describe('typo: proper names the guesses must leave alone', () => {
  it.each([
    // cqmzxgc.cn (blind11/10): a town's rivers, each ending in 河.
    '(三)主要河道:新汴河、大周引河、郑集南引河、郑集北引河、韩沟。',
    '重点水库:向阳水库、大周水库、瓦坊水库。',
    // wnwk.com (blind11/26): a bureau named after its field.
    '2023年农牧局干部作风建设年动员讲话。',
    '在全市农牧局系统工作会议上的讲话。',
  ])('%s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });

  it.each([
    // Not a list of names of one kind, or the guess changes the kind itself: still read.
    ['各级干部要顾全大周,服从安排。', '大周'],
    ['主要河道:新汴河、大周引湖、郑集南引河。', '大周'],
  ])('%s', (text, wrong) => {
    expect(flagged(text, 'typo')).toEqual([wrong]);
  });
});

describe('placeholder: a place after 到 is no count', () => {
  it('stays quiet on a place the segmenter split', () => {
    // xout.cn (blind11/17).
    expect(flagged('从清晨到深夜,从病房到手术台,处处都留下了你们忙碌而坚定的身影。', 'placeholder')).toEqual([]);
    expect(flagged('他们一个个走上领奖台,接受表彰。', 'placeholder')).toEqual([]);
  });
  it('still reads a count deleted after its noun', () => {
    expect(flagged('全乡有小(一)型水库座,骨干山塘口。', 'placeholder')).toEqual(['']);
    expect(flagged('今年新建办公楼栋,购置巡逻车辆。', 'placeholder')).toEqual(['']);
  });
});

describe('char-repeat: a unit typed twice after its figure', () => {
  it.each([
    // laobiganzi.top (blind11/22).
    ['实现合同利用外资X亿美元亿美元,累计实际利用外资X万美元。', '亿美元亿美元'],
    ['全县完成固定资产投资12亿元亿元,同比增长8%。', '亿元亿元'],
  ])('%s', (text, pair) => {
    expect(flagged(text, 'char-repeat')).toEqual([pair]);
  });
  it('stays quiet on a unit said once, or a noun after a figure', () => {
    expect(flagged('实现合同利用外资5亿美元,同比增长8%。', 'char-repeat')).toEqual([]);
    expect(flagged('PPP项目项目经理要认真负责。', 'char-repeat')).toEqual([]);
  });
});

describe('web-residue: an editor line after the text', () => {
  it('reads 这篇内容经过精心设计', () => {
    // tyusoft.com (blind11/45).
    expect(flagged('谢谢大家!\n\n这篇内容经过精心设计,旨在传达温馨', 'web-residue')).toEqual(['这篇内容经过精心设计,旨在传达温馨']);
  });
});

describe('web-residue: the last audit’s leftovers met again', () => {
  it.each([
    // blind10/06 (laojin123.com): a site's (精品) after the title, the title and its slot kept.
    ['在XX镇岁末年初安全生产和消防安全工作会议上的讲话(精品)\n同志们:', '(精品)'],
    // blind10/18: a compilation's count in square brackets.
    ['在开工仪式的致辞【优秀9篇】\n同志们:', '在开工仪式的致辞【优秀9篇】'],
    // blind10/50: the site's 范文中心: before the title.
    ['范文中心:在乡村秸秆禁烧动员会议上的讲话\n同志们:', '范文中心:'],
    // blind10/09, blind7/54: a site's 【导语】 blurb.
    ['【导语】竞聘护士长演讲稿的作用不仅是展示自己的能力,更是通过清晰的思路和真诚的语言,争取信任。\n尊敬的各位领导:', '【导语】竞聘护士长演讲稿的作用不仅是展示自己的能力,更是通过清晰的思路和真诚的语言,争取信任。'],
  ])('%s', (text, residue) => {
    expect(flagged(text, 'web-residue')).toEqual([residue]);
  });
  it('keeps the title the site marked', () => {
    expect(flagged('在XX镇安全生产工作会议上的讲话(精品)\n同志们:', 'placeholder')).toEqual(['XX']);
    expect(flagged('打造精品(工程),提升服务水平。', 'web-residue')).toEqual([]);
  });
});
