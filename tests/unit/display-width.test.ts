import { describe, it } from 'vitest';
import fc from 'fast-check';
import { displayWidth } from '../../server/src/engine/rules/broken-line';
/** The loop displayWidth was until it was counted by regular expressions: the reference. */
function oldWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) { const cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000; w += cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1; i++; continue; }
    }
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}
describe('displayWidth (broken-line)', () => { it('counts as the plain loop over the characters does, surrogate pairs and lone surrogates included', () => {
  fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('a', '中', '，', '\ud840', '\udc00', '\ud83d', '\ude00', '𠀀', '😀', '가', 'ｘ', ' '), fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))) }), (s) => displayWidth(s) === oldWidth(s)), { numRuns: 20000 });
}); });
