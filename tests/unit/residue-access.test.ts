/**
 * A site's prompt about the text it holds back (a paywall or login wall worded its own way),
 * and a page's comment counter: residue by shape, whatever the site's wording. Lines from
 * real pages (laowenmi.com, laobiganzi.top, jingpinshuku-type copies); the look-alikes are
 * sentences a draft may hold.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';
import { isAccessPrompt } from '../../server/src/engine/analysis/residue-shapes';

const S = '同志们，今年以来全县经济运行总体平稳。';

describe('a prompt about the held-back text', () => {
  it.each([
    '此处隐藏5120个字。VIP会员可见', // laowenmi.com
    '全文约10497字,请下载后阅读、编辑。', // laobiganzi.top
    '(阅读全部图文内容,您需要先登录!)', // laobiganzi.top and other sites
    '还有2000字未显示，注册会员即可阅读本文',
    '本文仅限VIP会员可见',
    '登录后您可以查看全部内容',
  ])('%s', (line) => {
    expect(isAccessPrompt(line)).toBe(true);
    expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([line]);
    // A suggestion: each site words it differently, so fix-all leaves the line.
    expect(fixed(`${S}\n${line}\n${S}`, 'web-residue')).toBe(`${S}\n${line}\n${S}`);
  });

  it.each([
    '请登录省政务服务网填报数据。',
    '会员要按时缴纳会费，工会会员免费体检。',
    '报告全文约3万字，分为四个部分。',
    '请各单位下载后认真学习文件全文。',
    '欢迎您来到美丽的江城。',
    '全市新增注册企业1200户，完成全年任务的60%。',
    '要开通绿色通道，解锁发展新空间，全文贯彻新发展理念。',
  ])('a draft sentence stays: %s', (line) => {
    expect(isAccessPrompt(line)).toBe(false);
    expect(findings(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([]);
  });
});

describe("a page's comment counter", () => {
  it.each(['留言与评论(共有 条评论) |', '评论（共12条）', '网友评论 共 3 条'])('%s', (line) => {
    expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([line]);
  });
  it.each(['评论共有三条意见。', '留言与评论要及时回复'])('a draft line stays: %s', (line) => {
    expect(findings(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([]);
  });
});

describe('a line that opens with the draft', () => {
  it('is not a prompt, even with one glued to its end (the span is found, the sentence stays)', () => {
    const line = '会议强调，要全面推进乡村振兴（未完，全文共5000字，登录后阅读全文）';
    expect(isAccessPrompt(line)).toBe(false);
    expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual(['（未完，全文共5000字，登录后阅读全文）']);
  });
});
