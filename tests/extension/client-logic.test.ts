/** The decisions behind the slot and date commands, without an editor. */
import { describe, expect, it } from 'vitest';
import { GARBLED_SCAN_CHARS, garbledCount } from '../../client/src/garbledText';
import { lineList, message, resolveLocale } from '../../client/src/messages';
import { DATE_LINE_SLOT, dateLineText, fillText, groupSlots, nextSlotIndex, planDateLine, type SlotOccurrence } from '../../client/src/slots';
import { DATE_LINE_SLOT as ENGINE_DATE_LINE_SLOT } from '../../server/src/engine/rules/date-missing';

const slot = (text: string, start: number, kind?: string, line = 0): SlotOccurrence => ({
  text,
  start,
  end: start + text.length,
  line,
  ...(kind ? { kind } : {}),
});

describe('nextSlotIndex', () => {
  const slots = [slot('XX', 5), slot('某某', 20), slot('○○', 40)];
  it.each([
    [0, true, 0],
    [5, true, 0], // cursor just before a slot: that slot
    [5, false, 1], // that slot selected: move on
    [6, true, 1],
    [20, false, 2],
    [39, true, 2],
    [40, false, 0], // wraps
    [100, true, 0],
  ])('from %i (empty selection %s) goes to slot %i', (cursor, empty, expected) => {
    expect(nextSlotIndex(slots, cursor, empty)).toBe(expected);
  });
  it('says -1 when there is no slot', () => {
    expect(nextSlotIndex([], 3, true)).toBe(-1);
  });
});

describe('groupSlots', () => {
  it('groups by text and kind, so a figure XX and a name XX stay apart', () => {
    const groups = groupSlots([
      slot('XX', 0, 'number'),
      slot('XX', 10, 'name'),
      slot('XX', 20, 'number'),
      slot('某某', 30, 'name'),
    ]);
    expect(groups.map((g) => [g.text, g.kind, g.occurrences.map((o) => o.start)])).toEqual([
      ['XX', 'number', [0, 20]],
      ['XX', 'name', [10]],
      ['某某', 'name', [30]],
    ]);
  });
});

describe('fillText', () => {
  it.each([
    [{ text: '20XX年', kind: 'year' }, '2024', '2024年'],
    [{ text: '20XX年', kind: 'year' }, '2024年', '2024年'],
    [{ text: 'XX', kind: 'number' }, ' 12.5 ', '12.5'],
    [{ text: '某某', kind: 'name' }, '张三', '张三'],
    [{ text: 'x月xx日', kind: 'date' }, '3月15日', '3月15日'],
  ])('fills %o with %s as %s', (s, value, expected) => {
    expect(fillText(s, value)).toBe(expected);
  });
});

describe('planDateLine', () => {
  const today = new Date(2024, 2, 15);
  it('writes the date line of GB/T 9704', () => {
    expect(dateLineText(today)).toBe('（2024年3月15日）');
  });
  it('inserts the checker\'s date-line slot, never today\'s date', () => {
    expect(DATE_LINE_SLOT).toBe(ENGINE_DATE_LINE_SLOT);
  });
  it('goes after the first non-empty line', () => {
    const text = '\n在全市工作会议上的讲话\n\n同志们：\n';
    const plan = planDateLine(text);
    expect(plan).toEqual({ kind: 'insert', offset: text.indexOf('\n\n同志们'), text: `\n${DATE_LINE_SLOT}` });
    if (plan.kind !== 'insert') throw new Error('unreachable');
    expect(text.slice(0, plan.offset) + plan.text + text.slice(plan.offset)).toBe(
      `\n在全市工作会议上的讲话\n${DATE_LINE_SLOT}\n\n同志们：\n`,
    );
  });
  it('keeps CRLF documents CRLF', () => {
    const text = '标题\r\n\r\n正文\r\n';
    expect(planDateLine(text, '\r\n')).toEqual({ kind: 'insert', offset: 2, text: `\r\n${DATE_LINE_SLOT}` });
  });
  it('finds an existing date line instead of adding a second', () => {
    expect(planDateLine('标题\n（2023年12月1日）\n正文')).toEqual({ kind: 'exists', line: 1 });
    expect(planDateLine('标题\n  (二〇二三年十二月一日)  \n正文')).toEqual({ kind: 'exists', line: 1 });
    expect(planDateLine(`标题\n${DATE_LINE_SLOT}\n正文`)).toEqual({ kind: 'exists', line: 1 });
  });
  it('does not take a dated sentence for a date line', () => {
    expect(planDateLine('标题\n会议于（2023年12月1日）召开。').kind).toBe('insert');
  });
  it('has nothing to do in an empty document', () => {
    expect(planDateLine('\n \n')).toEqual({ kind: 'empty' });
  });
});


describe('messages', () => {
  it('follows the setting, then the display language', () => {
    expect(resolveLocale('auto', 'zh-cn')).toBe('zh-CN');
    expect(resolveLocale('auto', 'en-us')).toBe('en');
    expect(resolveLocale(undefined, 'zh-tw')).toBe('zh-CN');
    expect(resolveLocale('en', 'zh-cn')).toBe('en');
    expect(resolveLocale('zh-CN', 'de')).toBe('zh-CN');
  });
  it('fills parameters in both languages', () => {
    expect(message('zh-CN', 'statusText', { slots: 3, findings: 12 })).toBe('占位符 3 · 问题 12');
    expect(message('en', 'statusText', { slots: 3, findings: 12 })).toBe('3 slots · 12 findings');
  });
  it('counts lines from 1 and shortens long lists', () => {
    expect(lineList([0, 4])).toBe('1、5');
    expect(lineList([0, 1, 2], 2)).toBe('1、2…');
  });
});

describe('garbledCount', () => {
  it('counts the replacement characters of a GBK draft read as UTF-8', () => {
    // What a GB18030 file looks like decoded as UTF-8: every Chinese character unreadable.
    const misread = new TextDecoder('utf-8').decode(new Uint8Array([0xd4, 0xda, 0xc8, 0xab, 0xca, 0xd0, 0xb9, 0xa4, 0xd7, 0xf7, 0xbb, 0xe1, 0xd2, 0xe9, 0x0a]));
    expect(garbledCount(misread)).toBeGreaterThanOrEqual(3);
  });
  it('leaves a draft with one stray replacement character alone', () => {
    expect(garbledCount(`在全市工作会议上的讲话\n${'同志们，今年全市经济稳中有进。'.repeat(20)}\uFFFD`)).toBe(0);
    expect(garbledCount('同志们：\n今年全市经济稳中有进。')).toBe(0);
  });
  it('looks only at the head of a huge document', () => {
    const text = '讲话'.repeat(GARBLED_SCAN_CHARS) + '\uFFFD'.repeat(1000);
    expect(garbledCount(text)).toBe(0);
  });
});
