import { describe, expect, it } from 'vitest';
import { countHan, endsWithHan, HAN, HAN_CHAR_RE, HAN_CLASS, HAN_RANGES, isHan, isHanCode, startsWithHan } from '../../server/src/engine/util/han';

describe('han: one table of Chinese characters', () => {
  it('every form agrees with the ranges, code unit by code unit', () => {
    const classRe = new RegExp(`^${HAN_CLASS}$`);
    const negated = new RegExp(`^[^${HAN}]$`);
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const inTable = HAN_RANGES.some(([a, b]) => c >= a && c <= b);
      if (isHanCode(c) !== inTable || isHan(ch) !== inTable || HAN_CHAR_RE.test(ch) !== inTable || classRe.test(ch) !== inTable || negated.test(ch) === inTable) {
        throw new Error(`U+${c.toString(16)} disagrees`);
      }
    }
  });

  it('holds the basic block, Extension A and the compatibility ideographs, not marks or kana', () => {
    for (const ch of ['一', '龥', '\u9fff', '㐀', '㨾', '豈']) expect(isHan(ch), ch).toBe(true);
    for (const ch of ['〇', '，', '。', 'あ', 'A', '\u4dc0', '\u3000', '']) expect(isHan(ch), ch).toBe(false);
  });

  it('counts and tests the ends of a string', () => {
    expect(countHan('2024年3月，共12家企业')).toBe(6);
    expect(countHan('abc')).toBe(0);
    expect(startsWithHan('中a')).toBe(true);
    expect(startsWithHan('a中')).toBe(false);
    expect(endsWithHan('a中')).toBe(true);
    expect(endsWithHan('中。')).toBe(false);
    expect(endsWithHan('')).toBe(false);
  });
});
