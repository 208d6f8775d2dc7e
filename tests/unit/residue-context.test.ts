/**
 * Site text recognised by its shape or by what stands around it (pages gathered for branch
 * rwf, /work/tmp/rwf): bylines around a timestamp, a compilation's numbered labels, the
 * entries of a related-pages list, a teaser of the text printed above it. Each case fails on
 * the code before them; the look-alikes a draft writes stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

const S = '同志们，今年以来全县经济运行总体平稳。';

describe('bylines around a timestamp', () => {
  it.each([
    '公文搜 2021-07-27 17:49:30 政府报告',
    '民生   2025-01-23 23:51   重庆',
    '编辑日期:2018/2/11 16:01:20   作者:新闻中心',
    'http://wmf.fjsen.com 2011-09-08 17:30 来源:长泰县文明办',
    '一枝笔写作事务所 2011-09-12 字数3106字 点击: 次',
  ])('%s', (line) => {
    expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([line]);
    expect(fixed(`${S}\n${line}\n${S}`, 'web-residue')).toBe(`${S}\n${S}`);
  });

  it("a draft's timeline and a meeting notice stay", () => {
    for (const line of ['2023-05-01 10:30 接到群众报警', '2023-05-01 10:30 县应急局赶到现场', '会议时间 2024-03-09 14:30 三楼会议室', '附件：会场布置图.png'])
      expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([]);
  });
});

describe("a compilation's numbered labels", () => {
  it.each([
    ['安全生产月活动致辞1', '1'],
    ['市长安全生产讲话 篇1', '篇1'],
    ['中秋致辞员工篇一', '篇一'],
    ['第一篇: 关于2021年七一重要讲话精神宣讲稿', '第一篇:'],
  ])('%s', (line, label) => {
    const text = `${S}\n${line}\n${S}`;
    // Only the label: the rest of the line is the title of the speech the writer took.
    expect(flagged(text, 'web-residue')).toEqual([label]);
    // A suggestion, never fix-all.
    expect(fixed(text, 'web-residue')).toBe(text);
  });

  it('the line without its label is still the title (date-missing is on it)', () => {
    const text = '开工典礼致辞 篇1\n尊敬的各位领导、各位来宾：\n今天，我们在这里隆重举行开工典礼。';
    expect(flagged(text, 'web-residue')).toEqual(['篇1']);
    expect(findings(text, 'date-missing').map((f) => text.slice(f.start, f.end))).toEqual(['开工典礼致辞 篇1']);
  });

  it('a label the site marks as its pick stays a safe deletion', () => {
    expect(fixed(`${S}\n第一篇:大桥开工建设仪式领导致辞[小编推荐]\n${S}`, 'web-residue')).toBe(`${S}\n${S}`);
  });

  it("a draft's title and headings stay", () => {
    for (const line of ['在全县经济工作会议上的讲话', '学习贯彻全会精神心得体会3篇', '一、2010年工会女职工工作的简要回顾'])
      expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([]);
  });
});

describe("a related-pages list under the site's heading", () => {
  it('bulleted titles with their timestamps', () => {
    const entries = ['- 2023-07-18 12:46:21 在2022年苏州大学毕业典礼暨学位授予仪式上的讲话(20220621)', '- 2022-05-11 21:14:31 2022年春季研究生毕业典礼暨学位授予仪式上的讲话'];
    const text = ['相关推荐', ...entries, '最好的你们,可好?!——在2022年毕业典礼暨学位授予仪式上的讲话', '亲爱的同学们:', S].join('\n');
    expect(flagged(text, 'web-residue')).toEqual(['相关推荐', ...entries]);
  });

  it('titles between bars after 小编精心推荐', () => {
    const text = `${S}\n小编精心推荐\n安全演讲稿 | 珍爱生命演讲稿`;
    expect(flagged(text, 'web-residue')).toEqual(['小编精心推荐', '安全演讲稿 | 珍爱生命演讲稿']);
  });

  it("a draft's own list after its own words stays", () => {
    expect(flagged(`${S}\n- 加强组织领导\n- 强化责任落实`, 'web-residue')).toEqual([]);
  });
});

describe('a teaser of the text above the text', () => {
  it('a line the text below begins with, across its breaks', () => {
    const teaser = '2019年陇县人民政府工作报告(全文)——在陇县第十七届人民代表大会第四次会议上县长赵甲宏(2020年1月8日)各位代表:现在,我代表县人民政府向大会作工作报告,请予审议,并请县';
    const full = '2019年陇县人民政府工作报告(全文)——在陇县第十七届人民代表大会第四次会议上县长赵甲宏(2020年1月8日)各位代表:现在,我代表县人民政府向大会作工作报告,请予审议,并请县政协委员和其他列席人员提出意见。';
    const text = `2019年陇县人民政府工作报告(全文)\n${teaser}\n${full}`;
    expect(flagged(text, 'web-residue')).toEqual([teaser]);
    // No word of the draft is lost by deleting it, but fix-all leaves it to the writer.
    expect(fixed(text, 'web-residue')).toBe(text);
  });

  it('a paragraph the writer repeats with more after it is not a teaser unless the next lines begin with all of it', () => {
    const a = '我们要坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点。';
    expect(flagged(`${a}\n${a.slice(0, 20)}，这是我们的根本立场。`, 'web-residue')).toEqual([]);
  });
});

describe('the cut text of a paywalled page', () => {
  it('is the draft when it is the only text, not a summary to delete', () => {
    const body = '(开场前请领导讲话)男:尊敬的各位领导、各位来宾,女:亲爱的观众朋友们,大家——合:晚上好!男:这里是县庆祝环卫工人节文艺晚会的演出现场。女:合家幸福,万事如...';
    const text = `返回\n庆祝环卫工人节文艺晚会主持词\n\n庆祝环卫工人节文艺晚会主持词\n\n时间:2008-1-25 14:49:10  [下载该文章]  [会员注册]\n${body}\n请先登录\n\n>\n\n相关推荐`;
    const got = flagged(text, 'web-residue');
    expect(got).not.toContain(body);
    // The back button above the site's copy of the title is residue with it.
    expect(got).toContain('返回');
  });
});

describe("a shared file's preview chunks", () => {
  const chunk1 = '1、校长在2023年春季开学典礼上的致辞老师们、同学们:早上好!瑞虎辞旧去,福兔迎春来。新年新学期,一元复始,万象更新之际,我谨代表学校向全体师生员工致以新年的问候!正月十四报到,当天恰逢立春。想要真正理解道理、掌';
  const chunk2 = '2、握技能,必须要自己动手去实践。这种学习经验的总结,十分精当。我认为,“躬行”不仅仅是获得知识的过程,更是一种应当深思的生活态度。只有努力从实际行动中去实现自己的目标,才能有效地帮助我们顺利达成目标。';
  const notice = '《校长2023年春季开学典礼上的致辞.docx》由会员分享,可在线阅读,更多相关《校长2023年春季开学典礼上的致辞.docx(3页珍藏版)》请在第壹文秘上搜索。';

  it('are numbered by the site at the head of each line', () => {
    const got = flagged(`${notice}\n${chunk1}\n${chunk2}`, 'web-residue');
    expect(got).toEqual([notice, '1、', '2、']);
  });

  it("a draft's own numbered paragraphs, with no shared-file notice, stay", () => {
    // Each ends its sentence: the draft's own paragraphs, however long.
    const own1 = chunk1.replace(/正月十四报到.*$/, '正月十四报到，当天恰逢立春。');
    expect(flagged(`${S}\n${own1}\n${chunk2}`, 'web-residue')).toEqual([]);
  });

  it('without the notice (a copy that starts below it), chunks each cut mid-sentence (掌 / 握技能) are the site\'s', () => {
    expect(flagged(`${S}\n${chunk1}\n${chunk2}`, 'web-residue')).toEqual(['1、', '2、']);
  });
});

describe("a site's name put into a sentence", () => {
  it('between 我 and 市 (a keyword filter replaced the words)', () => {
    const text = '今天会议的主要任务就是进一步分析研究我老秘网市第一季度经济工作中存在的问题。';
    expect(flagged(text, 'web-residue')).toEqual(['老秘网']);
    expect(fixed(text, 'web-residue')).toBe('今天会议的主要任务就是进一步分析研究我市第一季度经济工作中存在的问题。');
  });

  it('a library of the city stays', () => {
    expect(flagged('我们整合全市文库县级分馆资源，我市建成了全省首个数字文库。', 'web-residue')).toEqual([]);
  });
});

describe('paywall marks and slogans inside the text', () => {
  it('a cut marked between ellipses (……此处隐藏13204个字……)', () => {
    const text = '请欣赏九(3)班的小品《蒙在鼓 ……此处隐藏13204个字……带走一丝烦恼,让快乐与我们同行。';
    expect(flagged(text, 'web-residue')).toEqual(['……此处隐藏13204个字……']);
    expect(flagged('此处隐藏着很多问题，要高度重视。', 'web-residue')).toEqual([]);
  });

  it("a shared file's slogan before its text", () => {
    const text = '精选优质文档-倾情为你奉上钱营镇廉政文化教育基地解说词 各位领导:下午好!';
    expect(flagged(text, 'web-residue')).toEqual(['精选优质文档-倾情为你奉上']);
    expect(fixed(text, 'web-residue')).toBe('钱营镇廉政文化教育基地解说词 各位领导:下午好!');
  });

  it("a host's script numbered by the site (主持稿1)", () => {
    expect(flagged(`${S}\n元旦文艺汇演主持稿1\n${S}`, 'web-residue')).toEqual(['1']);
  });
});

describe("the site's copy of the title with its count", () => {
  it('元旦文艺汇演主持稿15篇 under the title 元旦文艺汇演主持稿', () => {
    const text = '重大项目开工仪式精彩致辞\n时间:2023-02-11 09:38:30 致辞致谢 我要投稿\n重大项目开工仪式精彩致辞15篇\n各位领导,同志们,乡亲们:';
    expect(flagged(text, 'web-residue')).toEqual(['时间:2023-02-11 09:38:30 致辞致谢 我要投稿', '重大项目开工仪式精彩致辞15篇']);
  });
});

describe("a page's toolbar with its date and counter", () => {
  it('复制全文 下载文档 更新 2023-01-02 | 人气 187', () => {
    const line = '复制全文 下载文档 更新 2023-01-02  |   人气 187';
    expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([line]);
    expect(flagged(`${S}\n更新 2023-01-02\n${S}`, 'web-residue')).toEqual([]);
  });

  // Widget words only a site prints, alone on their line (laowenmi 2023-07-18, rwg/33; 12371.cn
  // rwk/13; bingdoc rwf/49), and a toolbar with the site's name (`共产党员网来稿 打印 纠错 投稿须知 投稿`).
  it.each(['我要投稿', 'QQ群', '• 我要加入会员', '微信扫一扫 ×', '共产党员网来稿 打印 纠错 投稿须知 投稿'])('%s', (line) => {
    expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([line]);
  });

  // A news page's photo captions around the speech it publishes (rwk/23, rwj/02: xinhuanet copies).
  it.each(['图为张兵市长作政府工作报告', '游客在哈尔滨太阳岛雪博会园区游玩(2024年1月1日摄)。新华社记者 王建威 摄', '中新社采访人员 杨艳敏 摄'])('caption: %s', (line) => {
    expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([line]);
  });

  // A heading's word is no widget: one 收藏 or 分享 alone, or a toolbar word among prose.
  it.each(['分享', '一、加强收藏品市场管理', '资源共享 分享发展成果', '纠错机制 容错机制 激励机制 约束机制'])('stays: %s', (line) => {
    expect(flagged(`${S}\n${line}\n${S}`, 'web-residue')).toEqual([]);
  });
});
