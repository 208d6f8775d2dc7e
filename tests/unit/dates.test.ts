import { describe, expect, it } from 'vitest';
import { findings, flagged, fixed, applyFirstFix } from '../helpers';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findDates } from '../../server/src/engine/analysis/dates';
import { dateNumberValue } from '../../server/src/engine/util/numerals';
import { ANNIVERSARIES } from '../../server/src/engine/rules/date-year';
import type { RuleId } from '../../server/src/engine/model/types';

const head = (year = 2024, month = 3, day = 9) => `在全市经济工作会议上的讲话\n（${year}年${month}月${day}日）\n同志们：\n`;

describe('findDates', () => {
  it('finds every written form with its parts', () => {
    const doc = new SpeechDocument(
      head() + '2024-03-09、2024.3.9、2024/3/9、2024年03月09日、二〇二四年三月九日、3月9日、2024年3月。',
    );
    expect(findDates(doc).map((d) => [d.text, d.format, d.year, d.month, d.day, d.isDateLine])).toEqual([
      ['2024年3月9日', 'chinese', 2024, 3, 9, true],
      ['2024-03-09', 'iso', 2024, 3, 9, false],
      ['2024.3.9', 'dotted', 2024, 3, 9, false],
      ['2024/3/9', 'slashed', 2024, 3, 9, false],
      ['2024年03月09日', 'chinese-padded', 2024, 3, 9, false],
      ['二〇二四年三月九日', 'chinese-numerals', 2024, 3, 9, false],
      ['3月9日', 'partial', undefined, 3, 9, false],
      ['2024年3月', 'partial', 2024, 3, undefined, false],
    ]);
  });
  it("reads a year in Chinese numerals whose zeros were typed as digits or the letter O (二00四年, 二OO五年)", () => {
    const doc = new SpeechDocument('在全县农村工作会议上的讲话\n二00四年二月十八日\n同志们：\n二OO五年三月，全县召开大会。GO二0二四年三月、2004年二月不是这样的日期。\n');
    expect(findDates(doc).map((d) => [d.text, d.format, d.year, d.month, d.day, d.isDateLine])).toEqual([
      ['二00四年二月十八日', 'chinese-numerals', 2004, 2, 18, true],
      ['二OO五年三月', 'chinese-numerals', 2005, 3, undefined, false],
    ]);
  });
  it("takes a news agency and its publication date for a stamp, not the speaker's byline over a date line", () => {
    const doc = new SpeechDocument('习近平在欢迎宴会上的祝酒辞\n  新华社  2019-05-15\n\n在亚洲文明对话大会欢迎宴会上的祝酒辞\n\n(2019年5月15日,北京)\n\n各位来宾:\n');
    expect([doc.title?.text, doc.dateLine?.text]).toEqual(['在亚洲文明对话大会欢迎宴会上的祝酒辞', '2019年5月15日']);
  });
  it('takes a full date that kept one of its brackets for the date line', () => {
    for (const line of ['2021年12月30日)', '（2021年12月30日']) {
      const doc = new SpeechDocument(`在全省政协新年茶话会上的讲话\n\n${line}\n\n李四\n\n同志们,朋友们:\n`);
      expect(doc.dateLine?.text).toBe('2021年12月30日');
    }
  });
  it('skips slots, residue and non-dates', () => {
    const doc = new SpeechDocument(
      '无忧文档网    时间: 2021-06-24 00:32:59     阅读:\n20xx年3月5日、x月xx日、1.2.3、2024.5、GB/T 9704-2012、0571-88881234、2021-2025年、v2024.1.15、1-7月',
    );
    expect(findDates(doc)).toEqual([]);
  });
  it('reads Chinese numerals', () => {
    expect([dateNumberValue('二〇二四'), dateNumberValue('十二'), dateNumberValue('二十九'), dateNumberValue('三十一'), dateNumberValue('九')]).toEqual([2024, 12, 29, 31, 9]);
  });
});

const only = (text: string, rule: RuleId) => flagged(text, rule);

