/** The guided fill's and the 讲话稿 view's decisions, without an editor. */
import { describe, expect, it } from 'vitest';
import { draftViewRows } from '../../client/src/draftRows';
import {
  canFillAllAtOnce,
  firstSlotFrom,
  markedSentence,
  previousSlotIndex,
  shiftAfterFill,
  slotContext,
  type SlotOccurrence,
} from '../../client/src/slots';
import { report } from '../../server/src/engine/report/report';
import { slotKindName } from '../../server/src/engine/model/l10n';

const slot = (text: string, start: number, kind?: string): SlotOccurrence => ({ text, start, end: start + text.length, line: 0, ...(kind ? { kind } : {}) });

describe('which identical slots may share one value', () => {
  it.each([
    ['name', true],
    ['place', true],
    ['unit', true],
    ['number', false],
    ['year', false],
    ['date', false],
    ['sentence', false],
    [undefined, false],
  ])('%s → %s', (kind, shared) => {
    expect(canFillAllAtOnce(kind)).toBe(shared);
  });
});

describe('slotContext', () => {
  const text = '同志们：\n去年全市生产总值XX亿元，增长X.X%。固定资产投资XX亿元。';
  it('shows the sentence a figure belongs to, not its neighbours', () => {
    const first = text.indexOf('XX');
    expect(markedSentence(slotContext(text, first, first + 2))).toBe('去年全市生产总值【XX】亿元，增长X.X%。');
    const second = text.lastIndexOf('XX');
    expect(markedSentence(slotContext(text, second, second + 2))).toBe('固定资产投资【XX】亿元。');
  });
  it('cuts long sentences with an ellipsis', () => {
    const long = `${'很'.repeat(100)}XX${'好'.repeat(100)}`;
    const c = slotContext(long, 100, 102, 10);
    expect(c.before).toBe(`…${'很'.repeat(10)}`);
    expect(c.after).toBe(`${'好'.repeat(10)}…`);
  });
});

describe('moving through slots', () => {
  const slots = [slot('XX', 5), slot('某某', 20), slot('○○', 40)];
  it('starts at the slot under or after the cursor, wrapping to the first', () => {
    expect(firstSlotFrom(slots, 0)).toBe(0);
    expect(firstSlotFrom(slots, 6)).toBe(0);
    expect(firstSlotFrom(slots, 7)).toBe(1);
    expect(firstSlotFrom(slots, 50)).toBe(0);
    expect(firstSlotFrom([], 0)).toBe(-1);
  });
  it('goes back to the slot before the cursor, wrapping to the last', () => {
    expect(previousSlotIndex(slots, 20)).toBe(0);
    expect(previousSlotIndex(slots, 21)).toBe(1);
    expect(previousSlotIndex(slots, 3)).toBe(2);
    expect(previousSlotIndex([], 3)).toBe(-1);
  });
  it('shifts later slots by what a fill added', () => {
    const shifted = shiftAfterFill(slots, 5, 7, 5); // XX → 12.34
    expect(shifted.map((s) => s.start)).toEqual([5, 23, 43]);
  });
});

describe('the 讲话稿 view rows', () => {
  const draft = [
    '在全市经济工作会议上的讲话',
    '同志们：',
    '今年是“十四五”开局之年，全市生产总值XX亿元。',
    '我们坚持"十四五"规划，XX同志作了报告。',
  ].join('\n');
  const rows = draftViewRows(report(draft, { today: new Date(2024, 2, 15) }, null), draft, 'zh-CN', slotKindName);
  it('lists open slots by kind, each in its sentence, with its place', () => {
    const slots = rows[0]!;
    expect(slots.label).toBe('未填写的占位符');
    const all = slots.children!.flatMap((g) => g.children!);
    expect(all.map((s) => s.label)).toEqual(expect.arrayContaining(['今年是“十四五”开局之年，全市生产总值【XX】亿元。']));
    const first = all.find((s) => s.label.includes('生产总值'))!;
    expect(first.line).toBe(2);
    expect(draft.split('\n')[2]!.slice(first.character, first.endCharacter)).toBe('XX');
  });
  it('puts an inconsistent formulation first, open', () => {
    const f = rows[1]!;
    expect(f.warn).toBe(true);
    expect(f.children![0]!.label).toBe('“十四五”');
    expect(f.children![0]!.expanded).toBe(true);
  });
  it('says when the date line is missing', () => {
    expect(rows[2]!.children![0]!.label).toBe('标题下没有成文日期行');
  });
});
