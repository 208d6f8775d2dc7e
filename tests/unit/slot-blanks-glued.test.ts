/**
 * Counts whose numeral was deleted with nothing left, where jieba reads the measure word into a
 * neighbour (gathered pages, /work/tmp/slots5), a leader's name deleted from the frame of the
 * 党中央, and a year slot that ends its line or is written with tildes (`20~~年`). Each beside the look-alike that stays quiet.
 */
import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findSlots } from '../../server/src/engine/analysis/slots';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';

const segmenter = loadSegmenterSync();
/** Each slot as two characters before it, `|`, and the slot's text. */
const slotsOf = (text: string) => findSlots(new SpeechDocument(text), segmenter).map((s) => text.slice(Math.max(0, s.start - 2), s.start) + '|' + s.text);

describe('a preposition glued to 位 or 名 before the people it counts', () => {
  it('lost the numeral between them', () => {
    expect(slotsOf('我们向位离休职工致以节日的问候。')).toEqual(['们向|']);
    expect(slotsOf('给位获奖教师颁奖。')).toEqual(['给|']);
  });
  it('is a word of its own otherwise', () => {
    expect(slotsOf('对位于城区的企业进行检查，向名校学习。')).toEqual([]);
    expect(slotsOf('他们向位置偏远的村庄送去物资，和位列前茅的单位比。')).toEqual([]);
    expect(slotsOf('平湖市走访慰问了33位老干部，向老同志们致以问候。')).toEqual([]);
  });
});

describe('a verb that counts, then a bare measure word', () => {
  it('lost the figure after the verb', () => {
    expect(slotsOf('到月日我们已全部完成个村的换届选举。')).toEqual(['到|月日', '完成|']);
    expect(slotsOf('全年新建所学校，改造户农房。')).toEqual(['新建|', '改造|']);
    expect(slotsOf('全市51个贫困村全部退出、累计脱贫人，完成总脱贫任务的%。')).toEqual(['脱贫|', '务的|']);
    expect(slotsOf('今年新增就业人，城镇登记失业率稳定。')).toEqual(['就业|']);
  });
  it('is the space a template left where the figure goes', () => {
    expect(slotsOf('全县共完成 个村的改造任务，历时 天。')).toEqual(['完成| ', '历时| ']);
    expect(slotsOf('全县共完成 个人的任务，历时 3 天。')).toEqual([]);
  });
  it('keeps a figure that is there, a word, and people cared for', () => {
    expect(slotsOf('全镇11个村全部实现了通水泥路，新建132个就业扶贫基地。')).toEqual([]);
    expect(slotsOf('完成项目建设，实现个人价值，新建项目如期开工。')).toEqual([]);
    expect(slotsOf('我们要关心人、教育人、培养人，尊重人，理解人。')).toEqual([]);
    expect(slotsOf('本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。')).toEqual([]);
  });
});

describe('a length of time or an anniversary with no number', () => {
  it('lost the number before its unit', () => {
    expect(slotsOf('本次活动历时天，为期天的培训圆满结束。')).toEqual(['历时|', '为期|']);
    expect(slotsOf('庆祝建党周年文艺汇演现在开始。')).toEqual(['建党|']);
  });
  it('keeps a number that is there, and a celebration by name', () => {
    expect(slotsOf('历时三天，为期5天的培训，历时月余。')).toEqual([]);
    expect(slotsOf('庆祝建党100周年，举办建校周年庆活动。')).toEqual([]);
  });
});

describe('the name deleted from the frame of the 党中央', () => {
  it('is a blank after 以', () => {
    expect(slotsOf('在以为核心的党中央坚强领导下，全县上下众志成城。')).toEqual(['在以|']);
    expect(slotsOf('在以同志为总书记的党中央领导下。')).toEqual(['在以|']);
  });
  it('is no slot in 以为', () => {
    expect(slotsOf('我以为核心问题在于落实。')).toEqual([]);
  });
});

describe('a year slot ending its line', () => {
  it('is a year whose 年 a PDF break or the page cut off', () => {
    expect(slotsOf('篇一:20**\n年,在市政府办公厅的正确领导下。')).toEqual(['一:|20**']);
    expect(slotsOf('会议进行第五项,签订20××')).toEqual(['签订|20××']);
  });
  it('is written with tildes too, not a range', () => {
    expect(slotsOf('20~~年工作总结，201~年全县工作回顾。')).toEqual(['|20~~年', '结，|201~年']);
    expect(slotsOf('截至～年底，全县完成投资。')).toEqual(['截至|～年']);
    expect(slotsOf('在2019～2020年期间，1~5月份完成投资，2020~2021学年。')).toEqual([]);
  });
  it('is a figure in bold in Markdown', () => {
    expect(slotsOf('全年共完成项目**20**')).toEqual([]);
  });
});
