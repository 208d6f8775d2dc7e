/**
 * Structure audit 9: long speeches, 主持词 and PDF copies gathered from document sites
 * (/work/tmp/struct9). Each case failed before its change; excerpts of the real pages are in
 * tests/corpus/struct9.json.
 */
import { describe, expect, it } from 'vitest';
import { applyFirstFix, describeCorpusFile, findings, fixed, flagged } from '../helpers';

describe('enum-count: a list whose paragraph stops inside a word', () => {
  it('is a note on a cut text, not a count to rewrite', () => {
    // A 主持词 cut mid-word, another page's title glued after it.
    const agenda = '今天的会议共四项议程:一是市委副书记陈光明作工作报告;二是由我安排今年的农业工\n怎样写会议主持词\n一、会议主持词的写法,要根据会议的安排,对有关内容和事项作出说明。\n';
    const [a] = findings(agenda, 'enum-count');
    expect(a?.severity).toBe('info');
    expect(a?.fixes).toEqual([]);
    // A document site's page pieces (`1、…` / `2、…`): the second point stands in the next piece.
    const pieces = '1、 同志们: 下面,结合我区实际,我再强调四点: 一、充分熟悉营商环境优化工作的重要性 今年,市里召开全市提升营\n2、商环境工作大会,可见市里的重视程度。 二、凝心聚力、协作协作,全力提高评价成绩 在省营商环境评价中,我区排名并不靠前。\n';
    const [b] = findings(pieces, 'enum-count');
    expect(b?.severity).toBe('info');
    expect(b?.fixes).toEqual([]);
  });
  it('still rewrites a count whose list ends its sentence', () => {
    const text = '今天的会议共四项议程:一是市委副书记作工作报告;二是由我安排今年的农业工作。\n下面进行第一项。\n现在请大家发言,认真讨论,提出意见。\n';
    const [a] = findings(text, 'enum-count');
    expect(a?.severity).toBe('warning');
    expect(applyFirstFix(text, a!)).toContain('共两项议程');
  });
});

describe('broken-line: a figure, a masked name or an inner quote alone on a PDF line', () => {
  const pdf = '会前,我们集中用了\n1\n天半的时间,深入\n11\n个镇和经开区对\n18\n个项目进行了现场观摩,进展顺利。\n';
  it('joins the figure to its unit and to the words before it', () => {
    expect(findings(pdf, 'broken-line').map((f) => f.message)).toEqual([
      expect.stringContaining('“集中用了”与“天半的时”'),
      expect.stringContaining('“间,深入”与“个镇和经”'),
      expect.stringContaining('“经开区对”与“个项目进”'),
    ]);
    // Offered, not applied by fix-all (a page number alone on a line looks the same).
    expect(fixed(pdf, 'broken-line')).toBe(pdf);
    expect(applyFirstFix(pdf, findings(pdf, 'broken-line')[0]!)).toBe('会前,我们集中用了1天半的时间,深入\n11\n个镇和经开区对\n18\n个项目进行了现场观摩,进展顺利。\n');
  });
  it('joins a masked name to its title and an inner quote to what it closes', () => {
    expect(fixed('会上作了点评;\n*\n书记、部长分别提出了具体要求。\n', 'broken-line')).toBe('会上作了点评;\n*书记、部长分别提出了具体要求。\n');
    expect(fixed('要充分认识做好‘三农\n’\n工作的重要性和紧迫性,抓好落实。\n', 'broken-line')).toBe('要充分认识做好‘三农’工作的重要性和紧迫性,抓好落实。\n');
  });
  it('keeps a heading, a full stop and a page number on their lines', () => {
    // A heading before a year that opens the paragraph: only the year and its 年 are joined.
    expect(fixed('（一）“四个意识”的提出及其内涵\n2016\n年1月29日,“四个意识”被首次提出。\n', 'broken-line', {})).toBe('（一）“四个意识”的提出及其内涵\n2016\n年1月29日,“四个意识”被首次提出。\n');
    const heading = findings('（一）“四个意识”的提出及其内涵\n2016\n年1月29日,“四个意识”被首次提出。\n', 'broken-line');
    expect(heading.map((f) => f.fixes[0]!.edits.length)).toEqual([1]);
    expect(findings('为“三会一课”制度夯实了根基,更注入了灵魂。\n19\n新民主主义革命胜利后,“三会一课”推而广之。\n', 'broken-line')).toEqual([]);
    expect(findings('一、加强组织领导\n***\n各单位要高度重视,抓好落实。\n', 'broken-line')).toEqual([]);
  });
});

describe('placeholder: a name deleted before 同志 in a 主持词', () => {
  it('finds it before the speech the person gives (致开幕词, 致闭幕词)', () => {
    expect(flagged('首先,进行会议第一项,请同志致开幕词。\n', 'placeholder')).toEqual(['']);
    expect(flagged('会议第二项,由同志致闭幕词。\n', 'placeholder')).toEqual(['']);
  });
  it('leaves a greeting to all comrades and a named speaker', () => {
    expect(flagged('请全体同志致以崇高的敬意。\n下面请县委书记王明同志致欢迎词。\n', 'placeholder')).toEqual([]);
  });
});

describe('placeholder: the list of those attending deleted from a 主持词', () => {
  it.each([
    // struct9/28, slots5/04, struct9/29: the stop (or the host's next sentence) right after 有.
    ['出席今天会议的有。旗四大班子主要领导,旗直各部门主要负责同志。\n', '出席今天会议的有'],
    ['参加今天开工奠基仪式的有。以及县文体中心建设领导小组成员单位的负责同志。\n', '参加今天开工奠基仪式的有'],
    ['出席今天活动的领导有:让我们用热烈的掌声感谢各位领导在百忙之中莅临。\n', '出席今天活动的领导有'],
    ['今天,莅临选举大会的上级领导有:对他们的到来,我们表示热烈欢迎!\n', '今天,莅临选举大会的上级领导有'],
  ])('%s', (text, before) => {
    const f = findings(text, 'placeholder');
    expect(f.map((x) => [x.start, x.end])).toEqual([[before.length, before.length]]);
  });
  it.each([
    // The list on the lines below, in the same line, or a count.
    '出席今天会议的领导有：\n市委书记王明同志、市长李华同志。\n',
    '到会的有市委书记张三同志。\n',
    '参加的有三百多人。\n',
    '参加会议的有：对口支援单位代表。\n',
    '参加今天会议的还有各乡镇党委书记。\n',
  ])('stays: %s', (text) => {
    expect(flagged(text, 'placeholder')).toEqual([]);
  });
});

describeCorpusFile('struct9.json');
