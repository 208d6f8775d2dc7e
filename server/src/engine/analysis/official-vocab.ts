/** Words of official vocabulary: ECSpell's 公文写作 list (gongwen-words.txt) and the words jieba's dictionary predates (official-new-words.txt). */
import gongwenWords from '../data/gongwen-words.txt';
import newOfficialWords from '../data/official-new-words.txt';
import { SortedLines } from '../util/sorted-lines';

let gongwen: SortedLines | undefined;
let newList: readonly string[] | undefined;
let newWords: Set<string> | undefined;

/** The 公文 list, looked up as its sorted text (made once, shared by the lookups that read it). */
export function gongwenLines(): SortedLines {
  return (gongwen ??= new SortedLines(gongwenWords));
}

/** The words of official-new-words.txt, in the file's order. */
export function newOfficialWordList(): readonly string[] {
  return (newList ??= newOfficialWords.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/**
 * Whether `w` is a word of official vocabulary. The 13,000 words of the 公文 list are looked up
 * by halving the text as bundled (sorted by code unit: tests/unit/official-vocab.test.ts), with
 * nothing built first (SortedLines): building a Set of them cost a cold command ~15 ms (3 % of
 * its time) and a megabyte its first collections copied.
 */
export function isOfficialWord(w: string): boolean {
  if (gongwenLines().has(w)) return true;
  newWords ??= new Set(newOfficialWordList());
  return newWords.has(w);
}
