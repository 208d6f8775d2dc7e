import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import {
  buildOutline,
  numeralValue,
  chineseNumeral,
  matchHeading,
  outlineSequences,
  walkOutline,
  type OutlineItem,
} from '../../server/src/engine/analysis/outline';

const outline = (text: string) => buildOutline(new SpeechDocument(text));
/** `marker title` per item, indented by depth. */
const shape = (items: OutlineItem[], depth = 0): string[] =>
  items.flatMap((i) => [`${'  '.repeat(depth)}${i.marker}${i.title}`, ...shape(i.children, depth + 1)]);

describe('numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['两', 2],
    ['7', 7],
  ] as const)('%s → %d', (s, n) => {
    expect(numeralValue(s)).toBe(n);
  });
  it('writes numerals back', () => {
    expect([1, 4, 10, 12, 20, 23].map(chineseNumeral)).toEqual(['一', '四', '十', '十二', '二十', '二十三']);
    expect(numeralValue('X')).toBeUndefined();
  });
});

describe('matchHeading', () => {
  it.each([
    ['一、总体要求', 1, 1],
    ['（三）主要任务', 2, 3],
    ['(二)城市建设工作', 2, 2],
    ['2.加快项目落地', 3, 2],
    ['3、全力抓好民生工程', 3, 3],
    ['（4）强化考核', 4, 4],
    ['　　十一、其他事项', 1, 11],
  ] as const)('%s', (line, level, ordinal) => {
    const h = matchHeading(line)!;
    expect([h.level, h.ordinal]).toEqual([level, ordinal]);
  });
  it.each(['三、四月份是关键期', '1、2月份完成投资', '1.5倍的增速', '一是加强领导', '第一，要提高认识', '3.', '2024.3.9'])('not a heading: %s', (line) => {
    expect(matchHeading(line)).toBeUndefined();
  });
});

describe('buildOutline', () => {
  it('nests GB/T 9704 levels and items, with sections', () => {
    const text = [
      '下面，我讲两点意见：',
      '一、坚定信心',
      '（一）抓好项目',
      '主要有三个方面：一是抓前期；二是抓开工；三是抓投产。',
      '1.加快落地',
      '（二）优化环境',
      '第一，要提高认识。第二，要狠抓落实。',
      '二、统筹安全',
      '一要守住底线。',
      '二要防范风险。',
    ].join('\n');
    expect(shape(outline(text))).toEqual([
      '一、坚定信心',
      '  （一）抓好项目',
      '    一是抓前期',
      '    二是抓开工',
      '    三是抓投产',
      '    1.加快落地',
      '  （二）优化环境',
      '    第一要提高认识',
      '    第二要狠抓落实',
      '二、统筹安全',
      '  一要守住底线',
      '  二要防范风险',
    ]);
    const [first, second] = outline(text);
    expect(first!.kind).toBe('heading');
    expect(first!.line).toBe(1);
    expect(text.slice(first!.start, first!.end)).toBe('一、坚定信心');
    // The section of 一、 ends where 二、 begins.
    expect(first!.sectionEnd).toBe(text.indexOf('二、统筹安全'));
    expect(second!.sectionEnd).toBe(text.length);
    const item = first!.children[0]!.children[0]!;
    expect([item.kind, item.level, item.style, item.ordinal]).toEqual(['item', 6, 'shi', 1]);
    expect(text.slice(item.numStart, item.numEnd)).toBe('一');
    expect(item.sectionEnd).toBe(text.indexOf('二是抓开工'));
  });

  it('reads items after 、 and ., ends an item where the next begins', () => {
    const items = walkOutline(outline('概括为两句话：一是势头好、二是压力大。'));
    expect(items.map((i) => i.item.title)).toEqual(['势头好', '压力大']);
  });

  it('reads heading numbers inside a paragraph that lost its line breaks', () => {
    const text = '我讲三点意见：一、坚定信心。要如何如何。二、狠抓落实。要如何如何。三、转变作风。要如何。';
    expect(walkOutline(outline(text)).map((i) => `${i.item.style}:${i.item.marker}`)).toEqual(['inline-cn:一、', 'inline-cn:二、', 'inline-cn:三、']);
  });

  it.each([
    ['a word ending in 一', '要坚持统一是关键。唯一要做的是干。'],
    ['a rank', '排名位列第一，增速第二，总量第三。'],
    ['a list of numbers', '抓住三、四月份的有利时机。重点在一、二线城市。'],
    ['a decimal', '增长了1.5倍，达到3.2%。'],
    ['要素 and 要求', '具备三要素，符合四要求。'],
    ['PDF copy breaking a sentence before 一', '我们要坚持统\n一是关键的看法。'],
    ['PDF copy breaking after a comma', '完成投资，\n1.5亿元。\n其中，\n二、三产业增长较快。'],
  ])('finds nothing in %s', (_name, text) => {
    expect(walkOutline(outline(text))).toEqual([]);
  });

  it('a line broken by PDF copy before 一要 still reads it when the line before ends a sentence', () => {
    const text = '要解决好三个方面的问题。\n一要提高认识。认识\n问题是首要问题。\n二要兑现政策。';
    expect(walkOutline(outline(text)).map((i) => i.item.marker)).toEqual(['一要', '二要']);
  });
});

describe('outlineSequences', () => {
  it('splits runs by parent, style and restarts at 1', () => {
    const text = ['一、甲', '（一）子', '（二）子', '二、乙', '（一）子', '一是A。二是B。', '一是C。'].join('\n');
    const runs = outlineSequences(outline(text)).map((r) => r.map((i) => i.marker).join(''));
    expect(runs).toEqual(['一、二、', '（一）（二）', '（一）', '一是二是', '一是']);
  });
  it('merges 一是 and 一要 into one run, as drafts mix them', () => {
    const runs = outlineSequences(outline('大家提出：一是要打造品牌；二是要建设公园；三要开发工艺品；四要培育人才。'));
    expect(runs.map((r) => r.map((i) => i.ordinal))).toEqual([[1, 2, 3, 4]]);
  });
});
