/**
 * Official words jieba's 2013 dictionary lacks (data/official-new-words.txt) are words, not
 * slips: the name of the 网信 commentary column 地评线, on every 天府评论/地评线 page.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../helpers';

describe('official words are not typos', () => {
  it('地评线 is not offered as 地平线 (comment.scol.com.cn 2024-07-31)', () => {
    expect(flagged('【地评线】天府评论:宣讲党的二十届三中全会精神要聚焦三个字', 'typo')).toEqual([]);
  });
  it('the look-alike word itself is still a word', () => {
    expect(flagged('太阳从地平线上升起。', 'typo')).toEqual([]);
  });
});
