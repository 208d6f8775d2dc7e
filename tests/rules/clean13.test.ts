/**
 * Clean audit 13: finished, edited official texts (新年贺词, 开学/毕业典礼致辞, 人大/政协 closing
 * news, 政府工作报告 news, a 人民日报 page; pages in /work/tmp/clean13, excerpts in
 * tests/corpus/clean13.json). On such text every finding is a candidate false alarm: a news
 * byline read as a heading glued to its paragraph, and the BB of an AABB form read as a doubled
 * character after a noun of two.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, flagged } from '../helpers';

describeCorpusFile('clean13.json');

describe('broken-line: a byline is no heading', () => {
  it.each([
    '澎湃新闻记者 岳怀让6月21日，山城重庆，西南政法大学毕业典礼当天突遇大雨。',
    '本报通讯员 张晓明近日，全市首个智慧养老服务中心正式投入运营，受到群众欢迎。',
  ])('%s', (text) => {
    expect(flagged(text, 'broken-line')).toEqual([]);
  });
  it('still restores the break after a plain heading', () => {
    expect(flagged('取得明显成效 过去一年，我们坚持稳中求进，经济运行总体平稳。', 'broken-line')).toHaveLength(1);
  });
});

describe('cjk-space: a photo credit ending its caption line', () => {
  it.each(['福建省人民政府省长赵龙作政府工作报告。人民网 刘卿摄\n', '开幕会现场。新华网 王明摄\n人民网福州1月11日电 今天上午，大会开幕。\n'])('%s', (text) => {
    expect(flagged(text, 'cjk-space')).toEqual([]);
  });
  it('still flags a space inside a word of a sentence', () => {
    expect(flagged('我们要认真学 习摄影技术，提高水平。\n', 'cjk-space')).toHaveLength(1);
  });
});

describe('web-residue: the header of a 人民网 page', () => {
  it('flags the site name, the breadcrumb, the time-and-source line and the font control', () => {
    const text =
      '人民网首页\n人民网>>陕西频道\n\n以中国式现代化推进中华民族伟大复兴(领航中国)\n\n2022年09月13日08:33 | 来源:人民网-人民日报\n小字号\n\n2020年10月，正值丰收的金秋时节。\n';
    expect(flagged(text, 'web-residue')).toEqual(['人民网首页', '人民网>>陕西频道', '2022年09月13日08:33 | 来源:人民网-人民日报', '小字号']);
  });
  it('leaves a sentence that names a net, or a dated line that is no page header', () => {
    expect(flagged('我们要织密安全防护网\n2021年7月16日14:41，来源于群众的意见要认真听取。\n', 'web-residue')).toEqual([]);
  });
});
