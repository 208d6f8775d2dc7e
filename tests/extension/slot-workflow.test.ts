/** The guided fill's and the 讲话稿 view's decisions, without an editor. */
import { describe, expect, it } from 'vitest';
import { draftViewRows } from '../../client/src/draftRows';
import { lineList } from '../../client/src/messages';
import {
  canFillAllAtOnce,
  fillExample,
  firstSlotFrom,
  likelySameDatum,
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

describe('filling identical name, place and unit slots', () => {
  const at = (text: string, slot: string, nth = 0): SlotOccurrence => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(slot, i + 1);
    return slot1(slot, i);
  };
  const slot1 = (text: string, start: number): SlotOccurrence => ({ text, start, end: start + text.length, line: 0 });
  it('ticks the same place before the same word in another sentence', () => {
    const text = '现在，我代表xx镇人民政府向大会报告工作。\n上半年，xx河圩堤加固工程完工；xx镇生态养殖项目投入使用。';
    const filled = at(text, 'xx');
    expect(likelySameDatum(text, filled, at(text, 'xx', 2))).toBe(true); // xx镇 … xx镇
    expect(likelySameDatum(text, filled, at(text, 'xx', 1))).toBe(false); // xx镇 … xx河
  });
  it('leaves two identical slots of one sentence unticked: they name two', () => {
    const text = '刚才XX同志和XX同志分别就相关工作进行了安排部署。会上XX同志作了表态发言。';
    const first = at(text, 'XX');
    expect(likelySameDatum(text, first, at(text, 'XX', 1))).toBe(false);
    expect(likelySameDatum(text, at(text, 'XX', 1), first)).toBe(false);
    expect(likelySameDatum(text, first, at(text, 'XX', 2))).toBe(true);
  });
  it('leaves a slot before punctuation or at the end unticked', () => {
    const text = '感谢XX。感谢XX。';
    expect(likelySameDatum(text, at(text, 'XX'), at(text, 'XX', 1))).toBe(false);
    expect(likelySameDatum('XX。XX', slot1('XX', 0), slot1('XX', 3))).toBe(false);
  });
  it('gives an example that reads right with the word after the slot', () => {
    expect(fillExample('place', '镇人民政府')).toBe('城关');
    expect(fillExample('place', '县委')).toBe('城关');
    expect(fillExample('place', '，')).toBe('城关镇');
    expect(fillExample('unit', '局要')).toBe('城建');
    expect(fillExample('unit', '')).toBe('市发展改革委');
    expect(fillExample('name', '同志')).toBe('张三');
    expect(fillExample('number', '亿元')).toBe('12.5');
  });
  it('names each line once', () => {
    expect(lineList([6, 6])).toBe('7');
    expect(lineList([2, 6, 6, 9])).toBe('3、7、10');
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
    // The row shows the slot near its start (the sidebar is narrow); the tooltip, the whole sentence.
    expect(all.map((s) => s.label)).toEqual(expect.arrayContaining(['…年，全市生产总值【XX】亿元。']));
    expect(all.map((s) => s.tooltip)).toEqual(expect.arrayContaining(['今年是“十四五”开局之年，全市生产总值【XX】亿元。']));
    expect(all.every((s) => s.label.indexOf('【') <= 9)).toBe(true);
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
  it('names date formats as the report does, not by their ids', () => {
    const text = '在全区工作会议上的讲话\n\n各街道要在2024-03-29前报送计划，4月10日前完成。';
    const dates = draftViewRows(report(text, { today: new Date(2024, 2, 15) }, null), text, 'zh-CN', slotKindName)[2]!;
    expect(dates.description).toContain('写法不规范（短横线）×1');
    expect(dates.description).not.toMatch(/iso|partial|chinese/);
  });
});