describe('date-missing', () => {
  const invalid: Array<[string, string, string]> = [
    ['在全市经济工作会议上的讲话\n同志们：\n今天开会。', '在全市经济工作会议上的讲话', '在全市经济工作会议上的讲话\n（    年  月  日）\n同志们：\n今天开会。'],
    ['您好,欢迎访问三七文档\r\n在县政府全体会议上的讲话\r\n\r\n同志们：', '在县政府全体会议上的讲话', '您好,欢迎访问三七文档\r\n在县政府全体会议上的讲话\r\n（    年  月  日）\r\n\r\n同志们：'],
    ['在全市统筹推进疫情防控和\n经济社会发展工作会议上的讲话\n同志们：', '在全市统筹推进疫情防控和\n经济社会发展工作会议上的讲话', '在全市统筹推进疫情防控和\n经济社会发展工作会议上的讲话\n（    年  月  日）\n同志们：'],
    ['关于乡村振兴的几点思考\n\n同志们：\n今天讲三点。', '关于乡村振兴的几点思考', '关于乡村振兴的几点思考\n（    年  月  日）\n\n同志们：\n今天讲三点。'],
    ['勇立潮头——在市政府全体会议上的讲话今年是决战决胜脱贫攻坚之年，我们要认真学习贯彻习近平总书记重要讲话精神，奋力夺取双胜利。', '勇立潮头——在市政府全体会议上的讲话', '勇立潮头——在市政府全体会议上的讲话\n（    年  月  日）\n今年是决战决胜脱贫攻坚之年，我们要认真学习贯彻习近平总书记重要讲话精神，奋力夺取双胜利。'],
    // A title naming its kind of speech (主持讲话, 总结讲话, 表态发言), glued to its text the same way.
    ['在全区防汛抗旱工作会议上的主持讲话今天我们召开全区防汛抗旱工作推进会，研究部署下一步工作。', '在全区防汛抗旱工作会议上的主持讲话', '在全区防汛抗旱工作会议上的主持讲话\n（    年  月  日）\n今天我们召开全区防汛抗旱工作推进会，研究部署下一步工作。'],
  ];
  it.each(invalid)('%s', (text, title, after) => {
    const fs = findings(text, 'date-missing');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual([title]);
    expect(fs[0]!.fixes[0]!.safe).toBe(false);
    expect(applyFirstFix(text, fs[0]!)).toBe(after);
  });
  const valid = [
    head() + '今天开会。',
    '在全市经济工作会议上的讲话\n（二〇二四年三月九日）\n同志们：',
    '在全市经济工作会议上的讲话\n张三\n（2024年3月9日）\n同志们：',
    '在全市经济工作会议上的讲话\n同志们：\n今天开会。\n2024年3月9日',
    '关于加强安全生产的通知\n各县区：\n现将有关事项通知如下。',
    '在2024年3月15日全市大会上的讲话\n同志们：',
    '今天我们召开会议，主要任务是总结去年工作，安排今年任务，动员全市上下奋力实现全年目标，这次会议非常重要。',
    // Sentences that end in a speech word are not titles (from real templates and pages).
    '标题正下方写上致辞人的姓名、职务和时间，如“县委书记***”，**年**月**日。',
    '刚才，某某同志通报了上半年全市投资与重大项目建设情况，某某县、某某县作了交流发言\n同志们：',
    '如《×××同志在××××大会上的开幕词》。',
    '关于儿童节的演讲稿(诗歌版)\n美丽的鲜花汇成欢乐的海洋。',
    // A 主持词 dated by its meeting time under the title.
    '全县三级干部大会主持词\n会议时间：2024年3月15日上午9:00\n同志们：',
    '',
  ];
  it.each(valid)('quiet: %s', (text) => expect(only(text, 'date-missing')).toEqual([]));
  it('respects requireDateLine: false', () => {
    expect(flagged('在全市经济工作会议上的讲话\n同志们：', 'date-missing', { requireDateLine: false })).toEqual([]);
  });
});

