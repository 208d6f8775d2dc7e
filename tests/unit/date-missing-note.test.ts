/**
 * A note in brackets under a title belongs to the title: the year or season the speech covers
 * (`（2024年度）`, `（2024年春节前）`) or the draft's state (`（讨论稿）`). It dates nothing, so the
 * draft still lacks its date line, and the date line the fix inserts goes under the note, not
 * between the title and its note.
 */
import { describe, expect, it } from 'vitest';
import { applyFirstFix, findings } from '../helpers';

const BODY = '同志们：\n今天我们召开全县安全生产工作会议。';

describe('date-missing under a title with a note', () => {
  it.each([
    ['在全县春节前安全生产工作会议上的讲话', '（2024年春节前）'],
    ['县委书记在全县经济工作会议上的讲话', '(2024年度)'],
    ['在全县安全生产工作会议上的讲话', '（讨论稿）'],
  ])('%s / %s', (title, note) => {
    const text = `${title}\n${note}\n${BODY}`;
    const found = findings(text, 'date-missing');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(title);
    expect(applyFirstFix(text, found[0]!)).toBe(`${title}\n${note}\n（    年  月  日）\n${BODY}`);
  });

  it('a date line under the note dates the draft', () => {
    expect(findings(`在全县安全生产工作会议上的讲话\n（2024年度）\n（2024年1月5日）\n${BODY}`, 'date-missing')).toEqual([]);
  });

  it('a line of text in brackets is no note: the date line goes under the title', () => {
    const text = `在全县安全生产工作会议上的讲话\n（根据会议记录整理，未经本人审阅）\n${BODY}`;
    const found = findings(text, 'date-missing');
    expect(applyFirstFix(text, found[0]!)).toBe(`在全县安全生产工作会议上的讲话\n（    年  月  日）\n（根据会议记录整理，未经本人审阅）\n${BODY}`);
  });
});
