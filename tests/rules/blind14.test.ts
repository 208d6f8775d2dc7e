/**
 * Blind audit 14: 44 copied drafts of every kind (讲话, 致辞, 主持词, 工作报告, 述职, 表态发言, 祭文),
 * a quarter in traditional script or odd layouts (pages in /work/tmp/blind14, excerpts in tests/corpus/blind14.json).
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, flagged } from '../helpers';

describeCorpusFile('blind14.json');

describe('verse and four-character prose', () => {
  it('keeps verse lines whole and the spaces between verses no blank slot', () => {
    const verse = '祭文\n唯我黄帝 中华祖先 天纵神圣 公孙轩辕\n炎帝失鹿 三克阪泉 蚩尤作乱 涿野是歼\n教化敷至 万方欣然\n尚飨\n';
    expect(flagged(verse, 'placeholder')).toEqual([]);
    expect(flagged(verse, 'broken-line')).toEqual([]);
  });
  it('leaves classical 第 quiet and still finds a deleted ordinal', () => {
    expect(flagged('还经陵下。第以血礼未终,弗克躬祀。\n', 'placeholder')).toEqual([]);
    expect(findings('再过几天就是我国第个教师节。\n', 'placeholder')).toHaveLength(1);
  });
});

describe('broken-line: a figure cut after its decimal point', () => {
  it('joins it across a blank line, as a safe fix', () => {
    const text = '同志们：\n预计全县生产总值比上年增长15.\n\n7%，财政收入2.2亿元。\n';
    const f = findings(text, 'broken-line');
    expect(f).toHaveLength(1);
    expect(f[0]!.fixes[0]!.edits.map((e) => text.slice(e.start, e.end))).toEqual(['\n\n']);
  });
  it('leaves a numbered item and a sentence ending in a figure alone', () => {
    expect(flagged('一、工作回顾\n1.\n2023年主要目标\n', 'broken-line')).toEqual([]);
    expect(flagged('同志们：\n全年增长15%。\n7月份开始实施。\n', 'broken-line')).toEqual([]);
  });
});

describe('placeholder: a year in Chinese numerals with marks inside', () => {
  it.each(['一xx二年三月十日', '二〇X四年三月十日', '二x二四年三月十日'])('（%s） is a year slot on a date line, not a missing date', (d) => {
    const text = `在全县经济工作会议上的讲话\n（${d}）\n同志们：\n今天开会。\n`;
    expect(flagged(text, 'placeholder')).toEqual([d.slice(0, d.indexOf('年') + 1)]);
    expect(findings(text, 'placeholder')[0]!.message).toContain('年份');
    expect(flagged(text, 'date-missing')).toEqual([]);
  });
  it('keeps a year written out in full a date', () => {
    const text = '在全县经济工作会议上的讲话\n（二〇〇九年三月十日）\n同志们：\n今天开会。\n';
    expect(flagged(text, 'placeholder')).toEqual([]);
    expect(flagged(text, 'date-missing')).toEqual([]);
  });
});