describe('date-invalid', () => {
  const invalid: Array<[string, string[]]> = [
    ['6月31日召开会议。', ['6月31日']],
    ['2024年2月30日前完成。', ['2024年2月30日']],
    ['2023年2月29日前完成。', ['2023年2月29日']],
    ['预计13月完成。', ['13月']],
    ['2024年13月5日', ['2024年13月5日']],
    ['二〇二三年二月二十九日', ['二〇二三年二月二十九日']],
    [head(2023) + '今年2月29日前完成，4月31日前验收。', ['2月29日', '4月31日']],
  ];
  it.each(invalid)('%s', (text, expected) => {
    const fs = findings(text, 'date-invalid');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(expected);
    expect(fs.every((f) => f.severity === 'error')).toBe(true);
  });
  const valid = [
    '2024年2月29日、6月30日、12月31日、1-7月、连续13月、近15个月、2月29日',
    head(2024) + '今年2月29日前完成。',
    '第13月度报告', // a counted month, not a calendar month
  ];
  it.each(valid)('quiet: %s', (text) => expect(only(text, 'date-invalid')).toEqual([]));
});

describe('date-weekday', () => {
  it('flags and fixes a wrong weekday', () => {
    const text = '2024年3月15日（星期四）召开会议。';
    const [f] = findings(text, 'date-weekday');
    expect(f!.message).toContain('星期五');
    expect(fixed(text, 'date-weekday')).toBe('2024年3月15日（星期五）召开会议。');
  });
  it('reads 周 and an undated day in the year of the date line, unsafely', () => {
    const text = head(2024) + '3月15日周四召开会议。';
    const [f] = findings(text, 'date-weekday');
    expect(f!.fixes[0]!.safe).toBe(false);
    expect(applyFirstFix(text, f!)).toBe(head(2024) + '3月15日周五召开会议。');
  });
  const valid = [
    '2024年3月15日（星期五）',
    '2024年3月17日(星期日)、2024年3月17日星期天',
    '3月15日周四', // no year anywhere
    head(2024) + '3月11日周一至周五',
    head(2024) + '12月28日（星期四）', // 2023-12-28 was a Thursday
  ];
  it.each(valid)('quiet: %s', (text) => expect(only(text, 'date-weekday')).toEqual([]));
});

describe('date-format', () => {
  const invalid: Array<[string, string[], string]> = [
    ['于2024-03-09召开。', ['2024-03-09'], '于2024年3月9日召开。'],
    ['于2024.3.9召开，2024/3/10结束。', ['2024.3.9', '2024/3/10'], '于2024年3月9日召开，2024年3月10日结束。'],
    ['于2024年03月09日召开，03月10日结束。', ['2024年03月09日', '03月10日'], '于2024年3月9日召开，3月10日结束。'],
    ['03月05号报到。', ['03月05号'], '3月5号报到。'],
    // A date line in Chinese numerals is reported; its Arabic form is the writer's choice, a suggestion (struct15).
    ['在全市经济工作会议上的讲话\n（二〇二四年三月九日）\n同志们：', ['二〇二四年三月九日'], '在全市经济工作会议上的讲话\n（二〇二四年三月九日）\n同志们：'],
    ['在全市经济工作会议上的讲话\n（二O二四年三月九日）\n同志们：', ['二O二四年三月九日'], '在全市经济工作会议上的讲话\n（2024年3月9日）\n同志们：'],
  ];
  it.each(invalid)('%s', (text, expected, after) => {
    expect(only(text, 'date-format')).toEqual(expected);
    expect(fixed(text, 'date-format')).toBe(after);
  });
  const valid = [
    '2024年3月9日，3月10日，2024年3月，3月5号。',
    '一九四九年十月一日，中华人民共和国成立。',
    '按照GB/T 9704-2012执行，版本1.2.3，2024.5亿元，增长3.5%，电话0571-88881234，2021-2025年规划。',
    '无忧文档网    时间: 2021-06-24 00:32:59     阅读:\n2024-03-19\n999+',
  ];
  it.each(valid)('quiet: %s', (text) => expect(only(text, 'date-format')).toEqual([]));
});

