/**
 * A space where a line break was lost between a heading and its paragraph: broken-line
 * offers to restore the break, cjk-space never offers to glue them.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

const DRAFT = [
  '在全市经济工作会议上的讲话',
  '（2024年3月15日）',
  '同志们：',
  '一、取得明显成效 过去一年，全市地区生产总值增长6.2%，经济运行稳中有进。',
  '二、正视困难问题',
  '当前，经济恢复的基础还不牢固。',
].join('\n');

describe('lost line break after a heading', () => {
  it('is a broken-line finding whose fix inserts the break', () => {
    const [f, ...rest] = findings(DRAFT, 'broken-line');
    expect(rest).toEqual([]);
    expect(DRAFT.slice(f!.start, f!.end)).toBe('效 过');
    expect(f!.fixes[0]!.edits).toEqual([{ start: DRAFT.indexOf(' 过去'), end: DRAFT.indexOf(' 过去') + 1, newText: '\n' }]);
    // Another 一、 heading stands on its own line: the draft's format, so fix-all may apply it.
    expect(fixed(DRAFT, 'broken-line')).toBe(DRAFT.replace('成效 过去', '成效\n过去'));
  });

  it('cjk-space does not offer to glue the heading to its paragraph', () => {
    expect(flagged(DRAFT, 'cjk-space')).toEqual([]);
  });

  it('without a heading of that style on its own line, it is a suggestion', () => {
    const text = '（一）加强组织领导 各单位要把这项工作摆上重要议事日程，主要负责同志亲自抓。';
    const fs = findings(text, 'broken-line');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(['导 各']);
    expect(fs[0]!.fixes[0]!.safe).toBe(false);
  });

  const quiet: Array<[string, string]> = [
    ['a heading with its own sentence', '一、取得明显成效。过去一年，全市经济运行稳中有进。'],
    ['a space inside running text', '过去一年，全市经济 运行稳中有进。'],
    ['a list of names', '1.张三 负责联络工作，李四负责后勤保障。'],
    ['a heading alone', '一、取得明显成效'],
    ['a short tail', '一、取得明显成效 见附件'],
  ];
  it.each(quiet)('%s', (_name, text) => expect(flagged(text, 'broken-line')).toEqual([]));
});

describe('lost line break after an unnumbered heading (issue 10)', () => {
  it.each([
    ['取得明显成效 过去一年，全市地区生产总值增长5.2%，高于全省平均水平。', '效 过'],
    ['一、2023年工作回顾\n过去一年极不平凡 面对复杂严峻的形势，我们迎难而上，全力拼经济。', '凡 面'],
  ])('%s', (text, found) => {
    const fs = findings(text, 'broken-line');
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual([found]);
    expect(fs[0]!.fixes[0]!.edits.map((e) => e.newText)).toEqual(['\n']);
    expect(fs[0]!.fixes[0]!.safe).toBe(false);
    expect(flagged(text, 'cjk-space')).toEqual([]);
  });

  const quiet: Array<[string, string]> = [
    ['mid-sentence after a PDF break', '各级各部门要坚持\n稳中求进总基调 全面贯彻新发展理念，推动高质量发展。'],
    ['a dangling word before the space', '我们要推动高质量 发展，奋力前行，确保各项目标任务全面完成。'],
    ['a short first clause', '我们要推动高质量 发展，奋力前行。'],
    ['an article of a regulation', '第七十四条 县以上政府接到下一级政府关于突发事件的报告后，应当立即组织核实。'],
    ['a leader and the title', '组织部郭涛 部长宣读了任免决定，并对新任干部提出了要求。'],
    // A Word copy's space between a figure and its unit (blind9/29's `2007 年`), at a draft's head.
    ['a figure set off from its unit', '在2007 年的工作中，我们取得了一定的成绩。'],
  ];
  it.each(quiet)('%s', (_name, text) => expect(flagged(text, 'broken-line')).toEqual([]));
});

describe('cjk-space on good text', () => {
  it('a title in 《》 keeps the space between its two clauses', () => {
    expect(flagged('作了题为《高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗》的报告。', 'cjk-space')).toEqual([]);
    expect(flagged('学习《关于 加强工作的意见》。', 'cjk-space')).toEqual(['于 加']);
  });

  it('a byline keeps its space', () => {
    expect(flagged('本报讯（郑报融媒记者 赵文静）昨日下午，代表分团审议政府工作报告。', 'cjk-space')).toEqual([]);
  });

  it('never deletes the space of a blank slot', () => {
    const text = '完成固定资产投资 亿元，同比增长 %，其中工业投资 亿元。';
    expect(flagged(text, 'cjk-space')).toEqual([]);
  });
});
