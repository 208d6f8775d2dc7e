/**
 * Real words the trimmed dictionary leaves out: two-character words of jieba's full dictionary
 * rated below the trim (MIN_FREQ in segment.ts) but not below RARE_WORD_FREQ. The typo search
 * sees such a word as two characters it cannot place and would "correct" it to a commoner
 * look-alike or sound-alike: on the gathered real pages 眼眸→眼看, 庚子→汉子, 佚名→一名,
 * 土气→士气, every one wrong. A guess whose word is one of these is dropped (typo.ts).
 * Below RARE_WORD_FREQ jieba's dictionary holds misspellings as well (收人, 布署 at 2–3), and
 * words as well (划行 at 3, in 划行归类): those are asked about only where the draft's own
 * weak evidence is all a guess has (typo.ts, isLowRatedWord).
 *
 * The words are written by prepareDictionaries beside the other dictionaries, sorted and run
 * together, and read on first use (a few guesses per draft ask): 31,000 rare words, 62,000
 * characters, and 50,000 low-rated ones, looked up by binary search.
 */
import * as fs from 'node:fs';
import { findDictionaries, type DictionaryPaths } from './segment';

/** Undefined until first use; null without the file (no word is then found). */
const tables: { rare?: string | null; low?: string | null } = {};

function load(which: keyof DictionaryPaths): string | null {
  try {
    return fs.readFileSync(findDictionaries()[which], 'utf8');
  } catch {
    // Without the file no guess is dropped: the typo rule behaves as before it existed.
    return null;
  }
}

/** Whether the two-character `word` is in `table` (two-character words sorted, run together). */
function inTable(table: string | null, word: string): boolean {
  if (!table || word.length !== 2) return false;
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

/** Whether `word` is one of jieba's rare two-character words (see above). */
export function isRareWord(word: string): boolean {
  if (word.length !== 2) return false;
  if (tables.rare === undefined) tables.rare = load('rareWords');
  return inTable(tables.rare, word);
}

/** Whether `word` is a two-character word jieba rates 1–4: a word, or one of its misspellings. */
export function isLowRatedWord(word: string): boolean {
  if (word.length !== 2) return false;
  if (tables.low === undefined) tables.low = load('lowWords');
  return inTable(tables.low, word);
}