describe('date-year', () => {
  const invalid: Array<[string, string[]]> = [
    [head(2023) + '今年是建党100周年。', ['今年是建党100周年']],
    [head(2023) + '今年是新中国成立75周年。', ['今年是新中国成立75周年']],
    [head(2023) + '今年是改革开放四十周年。', ['今年是改革开放四十周年']],
    [head(2023) + '今年（2022年）以来。', ['今年（2022年）']],
  ];
  it.each(invalid)('%s', (text, expected) => expect(only(text, 'date-year')).toEqual(expected));
  const valid = [
    head(2021) + '今年是建党100周年，今年（2021年）。',
    head(2024) + '今年是新中国成立75周年。',
    '今年是建党100周年。', // no date line: nothing to compare with
    head(2023) + '今年是我市建市30周年。',
  ];
  it.each(valid)('quiet: %s', (text) => expect(only(text, 'date-year')).toEqual([]));
  for (const a of ANNIVERSARIES) {
    it(`anniversary data: ${a.names[0]}`, () => {
      for (const s of a.examples.ok) expect(only(head(a.examples.datedYear) + s, 'date-year'), s).toEqual([]);
      for (const s of a.examples.wrong) expect(only(head(a.examples.datedYear) + s, 'date-year'), s).toEqual([s]);
    });
  }
});

describe('date-missing: the fix never dates the speech today', () => {
  it('inserts a date-line slot, itself reported as a slot and taken as the date line', () => {
    const text = '在全市经济工作会议上的讲话\n同志们：\n今天开会。';
    const fixedText = applyFirstFix(text, findings(text, 'date-missing')[0]!);
    expect(fixedText).not.toContain('2024年3月15日');
    expect(findings(fixedText, 'date-missing')).toEqual([]);
    expect(flagged(fixedText, 'placeholder').join('')).toMatch(/年.*月.*日/);
  });
  it('offers the meeting date the draft names, before the slot', () => {
    const text = '在全县三级干部大会上的讲话\n同志们：\n今天，2023年2月10日，我们在这里隆重召开全县三级干部大会。';
    const f = findings(text, 'date-missing')[0]!;
    expect(f.fixes.map((x) => x.edits[0]!.newText)).toEqual(['\n（2023年2月10日）', '\n（    年  月  日）']);
    expect(f.fixes.every((x) => !x.safe)).toBe(true);
  });
  it('does not take a date of something else for the meeting date', () => {
    const text = '在全县三级干部大会上的讲话\n同志们：\n2022年12月1日起施行的条例要认真落实。';
    expect(findings(text, 'date-missing')[0]!.fixes).toHaveLength(1);
  });
});

