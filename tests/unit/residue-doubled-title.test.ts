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
    '在全县工作会议上的讲话',
    '讲话要短，讲话要实，讲话要管用。',
    '在全市工作会议上的讲话在全市引起强烈反响，大家纷纷表示要认真贯彻。',
  ])('stays: %s', (text) => {
    expect(findings(text, 'web-residue')).toEqual([]);
  });
});
