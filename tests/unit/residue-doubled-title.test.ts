/**
 * A page's title glued before the draft's own at the head of a line: wenke99.com p-4901444
 * (rwn/05), rwm/15 (a school's opening speech), a 2021 劳模座谈会 page (rw4c-cases/0094).
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

describe('a title glued to its own copy', () => {
  it('the first copy is residue, deleted when the second repeats it word for word', () => {
    const text = '秋季开学仪式校长致辞秋季开学仪式校长致辞(一):各位老师、同学们：\n今天我们举行开学典礼。';
    expect(flagged(text, 'web-residue')).toEqual(['秋季开学仪式校长致辞']);
    expect(fixed(text, 'web-residue')).toBe('秋季开学仪式校长致辞(一):各位老师、同学们：\n今天我们举行开学典礼。');
  });

  it('a near copy (讲话 / 的讲话) is a suggestion', () => {
    const text = '县长在全县乡镇党委书记座谈会上讲话县长在全县乡镇党委书记座谈会上的讲话同志们:今天召开会议。';
    expect(flagged(text, 'web-residue')).toEqual(['县长在全县乡镇党委书记座谈会上讲话']);
    expect(fixed(text, 'web-residue')).toBe(text);
    // The title is still the draft's title: it has no date line under it.
    expect(findings(text, 'date-missing')).toHaveLength(1);
  });

  it.each([
    // A document site's category name before a title of its kind (good6/05, struct9/08, resid9/07).
    ['党课讲稿 党课讲稿中国共产党精神力量\n同志们：今天讲党课。', '党课讲稿 ', '党课讲稿中国共产党精神力量\n同志们：今天讲党课。'],
    ['会议主持词会议主持词农村发展工作会议主持词\n同志们：现在开会。', '会议主持词', '会议主持词农村发展工作会议主持词\n同志们：现在开会。'],
    ['开学典礼演讲稿开学典礼演讲稿篇一:开学典礼发言稿\n同学们：大家好！', '开学典礼演讲稿', '开学典礼演讲稿篇一:开学典礼发言稿\n同学们：大家好！'],
  ])('a short title (under 8 characters) repeated whole: %s', (text, first, after) => {
    expect(flagged(text, 'web-residue')).toContain(first);
    expect(fixed(text, 'web-residue')).toContain(after.split('\n')[1]);
    expect(fixed(text, 'web-residue').startsWith(after.split('\n')[0]!)).toBe(true);
  });

  it.each([
    // Short: only the whole copy counts, in Chinese characters.
    '党课讲稿党课讲话要讲透。',
    '报告报告，请领导审阅。',
    '工作报告 工作很扎实。',
    '在全县工作会议上的讲话',
    '讲话要短，讲话要实，讲话要管用。',
    '在全市工作会议上的讲话在全市引起强烈反响，大家纷纷表示要认真贯彻。',
  ])('stays: %s', (text) => {
    expect(findings(text, 'web-residue')).toEqual([]);
  });
});
