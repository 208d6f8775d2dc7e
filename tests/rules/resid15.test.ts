/**
 * Site chrome on resid15's pages (/work/tmp/resid15): a site's name at the top above its
 * breadcrumb, a book site's path and page links, a toolbar whose buttons ran together, a menu
 * glued after its home link, hot-word bars, novel mirrors' list headings, a chat-group call and
 * a table bar glued after the last sentence, a collection's piece labels. The excerpts are in
 * tests/corpus/resid15.json. Before: each was left alone, and a mirror's address glued before
 * the first sentence (`最新网址:www.…“同志们,…`) took the whole line with a safe fix.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, flagged } from '../helpers';

describeCorpusFile('resid15.json');

const residue = (text: string) => findings(text, 'web-residue');
const safeOf = (text: string) => residue(text).map((f) => [text.slice(f.start, f.end), f.fixes[0]?.safe === true]);

describe('web-residue: an address glued before the text', () => {
  it('deletes only the label and the address, safely', () => {
    const text = '最新网址:www.botaodz.com“同志们,我们开会。会议第一项,请副院长作经营工作汇报。”他开了腔。';
    expect(safeOf(text)).toEqual([['最新网址:www.botaodz.com', true]]);
  });
  it('a line that is only the address still goes whole', () => {
    expect(flagged('收藏网址:www.ziyungong.com', 'web-residue')).toEqual(['收藏网址:www.ziyungong.com']);
  });
});

describe('web-residue: a site name at the top', () => {
  it('safe when it ends as a site name does, a suggestion otherwise', () => {
    expect(safeOf('药最网\n首页 > 健康资讯 > 正文\n\n在全市卫生健康工作会议上的讲话')).toEqual([
      ['药最网', true],
      ['首页 > 健康资讯 > 正文', true],
    ]);
    expect(safeOf('领导活动\n您当前的位置:首页 >> 新闻中心 >> 正文\n\n在全市会议上的讲话')[0]).toEqual(['领导活动', false]);
  });
  it.each([
    '在全市安全生产工作会议上的讲话\n首页 > 讲话 > 正文\n同志们：',
    '总结\n一、工作回顾\n今年以来，我们做了三件事。',
    '首先\n我代表县委向大家表示感谢。',
  ])('quiet: a title, or a one-word heading with no path under it: %s', (text) => {
    expect(flagged(text, 'web-residue').filter((t) => !t.includes('>'))).toEqual([]);
  });
});

describe('web-residue: quiet on a draft\'s own words', () => {
  it.each([
    '三、推出政务服务手机版，方便群众办事。',
    '热词：高质量发展。',
    '我们为群众提供各类便民服务。',
    '第一篇 要把大会精神落到实处',
    '一是抓好登录注册环节，确保每位干部都完成实名认证。',
    '收入 | 支出',
    '阅读\n要养成读书的好习惯，每天阅读一小时。',
    '更多资料请大家会后查阅。',
  ])('%s', (text) => {
    expect(flagged(text, 'web-residue')).toEqual([]);
  });
});
