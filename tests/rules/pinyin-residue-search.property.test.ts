/**
 * pinyin-residue tries its pattern only at opening brackets; a search of the whole text with
 * the same pattern (the global search it replaces) must find the same annotations, on text
 * dense in brackets, Chinese characters, pinyin and separators.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPinyinResidue, PINYIN_SOURCE, pinyinByLine } from '../../server/src/engine/rules/pinyin-residue';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { BoundedCache } from '../../server/src/engine/util/bounded-cache';

const PIECES = ['建', '設', '務', '(', '（', ')', '）', 'shè', 'wù', 'jian4', 'xu', 'zhōng', 'Guó', ' ', "'", '-', 'A4', '\n', 'a', 'ng', '1'];

function wholeSearch(text: string): Array<{ start: number; end: number; pinyin: string }> {
  const re = new RegExp(PINYIN_SOURCE, 'gi');
  const out: Array<{ start: number; end: number; pinyin: string }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ok = m[1]!.split(/[ \u00a0'’-]/).every((s) => /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i.test(s) || /^[a-zü]{2,}[1-5]$/i.test(s));
    if (ok) out.push({ start: m.index, end: m.index + m[0].length, pinyin: m[0] });
  }
  return out;
}

describe('pinyin-residue search', () => {
  it('finds what a search of the whole text finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(findPinyinResidue(text)).toEqual(wholeSearch(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('line by line, from its line cache too, it finds what the search of the whole text finds', () => {
    const cache = new BoundedCache<readonly { start: number; end: number; pinyin: string }[]>(1000, 100_000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, '\r\n', '\r'), { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        const whole = findPinyinResidue(text);
        expect(pinyinByLine(new SpeechDocument(text), undefined)).toEqual(whole);
        expect(pinyinByLine(new SpeechDocument(text), cache)).toEqual(whole);
        expect(pinyinByLine(new SpeechDocument(text), cache)).toEqual(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds annotations next to each other and after a bracket that is not one', () => {
    const text = '建設(shè)務(wù)（無）設（shè）設(jian4)';
    expect(findPinyinResidue(text).map((p) => p.pinyin)).toEqual(['(shè)', '(wù)', '（shè）', '(jian4)']);
    expect(findPinyinResidue(text)).toEqual(wholeSearch(text));
  });
});
