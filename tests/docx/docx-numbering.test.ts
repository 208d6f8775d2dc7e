/**
 * Word's automatic numbering read as the labels Word displays: each format, nesting,
 * restarts, overrides, legal numbering and numbering through paragraph styles.
 */
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../server/src/docx/numfmt';
import { readDocx } from '../../server/src/docx/read';
import { abstractNum, lvl, num, numberedDocx, p, style } from './numbered-fixtures';

const lines = (bytes: Uint8Array): string[] => readDocx(bytes).text.split('\n');

describe('formatNumber', () => {
  const cases: Array<[string, Array<[number, string]>]> = [
    ['decimal', [[1, '1'], [12, '12']]],
    ['decimalZero', [[1, '01'], [9, '09'], [10, '10']]],
    ['decimalFullWidth', [[3, '３'], [12, '１２']]],
    ['chineseCounting', [[1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [99, '九十九'], [100, '一百'], [101, '一百零一'], [110, '一百一十'], [1005, '一千零五'], [10010, '一万零一十']]],
    ['chineseCountingThousand', [[3, '三'], [10, '十'], [15, '十五'], [40, '四十']]],
    ['chineseLegalSimplified', [[1, '壹'], [2, '贰'], [10, '壹拾'], [11, '壹拾壹'], [20, '贰拾'], [105, '壹佰零伍']]],
    ['ideographTraditional', [[1, '甲'], [2, '乙'], [3, '丙'], [10, '癸'], [11, '甲']]],
    ['ideographZodiac', [[1, '子'], [2, '丑'], [12, '亥'], [13, '子']]],
    ['decimalEnclosedCircle', [[1, '①'], [10, '⑩'], [20, '⑳'], [21, '21']]],
    ['decimalEnclosedCircleChinese', [[1, '①'], [10, '⑩'], [11, '11']]],
    ['upperLetter', [[1, 'A'], [26, 'Z'], [27, 'AA'], [28, 'BB']]],
    ['lowerLetter', [[1, 'a'], [3, 'c'], [27, 'aa']]],
    ['upperRoman', [[1, 'I'], [4, 'IV'], [9, 'IX'], [14, 'XIV'], [1994, 'MCMXCIV']]],
    ['lowerRoman', [[2, 'ii'], [40, 'xl']]],
    ['japaneseCounting', [[1, '一'], [10, '十'], [11, '十一'], [100, '百'], [111, '百十一']]],
    ['taiwaneseCounting', [[1, '一'], [10, '十'], [23, '二十三']]],
    ['none', [[1, ''], [5, '']]],
    ['bullet', [[1, '']]],
  ];
  it.each(cases)('%s', (fmt, values) => {
    for (const [n, label] of values) expect(formatNumber(n, fmt), `${fmt} ${n}`).toBe(label);
  });
});

describe('labels of automatically numbered paragraphs', () => {
  it('each format, as a heading list of its own, with the suffix after the label', () => {
    const formats: Array<[string, string, string[]]> = [
      ['chineseCounting', '%1、', ['一、', '二、', '三、']],
      ['chineseCountingThousand', '（%1）', ['（一）', '（二）', '（三）']],
      ['chineseLegalSimplified', '第%1部分', ['第壹部分', '第贰部分', '第叁部分']],
      ['ideographTraditional', '%1．', ['甲．', '乙．', '丙．']],
      ['ideographZodiac', '%1、', ['子、', '丑、', '寅、']],
      ['decimal', '%1.', ['1.', '2.', '3.']],
      ['decimalZero', '%1', ['01', '02', '03']],
      ['decimalFullWidth', '%1．', ['１．', '２．', '３．']],
      ['decimalEnclosedCircle', '%1', ['①', '②', '③']],
      ['decimalEnclosedCircleChinese', '%1', ['①', '②', '③']],
      ['upperLetter', '%1.', ['A.', 'B.', 'C.']],
      ['lowerLetter', '(%1)', ['(a)', '(b)', '(c)']],
      ['upperRoman', '%1.', ['I.', 'II.', 'III.']],
      ['lowerRoman', '%1)', ['i)', 'ii)', 'iii)']],
      ['japaneseCounting', '%1、', ['一、', '二、', '三、']],
      ['taiwaneseCounting', '%1、', ['一、', '二、', '三、']],
    ];
    const numbering: string[] = [];
    const body: string[] = [];
    formats.forEach(([fmt, text], i) => {
      numbering.push(abstractNum(i, [lvl(0, { fmt, text, suff: 'nothing' })]));
      for (let k = 0; k < 3; k++) body.push(p(`标题${k}`, { numId: i + 1, ilvl: 0 }));
    });
    formats.forEach((_f, i) => numbering.push(num(i + 1, i)));
    const got = lines(numberedDocx({ body, numbering }));
    formats.forEach(([fmt, , labels], i) => {
      expect(got.slice(i * 3, i * 3 + 3), fmt).toEqual(labels.map((l, k) => `${l}标题${k}`));
    });
  });

  it('suffix: a tab by default, a space, or nothing', () => {
    const numbering = [
      abstractNum(0, [lvl(0, { fmt: 'decimal', text: '%1.' })]),
      abstractNum(1, [lvl(0, { fmt: 'decimal', text: '%1.', suff: 'space' })]),
      abstractNum(2, [lvl(0, { fmt: 'decimal', text: '%1.', suff: 'nothing' })]),
      num(1, 0),
      num(2, 1),
      num(3, 2),
    ];
    expect(lines(numberedDocx({ body: [p('甲', { numId: 1 }), p('乙', { numId: 2 }), p('丙', { numId: 3 })], numbering }))).toEqual(['1.\t甲', '1. 乙', '1.丙']);
  });

  it('nested levels: a lower level restarts when a higher one advances; text without a number stays unnumbered', () => {
    const numbering = [
      abstractNum(0, [
        lvl(0, { fmt: 'chineseCounting', text: '%1、', suff: 'nothing' }),
        lvl(1, { fmt: 'chineseCounting', text: '（%2）', suff: 'nothing' }),
        lvl(2, { fmt: 'decimal', text: '%3.', suff: 'nothing' }),
        lvl(3, { fmt: 'decimal', text: '%1.%2.%3.%4', suff: 'space' }),
      ]),
      num(1, 0),
    ];
    const body = [
      p('总体要求', { numId: 1, ilvl: 0 }),
      p('指导思想', { numId: 1, ilvl: 1 }),
      p('正文一段。'),
      p('基本原则', { numId: 1, ilvl: 1 }),
      p('坚持统筹', { numId: 1, ilvl: 2 }),
      p('坚持协调', { numId: 1, ilvl: 2 }),
      p('细目', { numId: 1, ilvl: 3 }),
      p('主要任务', { numId: 1, ilvl: 0 }),
      p('强化保障', { numId: 1, ilvl: 1 }),
      p('加强领导', { numId: 1, ilvl: 2 }),
    ];
    expect(lines(numberedDocx({ body, numbering }))).toEqual([
      '一、总体要求',
      '（一）指导思想',
      '正文一段。',
      '（二）基本原则',
      '1.坚持统筹',
      '2.坚持协调',
      '一.二.2.1 细目',
      '二、主要任务',
      '（一）强化保障',
      '1.加强领导',
    ]);
  });

  it('w:lvlRestart: 0 never restarts; 1 restarts only after the first level', () => {
    const numbering = [
      abstractNum(0, [
        lvl(0, { fmt: 'chineseCounting', text: '%1、', suff: 'nothing' }),
        lvl(1, { fmt: 'chineseCounting', text: '（%2）', suff: 'nothing', restart: 0 }),
        lvl(2, { fmt: 'decimal', text: '%3.', suff: 'nothing', restart: 1 }),
      ]),
      num(1, 0),
    ];
    const body = [
      p('甲', { numId: 1, ilvl: 0 }),
      p('乙', { numId: 1, ilvl: 1 }),
      p('丙', { numId: 1, ilvl: 2 }),
      p('丁', { numId: 1, ilvl: 1 }),
      p('戊', { numId: 1, ilvl: 2 }),
      p('己', { numId: 1, ilvl: 0 }),
      p('庚', { numId: 1, ilvl: 1 }),
      p('辛', { numId: 1, ilvl: 2 }),
    ];
    expect(lines(numberedDocx({ body, numbering }))).toEqual(['一、甲', '（一）乙', '1.丙', '（二）丁', '2.戊', '二、己', '（三）庚', '1.辛']);
  });

  it('w:start, legal numbering (w:isLgl) and a bullet level (no label)', () => {
    const numbering = [
      abstractNum(0, [
        lvl(0, { fmt: 'chineseCounting', text: '第%1章', suff: 'space', start: 3 }),
        lvl(1, { fmt: 'decimal', text: '%1.%2', suff: 'space', isLgl: true }),
        lvl(2, { fmt: 'bullet', text: '' }),
      ]),
      num(1, 0),
    ];
    const body = [p('总则', { numId: 1, ilvl: 0 }), p('目的', { numId: 1, ilvl: 1 }), p('要点', { numId: 1, ilvl: 2 }), p('分则', { numId: 1, ilvl: 0 }), p('范围', { numId: 1, ilvl: 1 })];
    expect(lines(numberedDocx({ body, numbering }))).toEqual(['第三章 总则', '3.1 目的', '要点', '第四章 分则', '4.1 范围']);
  });

  it('list instances of one definition continue one count; a start override begins again', () => {
    const numbering = [abstractNum(0, [lvl(0, { fmt: 'chineseCounting', text: '%1、', suff: 'nothing' })]), num(1, 0), num(2, 0), num(3, 0, { 0: 1 }), num(4, 0, { 0: 5 })];
    const body = [
      p('甲', { numId: 1 }),
      p('乙', { numId: 2 }),
      p('丙', { numId: 1 }),
      p('丁', { numId: 3 }),
      p('戊', { numId: 3 }),
      p('己', { numId: 4 }),
      p('庚', { numId: 0 }),
      p('辛', { numId: 9 }),
    ];
    expect(lines(numberedDocx({ body, numbering }))).toEqual(['一、甲', '二、乙', '三、丙', '一、丁', '二、戊', '五、己', '庚', '辛']);
  });

  it('numbering through paragraph styles: w:numPr of the style, w:basedOn, a level linked by w:pStyle, numId 0 to turn it off', () => {
    const numbering = [
      abstractNum(0, [
        lvl(0, { fmt: 'chineseCounting', text: '%1、', suff: 'nothing', pStyle: 'Heading1' }),
        lvl(1, { fmt: 'chineseCounting', text: '（%2）', suff: 'nothing', pStyle: 'Heading2' }),
      ]),
      num(1, 0),
    ];
    const styles = [style('Normal'), style('Heading1', { numId: 1 }), style('Heading2', { numId: 1 }), style('SpeechHeading', { basedOn: 'Heading1' })];
    const body = [
      p('提高认识', { style: 'Heading1' }),
      p('学习精神', { style: 'Heading2' }),
      p('正文。', { style: 'Normal' }),
      p('突出重点', { style: 'SpeechHeading' }),
      p('附：说明', { style: 'Heading1', numId: 0 }),
      p('强化保障', { style: 'Heading1' }),
    ];
    expect(lines(numberedDocx({ body, numbering, styles }))).toEqual(['一、提高认识', '（一）学习精神', '正文。', '二、突出重点', '附：说明', '三、强化保障']);
  });

  it('no numbering part (or none named by the relationships), or a damaged one, means no labels', () => {
    expect(lines(numberedDocx({ body: [p('甲', { numId: 1 }), p('乙', { numId: 1 })] }))).toEqual(['甲', '乙']);
    expect(lines(numberedDocx({ body: [p('甲', { numId: 1 })], numbering: ['<w:abstractNum'] }))).toEqual(['甲']);
  });

  it('numbering as another generator writes it (the docx package): 一、 and （一） levels, a second list instance restarted', async () => {
    const levels = [
      { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
    ];
    const para = (text: string, level: number, instance = 0): Paragraph =>
      new Paragraph({ children: [new TextRun({ text, font: '仿宋' })], numbering: { reference: 'speech', level, instance } });
    const doc = new Document({
      numbering: { config: [{ reference: 'speech', levels }] },
      sections: [{ children: [para('总体要求', 0), para('指导思想', 1), para('主要任务', 0), new Paragraph('附件'), para('另一份', 0, 1)] }],
    });
    expect(lines(await Packer.toBuffer(doc))).toEqual(['一、总体要求', '（一）指导思想', '二、主要任务', '附件', '一、另一份']);
  });
});
