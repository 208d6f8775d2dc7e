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
    // The draft's date line a slot, or itself written with dots (that line's finding only).
    expect(flagged('2024-10-09  ————\n在全县工作会议上的讲话\n（    年  月  日）\n同志们：\n今天我们召开会议。\n', 'date-format')).toEqual([]);
    expect(flagged('2024-10-09  ————\n在全县工作会议上的讲话\n2024.9.29\n同志们：\n今天我们召开会议。\n', 'date-format')).toEqual(['2024.9.29']);
  });
  it('still reports a machine date in the text, or when the draft has no date line of its own', () => {
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

describe('dates whose 年 or 月 a page’s copy lost', () => {
  it('reads eight figures and 日 as a run-together date, with its fix', () => {
    expect(flagged('按语:20221118日下午,王永昌先生作了专题报告。', 'date-format')).toEqual(['20221118日']);
    expect(flagged('这是2022年11月18日下午的报告。', 'date-format')).toEqual([]);
  });
  it('reports a month and day run together where a date must stand', () => {
    expect(flagged('党的二十大于1016日到1022日在北京召开。', 'date-invalid')).toEqual(['1016日', '1022日']);
    expect(flagged('1016日至22日举世瞩目的二十大胜利召开。', 'date-invalid')).toEqual(['1016日']);
    expect(flagged('918日上午召开全县大会。', 'date-invalid')).toEqual(['918日']);
  });
  it('stays quiet on counts of days and on full dates', () => {
    expect(flagged('审查期限延长至120日。第100日起计算，第120日至150日为公示期，连续120日至少一次。', 'date-invalid')).toEqual([]);
    expect(flagged('会议于10月16日至22日在北京举行，2022年10月16日上午开幕。', 'date-invalid')).toEqual([]);
  });
});

describe('a page’s words around the title and its stamp', () => {
  it('reads a 发布时间 label glossed with pinyin as a label', () => {
    // A line too long for a residue line (the site's intro glued on), a comma in it.
    const intro = '在生活、工作和學(xué)習(xí)中,大家都寫過(guò)致辭,肯定對(duì)各類致辭都很了解吧,致辭具有能伸能縮,可以隨時(shí)調(diào)整的特點(diǎn)。';
    expect(flagged(`在校庆大会上的致辞\n發(fā)布時(shí)間:2022-03-31 學(xué)校校慶校長(zhǎng)致辭 ${intro}${intro}\n尊敬的各位来宾：\n`, 'date-format')).toEqual([]);
    expect(flagged(`在校庆大会上的致辞\n2022-03-31 學(xué)校校慶校長(zhǎng)致辭 ${intro}${intro}\n尊敬的各位来宾：\n`, 'date-format')).toEqual(['2022-03-31']);
  });
  it('reads the genre of a title under the site’s suffix', () => {
    for (const t of ['端午节致全校师生的慰问信范文', '致全体居民的倡议书精选范文3篇', '致退休教师的感谢信【篇1】']) {
      expect(flagged(`${t}\n同学们,老师们:\n端午将至，向大家致以节日的问候。\n`, 'date-missing')).toEqual([]);
    }
    expect(flagged('在校庆大会上的致辞精选范文\n同学们,老师们:\n今天我们欢聚一堂。\n', 'date-missing')).toEqual(['在校庆大会上的致辞精选范文']);
  });
});
