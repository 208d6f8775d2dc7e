/**
 * The jieba-js table's partner counts (segment-js-build.ts partnerWordCounts): for every
 * character, the number of two-character words it makes with a character of official
 * writing is the count the typo search would make word by word (typo-confusable.ts
 * countWordsWith), so reading it from the table changes no guess.
 */
import { describe, expect, it } from 'vitest';
import { officialChars, openSegmenter, type Segmenter } from '../../server/src/engine/analysis/segment';
import { withWords } from '../../server/src/engine/analysis/segment-overlay';
import { countWordsWith, wordsWith } from '../../server/src/engine/analysis/typo-confusable';

const CAP = 3;
const seg = openSegmenter('jieba-js');
/** The same segmenter without its table: asked word by word. */
const { partnerWords: _table, ...rest } = seg;
const wordByWord: Segmenter = rest;

/** Official writing's characters, and every 11th character of the CJK block. */
function sample(): string[] {
  const chars = new Set(officialChars());
  for (let c = 0x4e00; c <= 0x9fff; c += 11) chars.add(String.fromCharCode(c));
  return [...chars];
}

describe('partner words from the jieba-js table', () => {
  it('the table is there, and counts as the word-by-word search does for every sampled character', () => {
    expect(seg.partnerWords).toBeTypeOf('function');
    const differ: string[] = [];
    const seen = new Set<number>();
    for (const ch of sample()) {
      const table = Math.min(CAP, seg.partnerWords!(ch.charCodeAt(0)));
      seen.add(table);
      if (table !== countWordsWith(ch, wordByWord, CAP)) differ.push(ch);
    }
    expect(differ).toEqual([]);
    // Not a table of one value: common and lonely characters both occur.
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('wordsWith answers from the table, and word by word for a segmenter with a configuration’s words', () => {
    expect(wordsWith('办', seg, CAP)).toBe(CAP);
    const overlay = withWords(seg, ['办不可']);
    expect(overlay.partnerWords).toBeUndefined();
    for (const ch of ['办', '邕', '龘']) expect(wordsWith(ch, overlay, CAP)).toBe(countWordsWith(ch, overlay, CAP));
  });
});
