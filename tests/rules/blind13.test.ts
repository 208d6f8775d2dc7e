/**
 * Blind audit 13: 45 copied speeches of every kind (致辞, 领导讲话, 表态发言, 开幕/闭幕词, 动员会,
 * 座谈会, 欢迎词, 答谢词, 述职; pages in /work/tmp/blind13, excerpts in tests/corpus/blind13.json).
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, findings, flagged } from '../helpers';

describeCorpusFile('blind13.json');

describe('placeholder: a date line with its day left blank', () => {
  it.each(['（二〇〇九年三月   日）', '（二00九年十二月  日）', '（2021年02月 日）'])('%s is one date slot, not a date to reformat', (line) => {
    const text = `在全县经济工作会议上的讲话\n${line}\n同志们：\n今天大会开幕了。\n`;
    expect(flagged(text, 'placeholder')).toEqual([line.slice(1, -1)]);
    expect(flagged(text, 'date-format')).toEqual([]);
  });
  it('keeps full dates in Chinese numerals a date-format finding, and prose dates quiet', () => {
    const text = '在全县经济工作会议上的讲话\n（二〇〇九年三月十日）\n同志们：\n一九四九年十月一日，中华人民共和国成立。\n';
    expect(flagged(text, 'placeholder')).toEqual([]);
    expect(flagged(text, 'date-format')).toEqual(['二〇〇九年三月十日']);
  });
  it("offers today's date only when it agrees with the year and month the slot still writes", () => {
    // TODAY is 2024-03-15.
    const fix = (line: string) => findings(`在全县经济工作会议上的讲话\n${line}\n同志们：\n今天大会开幕了。\n`, 'placeholder')[0]!.fixes.map((f) => f.edits[0]!.newText);
    expect(fix('（2021年2月 日）')).toEqual([]);
    expect(fix('（2024年2月 日）')).toEqual([]);
    expect(fix('（二〇二四年三月 日）')).toEqual(['2024年3月15日']);
    expect(fix('（二〇二四年十二月 日）')).toEqual([]);
    expect(fix('（二〇〇九年三月 日）')).toEqual([]);
    expect(fix('（8月××日）')).toEqual([]);
    expect(fix('（2024年3月 日）')).toEqual(['2024年3月15日']);
    expect(fix('（ 年 月 日）')).toEqual(['2024年3月15日']);
    expect(fix('（20  年  月  日）')).toEqual(['2024年3月15日']);
  });
});

describe('broken-line: a draft in traditional script, and a figure on the next line', () => {
  it('joins a word cut by the break in traditional script (充 / 滿 is 充满)', () => {
    const text = '同志們:\n我們正處在世紀之交的關鍵時刻,這是一個充\n滿希望的時代,又是一個迎接挑戰的時代。\n';
    expect(flagged(text, 'broken-line')).toEqual(['充\n滿']);
  });
  it.each(['投资项目近\n9000个', '投資項目總計\n9000個', '同比增长\n12%'])('joins a line stopping on a word that asks for a figure: %s', (cut) => {
    const text = `近年来，两国交流日益频繁，合作不断深化。截至2021年，${cut}，合同外资金额达200亿美元。\n`;
    expect(flagged(text, 'broken-line')).toEqual([cut.replace(/^.*(.\n.).*$/s, '$1')]);
  });
  it('leaves a heading before a paragraph that opens with a year, and a line ending on a whole phrase', () => {
    expect(flagged('二、主要工作\n2023年，我们圆满完成了各项任务。\n', 'broken-line')).toEqual([]);
    expect(flagged('近年来，两国交流日益频繁，双方合作的主要成果\n2023年，两国签署了合作协议。\n', 'broken-line')).toEqual([]);
  });
});

describe('typo: a draft written in traditional script', () => {
  const draft = (sentence: string) =>
    `同志們：\n今天我們歡聚一堂，隆重召開全縣經濟工作會議，總結過去一年的工作，部署今年的各項任務。${sentence}讓我們團結一心，開拓進取，為實現全縣經濟社會發展的各項目標而努力奮鬥！\n`;
  it('reads the listed forms in simplified characters and corrects only the slipped character', () => {
    const text = draft('我們要一股作氣，能和更多的朋友、知已一起推動發展。');
    expect(flagged(text, 'typo')).toEqual(['一股作氣', '知已']);
    expect(findings(text, 'typo').map((f) => f.fixes[0]!.edits[0]!.newText)).toEqual(['一鼓作氣', '知己']);
  });
  it('stays quiet where the dictionary reads the form as part of a word (師生上)', () => {
    expect(flagged(draft('全體師生上下一心，共同努力。'), 'typo')).toEqual([]);
  });
});

describe('placeholder: two `**` slots on a line, the text between them no bold phrase', () => {
  it('reads `受**等因素的影响，今年**流域` as two slots: no bold phrase opens on 等 or 的', () => {
    const text = '据国家有关部门预测，受**等因素的影响，今年**流域中下游降雨偏多。\n';
    expect(flagged(text, 'placeholder')).toEqual(['**', '**']);
  });
  it('leaves a Markdown bold phrase alone', () => {
    expect(flagged('我们要**坚持稳中求进工作总基调**，推动高质量发展，**统筹发展和安全**。\n', 'placeholder')).toEqual([]);
  });
});

describe('punct-stray: a dynasty before a poet’s name', () => {
  it('suggests the middle dot for `清.鄭板橋《新竹》`, keeps deleting as the other choice', () => {
    const f = findings('1、清.鄭板橋《新竹》\n新竹高於舊竹枝，全憑老乾為扶持。\n', 'punct-stray');
    expect(f.map((x) => x.fixes.map((fx) => fx.edits[0]!.newText))).toEqual([['·', '']]);
    expect(f[0]!.fixes[0]!.safe).toBe(false);
  });
  it('leaves a dot after a word ending in a dynasty’s character as before (`澄清.事实`)', () => {
    expect(findings('我们要澄清.事实。\n', 'punct-stray').map((x) => x.fixes.map((fx) => fx.edits[0]!.newText))).toEqual([['']]);
  });
});
