/**
 * Round 13, structure and dates (pages in /work/tmp/struct13, excerpts in tests/corpus/struct13.json):
 * a page's machine stamp above a draft dated in 年月日 is no second date format; a table of contents
 * whose page numbers stand on lines of their own is residue, not the title.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, flagged } from '../helpers';

describeCorpusFile('struct13.json');

describe('date-format: a page stamp above the draft’s own date line', () => {
  it('stays quiet on a stamp above a title dated in 年月日', () => {
    expect(flagged('2024-10-09  ————\n在全县工作会议上的讲话\n（2024年9月29日）\n同志们：\n今天我们召开会议。\n', 'date-format')).toEqual([]);
    expect(flagged('2023-10-08\n626次\n（2023年9月23日，杭州）\n尊敬的各位来宾：\n', 'date-format')).toEqual([]);
  });
  it('still reports a machine date in the text, or when the draft has no 年月日 date line', () => {
    expect(flagged('在全县工作会议上的讲话\n（2024年9月29日）\n同志们：\n2024-10-09，我们召开会议。\n', 'date-format')).toEqual(['2024-10-09']);
    expect(flagged('2024-10-09\n在全县工作会议上的讲话\n同志们：\n今天我们召开会议。\n', 'date-format')).toEqual(['2024-10-09']);
  });
});

describe('web-residue: contents entries with their page numbers on the next line', () => {
  it('marks the entries and numbers, not the text under them', () => {
    const text = '目录\n在全市工作会议上的讲话\n3\n在全县工作会议上的讲话\n12\n在全市工作会议上的讲话\n（2024年1月5日）\n同志们：\n今天我们召开会议。\n';
    expect(flagged(text, 'web-residue')).toEqual(['目录', '在全市工作会议上的讲话', '3', '在全县工作会议上的讲话', '12']);
    expect(flagged(text, 'date-missing')).toEqual([]);
  });
  it('leaves an outline that carries no page numbers', () => {
    expect(flagged('目录\n一、总体要求\n二、主要任务\n同志们：\n今天我们召开会议。\n', 'web-residue')).toEqual([]);
  });
});
