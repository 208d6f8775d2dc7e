/**
 * Site text in the head of a page (pages gathered for branch rsd, /work/tmp/rsd): a document
 * site's keywords cut from the title, one a line, above it; a journal's author line under the
 * title of a paper copied with its labels; a site's widget words set out letter by letter;
 * forum counter bars. Each case fails on the code before them; the look-alikes a draft writes
 * (its speaker's name under the title, a short list, a spaced heading) stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

const S = '同志们，今年以来全县经济运行总体平稳，各项工作取得新进展。';

describe("keywords cut from the title, one a line, above it", () => {
  it('the words are residue, a suggestion; the title and the text stay', () => {
    const text = `2024\n全县\n安全\n生产\n工作\n会议\n在全县安全生产工作会议上的讲话\n${S}\n`;
    expect(flagged(text, 'web-residue')).toEqual(['2024', '全县', '安全', '生产', '工作', '会议']);
    // Suggestions: fix-all leaves them.
    expect(fixed(text, 'web-residue')).toBe(text);
  });

  it('short lines the next line does not repeat in order stay (a list, a poem, an outline)', () => {
    for (const text of [
      `春\n夏\n秋\n冬\n四季更替，岁月如歌。\n`,
      `一要\n二要\n三要\n在全县安全生产工作会议上的讲话\n${S}\n`,
      `会议\n工作\n安全\n全县\n在全县安全生产工作会议上的讲话\n${S}\n`,
    ])
      expect(flagged(text, 'web-residue'), text).toEqual([]);
  });
});

describe("a journal's author line", () => {
  it('under a paper copied with its labels: a suggestion', () => {
    const text = `乡村治理现代化的实践路径\n\n2023-06-12张立新\n\n行政论坛 2023年3期\n关键词:乡村治理基层党组织\n\n张立新,欧阳 明\n\n一、问题的提出\n\n${S}\n`;
    expect(flagged(text, 'web-residue')).toEqual(['2023-06-12张立新', '行政论坛 2023年3期', '关键词:乡村治理基层党组织', '张立新,欧阳 明']);
    // The space inside the typeset name is the journal's: no cjk-space finding on a residue line.
    expect(findings(text, 'cjk-space')).toEqual([]);
  });

  it("a speech's speaker under its title stays, and so does a name line far from the labels", () => {
    expect(flagged(`在全市经济工作会议上的讲话\n\n王建国\n\n${S}\n`, 'web-residue')).toEqual([]);
    expect(flagged(`在全市经济工作会议上的讲话\n\n王建国\n\n编者按\n\n${S}\n`, 'web-residue')).toEqual([]);
  });
});

describe('widget words set out letter by letter', () => {
  it('read as the word they space out', () => {
    const text = `${S}\n分 享 至 手 机\n${S}\n`;
    expect(flagged(text, 'web-residue')).toEqual(['分 享 至 手 机']);
  });

  it("a draft's spaced heading stays", () => {
    for (const line of ['主 持 词', '讲 话 稿', '致 辞'])
      expect(flagged(`${S}\n${line}\n${S}\n`, 'web-residue'), line).toEqual([]);
  });
});

describe('forum counter bars and feed headings', () => {
  it('are residue, deleted by fix-all', () => {
    const text = `${S}\n【12评论】【35点赞】\n作者最新文章\n【3点赞】\n${S}\n`;
    expect(flagged(text, 'web-residue')).toEqual(['【12评论】【35点赞】', '作者最新文章', '【3点赞】']);
    expect(fixed(text, 'web-residue')).toBe(`${S}\n${S}\n`);
  });

  it("a forum's footer: the login prompt, the board's rules, the poster's counters, the site's contacts", () => {
    const footer = ['您需要登录后才可以回帖 登录 | 立即注册', '本版积分规则', '3关注', '12粉丝', '48帖子', '排行榜', '关注我们:微信订阅号', '全国服务热线:', '公司地址:某某文化传媒有限公司'];
    const text = `${S}\n\n${footer.join('\n\n')}\n`;
    expect(flagged(text, 'web-residue')).toEqual(footer);
    expect(fixed(text, 'web-residue')).toBe(`${S}\n\n`);
  });

  it("a draft's hotline and address stay when no site text is beside them", () => {
    expect(flagged(`${S}\n全国服务热线:12345\n公司地址:市民中心三楼\n${S}\n`, 'web-residue')).toEqual([]);
  });

  it("a draft's sentence about comments and likes stays", () => {
    expect(flagged(`${S}\n【评论】网友留言35条，点赞120次，我们都认真研究。\n${S}\n`, 'web-residue')).toEqual([]);
  });
});

describe("a news site's and a BBS's head", () => {
  it('a spaced-out menu under its label, the page-position line, a BBS post header', () => {
    const lines = [
      '频 道: 首 页 | 新 闻 | 国 际 | 财 经 | 体 育 | 文 娱',
      '本页位置:首页新闻中心滚动新闻',
      '发信人: xiaoli (小李), 信区: News',
      '发信站: 某某大学BBS (2005年03月06日09:42:20 星期日), 站内信件',
      '【 以下文字转载自 Headline 讨论区 】',
    ];
    const text = `${S}\n${lines.join('\n')}\n${S}\n`;
    expect(flagged(text, 'web-residue')).toEqual(lines);
    expect(fixed(text, 'web-residue')).toBe(`${S}\n${S}\n`);
  });

  it("a draft's own list of sectors and its sender line stay", () => {
    for (const line of ['工业 | 农业 | 服务业 | 建筑业', '发信人要对信件内容负责，不得泄露工作秘密。'])
      expect(flagged(`${S}\n${line}\n${S}\n`, 'web-residue'), line).toEqual([]);
  });
});
