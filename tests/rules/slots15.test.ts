/**
 * Template gaps on slots15's pages (host scripts, forms, candidates' speeches, /work/tmp/slots15) and the
 * shapes the last round missed: a form's fields left empty one under another (`会议时间:` / `主持人:`), a
 * capital standing for a place (`A村`, `B村`), a list announced and left empty (`他们是——`), and words taken
 * out with nothing left (`以为中心`, `县人大、的关怀`, `我叫,年月出生`). The excerpts are in
 * tests/corpus/slots15.json. Before: each gap was left alone.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings } from '../helpers';

describeCorpusFile('slots15.json');

const slots = (text: string) => findings(text, 'placeholder').map((f) => text.slice(Math.max(0, f.start - 3), f.start) + '|' + text.slice(f.start, f.end));

describe('placeholder: a form left empty', () => {
  it('reads empty fields one under another, spaced labels too; the last one may hold its value on the next line', () => {
    expect(slots('备课时间:\n授 课 人：\n课    题：\n教学目标：理解课文。')).toEqual(['时间:|', ' 人：|']);
  });

  it('reads an empty field between two fields on one line', () => {
    expect(slots('时间：      地点：县委会议室')).toEqual(['时间：|      ']);
  });

  it.each([
    '会议时间：\n2024年3月5日\n会议地点：\n县委三楼会议室',
    '同志们：\n今天召开全县经济工作会议。',
    '主持人：张三\n记录人：李四',
  ])('quiet where each value is written: %s', (text) => {
    expect(slots(text)).toEqual([]);
  });
});

describe('placeholder: capitals standing for places', () => {
  it('reads a letter used for a place again and again', () => {
    expect(slots('我们要全力支持A镇发展，把A镇建设好。新塘镇要积极配合A镇。')).toEqual(['力支持|A', '展，把|A', '极配合|A']);
  });

  it.each([
    '本文将内蒙古东部A镇乡村定义为边缘山村。',
    'A股市场持续回暖，B超室搬到三楼，AB角制度全面推行，A市场监管所查处一起案件，5G基站覆盖全县。',
    '展馆分为A区和B区，A区展示历史，B区展示成就。',
  ])('quiet: %s', (text) => {
    expect(slots(text)).toEqual([]);
  });
});

describe('placeholder: an announced list left empty', () => {
  it('reads 他们是： at the line end before the host goes on', () => {
    expect(slots('出席今天大会的领导，他们是：\n让我们以热烈的掌声表示欢迎！')).toEqual(['们是：|']);
  });

  it('stays quiet where the names follow on the next line', () => {
    expect(slots('出席今天大会的领导，他们分别是——\n县委书记张三同志、县长李四同志')).toEqual([]);
  });
});

describe('placeholder: words taken out of their frame', () => {
  it.each([
    ['全县形成了以为中心的发展格局。', '成了以|'],
    ['坚持以为指导，推动各项工作。', '坚持以|'],
  ])('reads: %s', (text, slot) => {
    expect(slots(text)).toEqual([slot]);
  });

  it.each([
    '这些措施可以为中心城区提供更多服务。',
    '我以为重点在于落实。企业难以为继。',
    '他以为中心任务已经完成，其实不然。',
    '要分清“的、地、得”的用法，党的、国家的、人民的利益高于一切。',
    '那个艰苦的年月出生的孩子。',
  ])('quiet: %s', (text) => {
    expect(slots(text)).toEqual([]);
  });
});

describe('placeholder: a month figure deleted after a full year', () => {
  it.each([
    ['会议于2023年 月在北京召开。', '23年| '],
    ['2024年月，全县启动改革。', '24年|'],
  ])('reads: %s', (text, slot) => {
    expect(slots(text)).toEqual([slot]);
  });

  it.each(['2023年月均气温偏高。', '2023年5月，全县启动改革。', '历经200 年风雨。'])('quiet: %s', (text) => {
    expect(slots(text)).toEqual([]);
  });
});
