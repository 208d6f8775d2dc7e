/**
 * Real words the trimmed dictionary leaves out: two-character words of jieba's full dictionary
 * rated below the trim (MIN_FREQ in segment.ts) but not below RARE_WORD_FREQ. The typo search
 * sees such a word as two characters it cannot place and would "correct" it to a commoner
 * look-alike or sound-alike: on the gathered real pages 眼眸→眼看, 庚子→汉子, 佚名→一名,
 * 土气→士气, every one wrong. A guess whose word is one of these is dropped (typo.ts).
 * Below RARE_WORD_FREQ jieba's dictionary holds misspellings as well (收人, 布署 at 2–3).
 *
 * The words are written by prepareDictionaries beside the other dictionaries, sorted and run
 * together, and read on first use (a few guesses per draft ask): 31,000 words, 62,000
 * characters, looked up by binary search.
 */
import * as fs from 'node:fs';
import { findDictionaries } from './segment';

let table: string | null | undefined;

function load(): string | null {
  try {
    return fs.readFileSync(findDictionaries().rareWords, 'utf8');
  } catch {
    // Without the file no guess is dropped: the typo rule behaves as before it existed.
    return null;
  }
}

/** Whether `word` is one of jieba's rare two-character words (see above). */
export function isRareWord(word: string): boolean {
  if (word.length !== 2) return false;
  if (table === undefined) table = load();
  if (!table) return false;
  let lo = 0;
  let hi = table.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = table.slice(2 * mid, 2 * mid + 2);
    if (at === word) return true;
    if (at < word) lo = mid + 1;
    else hi = mid;
  }
  return false;
}
