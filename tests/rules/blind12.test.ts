/**
 * Blind audit 12: 58 copied speeches of every kind (开学/毕业典礼致辞, 表彰大会, 工作会议, 党课, 主持词,
 * 政府工作报告, 座谈会, 动员会; pages in /work/tmp/blind12, excerpts in tests/corpus/blind12.json).
 * An ordinal whose number was deleted with its measure word (`庆祝第教师节`); a title glued to its
 * salutation behind a page marker or a site's address, or with quotes or an enumeration in the
 * meeting's name, read as the title (date-missing); and the text on such a line still checked
 * for a broken line.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, flagged } from '../helpers';

describeCorpusFile('blind12.json');

describe('placeholder: 第 with its number deleted, the measure word gone too', () => {
  it.each(['共同庆祝第教师节。', '1958年,他创办了市第中学。'])('%s', (text) => {
    expect(flagged(text, 'placeholder')).toEqual(['']);
  });
  it('stays quiet on words ending in 第, numbered ordinals and names spelt with 第', () => {
    expect(flagged('花儿次第开放,书香门第,进士及第,等第评定,第二十一届,第1个,第几名,第比利斯。', 'placeholder')).toEqual([]);
    // Numerals in traditional script and the capital forms (第貳條, 第兩次, 第參屆, 第佰名) are no deleted number.
    expect(flagged('第貳條 本辦法自公布之日起施行。第兩次會議，第參屆大會，第陸章，第佰名，第萬人。', 'placeholder')).toEqual([]);
  });
});

describe('date-missing: a title glued to its salutation', () => {
  it.each([
    '2021年在“百日冲刺行动”动员大会上的讲话范文稿同志们:今天,是今年进入四季度的第一个工作日。',
    '1、校长在2023年春季开学典礼上的致辞老师们、同学们:早上好!瑞虎辞旧去,福兔迎春来。',
    '1、2023年开学典礼校长致辞创美好未来亲爱的老师们、孩子们:大家上午好!春暖花开,疫情消散。',
    '秘书之家 www.mishuzj.com在全市劳动模范、先进工作者表彰大会上的讲话同志们:金秋九月,硕果盈枝。',
  ])('%s', (text) => {
    expect(flagged(text, 'date-missing')).toHaveLength(1);
  });
  it('stays quiet when the glued title carries its date, or the line is a sentence', () => {
    expect(flagged('1、在全县经济工作会议上的讲话(2024年2月1日)同志们:今天我们召开全县经济工作会议。', 'date-missing')).toEqual([]);
    expect(flagged('1、今天,在全市劳动模范、先进工作者表彰大会上的讲话很重要,同志们:要认真学习。', 'date-missing')).toEqual([]);
  });
});

describe('broken-line: the text on a glued title line', () => {
  it('checks the line break at the end of a line that starts with a glued title', () => {
    const body =
      '在全县经济工作会议上的讲话同志们：今天我们召开全县经济工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务，动员全县上下进一步统一思想、坚定信心，加压奋进、苦干实干，全力以赴完成全年目标任务，为实现全县经济社会高质量发展奠定坚实基础。过去一年，全县上下坚持稳中求进工作总基调，经济运行稳中有进，项目建设成效明显，民生保障持续加强，各项事业取得新的进步。';
    const lines: string[] = [];
    for (let i = 0; i < body.length; i += 36) lines.push(body.slice(i, i + 36));
    const text = lines.join('\n') + '\n';
    const found = flagged(text, 'broken-line');
    expect(found[0]).toBe('务\n是');
  });
});

describe('placeholder: a PDF space inside a word before a measure-like character', () => {
  it('reads `全方 位` as 全方位 cut by the space (cjk-space), not a count whose figure was deleted', () => {
    const text = '这是为什么必须全面从严治党、怎样全面从严治党的历史课题的全方 位、深层次的思考。';
    expect(flagged(text, 'placeholder')).toEqual([]);
    expect(flagged(text, 'cjk-space')).toEqual(['方 位']);
  });
  it('keeps the slots after whole words (结案 件: 结案 is a word, though 案件 is one too)', () => {
    expect(flagged('今年共受理案件 件，结案 件，结案率达到 %。', 'placeholder')).toEqual([' ', ' ', ' ']);
  });
});

describe('broken-line: a salutation cut after 的', () => {
  it('joins `尊敬的老师们、亲爱的` / `同学们：`', () => {
    expect(flagged('2024年大学校长在开学典礼上的讲话\n尊敬的老师们、亲爱的\n同学们：\n大家上午好。\n', 'broken-line')).toEqual(['的\n同']);
  });
  it('leaves addressees one a line, and a salutation that ends on its colon', () => {
    expect(flagged('尊敬的各位领导，\n各位来宾：\n大家上午好。\n', 'broken-line')).toEqual([]);
    expect(flagged('亲爱的同学们：\n今天是开学的日子。\n', 'broken-line')).toEqual([]);
  });
});

describe('placeholder: a stray stop after a salutation with pinyin left in it', () => {
  it('reads `親愛(ài)的同學(xué)們:。` as a salutation (punct-stray’s), not a label whose value was deleted', () => {
    const text = '    親愛(ài)的同學(xué)們:。\n    上午好!\n';
    expect(flagged(text, 'placeholder')).toEqual([]);
    expect(flagged(text, 'punct-stray')).toEqual([':。']);
  });
  it('still reads a label with its value deleted', () => {
    expect(flagged('本次评选的评委有:。\n', 'placeholder')).toEqual(['']);
  });
});
