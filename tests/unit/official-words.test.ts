/**
 * Official words jieba's 2013 dictionary lacks (data/official-new-words.txt) are words, not
 * slips: the name of the 网信 commentary column 地评线, on every 天府评论/地评线 page; 一篙
 * (one push of the punt pole) in a line speeches on 作风 quote.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../helpers';

describe('official words are not typos', () => {
  it('地评线 is not offered as 地平线 (comment.scol.com.cn 2024-07-31)', () => {
    expect(flagged('【地评线】天府评论:宣讲党的二十届三中全会精神要聚焦三个字', 'typo')).toEqual([]);
  });
  it('一篙 of the line speeches quote, 逆水行舟用力撑，一篙松劲退千寻, is not 一句 (fzzx.org.cn 2022)', () => {
    expect(flagged('“逆水行舟用力撑,一篙松劲退千寻”。全面从严治党永远在路上,党的自我革命永远在路上。', 'typo')).toEqual([]);
  });
  it('稳中有降 of a falling count, next to 稳中有进, is no slip for it (laojin123.com 271638, a petition meeting)', () => {
    expect(flagged('全县信访总量呈现稳中有降的态势,财政收入稳中有增,经济运行稳中加固、稳中有进。', 'typo')).toEqual([]);
  });
  it('参学 of a 党课 plan\'s 参学率 (share of members attending) is not offered as 升学 (guanchang.qwyd.net 329454, blind10/24)', () => {
    expect(flagged('要求每名书记讲党课1次以上,达到党组织书记授课率100%、党员参学率100%。', 'typo')).toEqual([]);
  });
  it('the look-alike word itself is still a word', () => {
    expect(flagged('太阳从地平线上升起。', 'typo')).toEqual([]);
  });
});
