/**
 * Issue 10: every kind of leftover site and PDF text, as a whole line and glued into a line
 * of the draft (then only the span is flagged), and look-alikes in a draft that stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { findings, flagged } from '../helpers';

const S = '同志们，今年以来全县经济运行总体平稳。';

const KINDS: Array<[string, string, boolean]> = [
  // [kind, residue, also found glued between two sentences]
  ['page counter', '第3页 共12页', true],
  ['page counter', '第 3 页 / 共 12 页', true],
  ['PDF page number', '- 2 -', true],
  ['PDF page number', '— 2 —', true],
  ['paywall', '此处隐藏1234字，下载后查看', true],
  ['paywall', '（未完，全文共5000字，登录后阅读全文）', true],
  ['paywall', '本文为Word格式，可下载编辑', true],
  ['paywall', '开通会员免费下载', true],
  ['paywall', '免费下载这篇文档', false],
  ['widget', '立即下载', false],
  ['widget', '加入购物车', false],
  ['widget', '登录/注册', false],
  ['share', '分享到：', false],
  ['slogan', '优质文档，值得下载', true],
  ['site name', '三七文库', false],
  ['site name', '第一范文网', false],
  ['site slogan', '某某文秘，公文写作之家', false],
  ['URL', 'https://www.example.com/doc/123.html', true],
  ['小编', '以上就是小编为大家整理的在全县经济工作会议上的讲话的全部内容。', true],
];

describe('residue kinds', () => {
  it.each(KINDS)('%s: %s', (_kind, residue, glued) => {
    expect(flagged(`${S}\n${residue}\n${S}`, 'web-residue')).toEqual([residue]);
    if (glued) expect(flagged(`${S}${residue}${S}`, 'web-residue')).toEqual([residue]);
  });

  it('a table of contents copied with the page', () => {
    const text = '在全县经济工作会议上的讲话\n目录\n一、2023年工作回顾……………………1\n二、当前面临的形势……………………4\n三、2024年重点工作……………………7\n同志们：\n今天召开会议。';
    expect(flagged(text, 'web-residue')).toEqual(['目录', '一、2023年工作回顾……………………1', '二、当前面临的形势……………………4', '三、2024年重点工作……………………7']);
    // Its headings are not the outline's: no outline-sequence or enum-count on them.
    expect(findings(text).filter((f) => f.rule === 'outline-sequence' || f.rule === 'enum-count')).toEqual([]);
  });

  it('a site contents box listing the headings that follow', () => {
    const text = '在全县经济工作会议上的讲话\n本文目录：\n一、充分肯定成绩\n二、清醒认识形势\n同志们：\n今天召开会议。\n一、充分肯定成绩\n过去一年，我们取得了成绩。\n二、清醒认识形势\n当前形势复杂。';
    expect(flagged(text, 'web-residue')).toEqual(['本文目录：', '一、充分肯定成绩', '二、清醒认识形势']);
    // A speech's own outline under 提纲 is the draft's.
    expect(flagged('讲话提纲\n一、充分肯定成绩\n二、清醒认识形势\n三、突出工作重点', 'web-residue')).toEqual([]);
    expect(flagged('提纲\n一、充分肯定成绩\n二、清醒认识形势\n同志们：\n一、充分肯定成绩\n过去一年成绩显著。', 'web-residue')).toEqual([]);
  });

  it('anti-copy filler of rare characters', () => {
    const filler = '蒄蚄袀膇莀蚃羂羀芆蚃蚂膅膂艿螄羈肇芈袇膄莆莇薆羇节莆虿膂膈莆螁羅膄莅';
    expect(flagged(`${S}\n${filler}\n${S}`, 'web-residue')).toEqual([filler]);
  });

  it('a residue line is checked by no other rule', () => {
    const text = `${S}\n时间:2022-04-02 理论教育 版权反馈\n2007年08月22日 09:03:38 来源:中国共产党新闻网\n${S}`;
    expect(findings(text).filter((f) => f.rule !== 'web-residue' && f.start > S.length && f.end < text.length - S.length)).toEqual([]);
  });

  const quiet: Array<[string, string]> = [
    ['a meeting notice', '时间：2024年3月15日上午9时 地点：县政府三楼会议室'],
    ['a QR code in a sentence', '群众可扫码关注“县政务服务”公众号，及时了解办事指南。'],
    ['a regulation article list', '第二章 社会信用信息归集\n第三章 社会信用激励与惩戒\n第四章 社会信用主体权益保护'],
    ['a traditional-script sentence', '在招商引資、項目建設暨脫貧攻堅月講評活動會上的講話同志們剛才同志通報了情況'],
    ['a number range', '力争增长5 - 8个百分点。'],
    ['a data source note', '数据来源：国家统计局。'],
  ];
  it.each(quiet)('quiet: %s', (_name, text) => expect(flagged(text, 'web-residue')).toEqual([]));
});