describe('date lines under a title (the anatomy of a copied draft)', () => {
  const quiet: Array<[string, string]> = [
    ['（2024年3月15日 星期五）', ''],
    ['（2024年3月15日，星期五）', ''],
    ['（2024年3月15日（星期五））', ''],
    ['——2024年3月15日', ''],
    ['（2024年3月15日，根据录音整理）', ''],
    ['（2023年9月23日，杭州）', ''],
    ['（2024年3月15日上午）', ''],
    ['（2024年1月10日在市第十七届人民代表大会第四次会议上）', ''],
    ['（2020年11月11日（星期三）晚，北京钓鱼台国宾馆）', ''],
    ['最高人民法院院长 王胜俊 2010年3月11日', ''],
    ['最高人民法院院长 王胜俊 2010年3月11日（星期四）', ''],
    ['最高人民法院院长 王胜俊 2010年3月11日（星期五）', 'date-weekday'],
    ['市长 王某某 2024.3.15', 'date-format'],
    ['2024-07-07', 'date-format'],
    ['2024.3.15', 'date-format'],
    ['（2024年2月30日）', 'date-invalid'],
  ];
  it.each(quiet)('%s is the date line', (line, rule) => {
    const text = `在全市经济工作会议上的讲话\n${line}\n同志们：\n今天开会。`;
    const fs = findings(text).filter((f) => f.rule.startsWith('date-'));
    expect(fs.map((f) => f.rule)).toEqual(rule ? [rule] : []);
  });
  it.each([
    ['（2020年11月11日（星期三）晚，在钓鱼台。大家好）'],
    ['最高人民法院院长 王胜俊 2010年3月11日 讲话要点'],
    ['会议 定于 下周 2010年3月11日'],
  ])('%s is no date line', (line) => {
    const text = `在全市经济工作会议上的讲话\n${line}\n同志们：\n今天开会。`;
    expect(findings(text, 'date-missing')).toHaveLength(1);
  });
  // A year in Chinese numerals with its last digits as marks (blind10/34's `(二00*年*月*日)`).
  it.each(['（20XX年X月X日）', '（ 年 月 日）', '（二〇XX年X月X日）', '（二○**年**月**日）', '(二00*年*月*日)'])('%s is a date line left as a slot', (line) => {
    const text = `在全市经济工作会议上的讲话\n${line}\n同志们：\n今天开会。`;
    expect(findings(text).filter((f) => f.rule.startsWith('date-'))).toEqual([]);
    expect(findings(text, 'placeholder').length).toBeGreaterThan(0);
  });
  it('a page date with its column name is no date of the draft', () => {
    expect(findings('开工仪式的领导精彩致辞\n2025/04/22演讲稿\n尊敬的各位嘉宾：', 'date-format')).toEqual([]);
    expect(findings('在全市经济工作会议上的讲话\n2024-07-07 星期日\n同志们：', 'date-format')).toHaveLength(1);
  });
  it('a speech quoted under a news lead keeps its title block (title, byline, date), no signature', () => {
    // https://kankanews.com/detail/80290lO9aw6
    const text =
      '18时,招待会在雄壮的中华人民共和国国歌声中开始。龚正代表中共上海市委、上海市人民政府致以节日问候。\n在庆祝中华人民共和国成立74周年招待会上的致辞\n市委副书记、市长 龚正\n2023年9月28日\n女士们,先生们,\n同志们,朋友们:\n';
    const doc = new SpeechDocument(text);
    expect(doc.title && text.slice(doc.title.start, doc.title.end)).toBe('在庆祝中华人民共和国成立74周年招待会上的致辞');
    expect(doc.dateLine?.text).toBe('2023年9月28日');
    // A name and a date after a finished sentence are still a signature.
    const signed = new SpeechDocument('在全市大会上的讲话\n同志们：\n今天开会。谢谢大家。\n张三\n2024年3月9日\n');
    expect(signed.dateLine).toBeUndefined();
  });
  it('a page date in a bulleted menu line with its column and count is no date of the draft', () => {
    // https://uedoc.cn/uedoc/165578833.html
    const text = '高校校长在大学2023年毕业典礼暨学位授予仪式上的讲话\n  • 2024-03-07 毕业典礼 714\n亲爱的同学们:\n大家好!';
    expect(findings(text, 'date-format')).toEqual([]);
    // A numeric date in prose is still the draft's.
    expect(findings('在全市经济工作会议上的讲话\n（2024年3月9日）\n同志们：\n会议于2024-03-07召开。', 'date-format')).toHaveLength(1);
  });
  it('a bare 时间/日期 label makes a page stamp of a numeric date only', () => {
    expect(findings('标题\n日期:2023.01.21 来源:香江集团\n正文。', 'date-format')).toEqual([]);
    // Prose's `时间为：` and a notice's `时间：` hold the text's dates (https://fanwen.gdygsk.com/showinfo-290-114967-2.html).
    expect(findings('2021元旦放假安排时间为:2021年1月1日(周日)', 'date-weekday')).toHaveLength(1);
    expect(findings('发布时间：2024年03月08日', 'date-format')).toEqual([]);
  });
  it('a page timestamp under the title is no date line and gets no date-format finding', () => {
    const text = '在全市安全生产工作会议上的讲话\n2024-12-12 09:00:02 690\n同志们：\n今天开会。';
    expect(findings(text).filter((f) => f.rule.startsWith('date-')).map((f) => f.rule)).toEqual(['date-missing']);
  });
});
