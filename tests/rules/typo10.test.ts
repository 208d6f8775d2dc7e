/**
 * Wording slips on real pages gathered by typo10 (personal speeches, student and teacher
 * talks, small-site 范文, and government pages read for false alarms): the excerpts are in
 * tests/corpus/typo10.json. 起此彼伏 (two neighbours of an idiom swapped) failed before
 * typo-phrases.ts read transpositions, 进行的如火如荼 before typo-frames.ts read 的 before a
 * complement; the others pin what the rule already found or left alone.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, expectSuggestion, flagged } from '../helpers';

describeCorpusFile('typo10.json');

describe('typo: 的 between a verb and its complement of manner (得)', () => {
  it.each([
    // typo9/01 (413yy.cn), blind10/01.
    ['“两学一做”学习教育进行的如火如荼，大部分地区已经出台学习教育方案。'],
    ['家庭的兴衰也在春节时表现的淋漓尽致，家庭的兴衰也是对每个人的检验。'],
    ['各支部把主题党日开展的有声有色。'],
    ['教室被同学们打扫的干干净净。'],
  ])('%s', (text) => {
    expectSuggestion(text, 'typo', '的', '得');
  });

  it.each([
    // 得 as written; a noun or a verbal noun before 的 (a possessive: 工作/vn); the complement
    // running on into the clause; no verb before 的.
    '家庭的兴衰也在春节时表现得淋漓尽致。',
    '各项工作的井井有条离不开大家的努力。',
    '他的恰到好处的安排让人佩服。',
    '这是一场如火如荼的运动。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});
