/** The shared localisation helpers: language choice, kind and severity names, line lists. */
import { describe, expect, it } from 'vitest';
import { lineList, pick, SEVERITY_NAMES, slotKindName } from '../../server/src/engine/model/l10n';

describe('l10n', () => {
  it('names slot kinds in either language, and leaves an unknown kind as it is', () => {
    expect(slotKindName('unit', 'zh-CN')).toBe('单位');
    expect(slotKindName('unit', 'en')).toBe('organisation');
    expect(slotKindName('toString', 'en')).toBe('toString');
    expect(slotKindName('', 'zh-CN')).toBe('');
  });

  it('picks the text of the locale without filling {name}', () => {
    expect(pick(SEVERITY_NAMES.warning, 'zh-CN')).toBe('警告');
    expect(pick(SEVERITY_NAMES.warning, 'en')).toBe('warning');
    expect(pick({ zh: '第 {n} 行', en: 'line {n}' }, 'en')).toBe('line {n}');
  });

  it('lists lines 1-based, cut after max', () => {
    const style = { max: 2, separator: ', ', ellipsis: ', …' };
    expect(lineList([], style)).toBe('');
    expect(lineList([0, 4], style)).toBe('1, 5');
    expect(lineList([0, 4, 9], style)).toBe('1, 5, …');
  });
});
