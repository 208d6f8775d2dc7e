/**
 * Clean audit 15: finished, published texts (government, 人大 and 政协 work reports, leaders'
 * speeches, 党校 lectures, commencement speeches, 团拜会 and enterprise meetings, speeches in
 * traditional script from Hong Kong, Macau and Taiwan; pages in /work/tmp/clean15, excerpts in
 * tests/corpus/clean15.json). Each block is a false alarm found there, with the true cases the
 * rule exists for kept beside it.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, flagged } from '../helpers';

describeCorpusFile('clean15.json');

describe('placeholder: a measure word that begins a short name', () => {
  it.each(['尤其相对来讲，台大学生一向有比较高的自我要求。', '归纳起来，台大学生的挫折感来源包括学业。'])('quiet: %s', (text) => {
    expect(flagged(text, 'placeholder')).toEqual([]);
  });
  it.each(['全市新增企业120家，个单位获评先进。', '本次培训中，名教师参加。'])('still a blank: %s', (text) => {
    expect(flagged(text, 'placeholder')).toEqual(['']);
  });
});

describe('date-missing: a report dated by its meeting, the year left out', () => {
  const head = '政府工作报告\n\n——在3月2日县第十八届人民代表大会第五次会议上\n\n县长 张明\n\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n';
  it('notes the missing year on that line, not a date line missing under the title', () => {
    const found = flagged(head, 'date-missing');
    expect(found).toEqual(['3月2日']);
  });
  it('is quiet when the year is there', () => {
    expect(flagged(head.replace('——在3月2日', '——2025年3月2日在'), 'date-missing')).toEqual([]);
  });
  it('still finds a title with no date under it', () => {
    expect(flagged('在全县经济工作会议上的讲话\n同志们：\n今天，我们召开全县经济工作会议。\n', 'date-missing')).toEqual(['在全县经济工作会议上的讲话']);
  });
});

describe('date-missing: a headline telling who was asked to speak', () => {
  it.each([
    '走科学发展之路\n——离退休党总支请专家给党员作学习十八大精神辅导报告\n为了认真学习党的十八大精神，离退休党总支请来了刘教授作辅导报告。\n',
    '学院邀请李教授为全体师生作专题讲座\n同学们：\n今天我们很荣幸请到李教授。\n',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'date-missing')).toEqual([]);
  });
});

describe('cjk-space: a headline standing alone', () => {
  it('is quiet on the space between its parts', () => {
    expect(flagged('黄仁勋“5天3城”现身中国 释放哪些新信号？\n\n21世纪经济报道记者 北京报道\n', 'cjk-space')).toEqual([]);
  });
  it('still flags a stray space in running text', () => {
    expect(flagged('同志们：\n\n今天我们召开会议，要 加强学习。\n', 'cjk-space')).toHaveLength(1);
  });
});

describe('cjk-space: the space of respect before 国父 and 蒋公', () => {
  it('is quiet on 挪抬', () => {
    expect(flagged('中华民国开国建国，是 国父与先总统 蒋公两位伟大领袖的艰苦卓绝、英明领导。', 'cjk-space')).toEqual([]);
  });
  it('still flags a space before another word', () => {
    expect(flagged('中华民国开国建国，是 先烈志士的前仆后继、英勇牺牲。', 'cjk-space')).toHaveLength(1);
  });
});

describe('cjk-space: a citation that cuts its authors short', () => {
  it('is quiet on the space before 等', () => {
    expect(flagged('出处：詹福瑞 等，《李白诗全译》，河北人民出版社，1997年版，第81页。', 'cjk-space')).toEqual([]);
  });
  it('still flags a space before 等 in a sentence', () => {
    expect(flagged('我们要 等待时机成熟再推进。', 'cjk-space')).toHaveLength(1);
  });
});
